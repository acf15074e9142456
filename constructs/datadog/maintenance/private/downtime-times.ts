import { isRealDate } from "../../../core/calendar-date";

/**
 * The times of Datadog downtime schedules, in the forms the provider (3.82.0) checks
 * (`TimeFormatValidator`): a one-time window's `start` / `end` in UTC, `2006-01-02T15:04:05Z`; a
 * recurrence's `start` local to the schedule's time zone, `2006-01-02T15:04:05`, without offset.
 * Datadog echoes both as written (its recorded test fixtures), so these forms keep plans quiet.
 */

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|([+-])(\d{2}):(\d{2}))$/;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** What a one-time window's times accept, in words. */
export const INSTANT_ACCEPTED = 'an ISO 8601 date-time with "Z" or an offset, e.g. "2026-12-24T22:00:00Z" or "2026-12-24T23:00+01:00"';
/** What a recurrence's start accepts, in words. */
export const LOCAL_ACCEPTED = 'a local date-time "YYYY-MM-DDTHH:mm" (or with ":ss") in the schedule\'s time zone, e.g. "2026-01-06T22:00"';

function isRealTime(hour: string, minute: string, second?: string): boolean {
  return Number(hour) <= 23 && Number(minute) <= 59 && Number(second ?? 0) <= 59;
}

/**
 * `value` as the UTC instant Datadog takes, `YYYY-MM-DDTHH:mm:ssZ` (an offset applied), or
 * undefined when it is not {@link INSTANT_ACCEPTED} (years 0001-9998, so that an offset cannot leave
 * the four-digit years).
 */
export function utcInstant(value: unknown): string | undefined {
  const m = typeof value === "string" ? INSTANT.exec(value) : null;
  if (m === null) return undefined;
  const [, y, mo, d, h, mi, s, zone, sign, oh, om] = m;
  if (!isRealDate(Number(y), Number(mo), Number(d)) || !isRealTime(h, mi, s) || Number(y) < 1 || Number(y) > 9998) return undefined;
  // An offset is an hour 00-23 and a minute 00-59 (RFC 3339 `time-numoffset`); Z has none.
  if (zone !== "Z" && !isRealTime(oh, om)) return undefined;
  const offsetMinutes = zone === "Z" ? 0 : (sign === "-" ? -1 : 1) * (Number(oh) * 60 + Number(om));
  const at = new Date(0);
  at.setUTCFullYear(Number(y), Number(mo) - 1, Number(d));
  at.setUTCHours(Number(h), Number(mi) - offsetMinutes, Number(s ?? 0), 0);
  return `${at.toISOString().slice(0, 19)}Z`;
}

/** `value` as a recurrence's local start, `YYYY-MM-DDTHH:mm:ss`, or undefined when it is not {@link LOCAL_ACCEPTED}. */
export function localStart(value: unknown): string | undefined {
  const m = typeof value === "string" ? LOCAL.exec(value) : null;
  if (m === null) return undefined;
  const [, y, mo, d, h, mi, s] = m;
  if (!isRealDate(Number(y), Number(mo), Number(d)) || !isRealTime(h, mi, s)) return undefined;
  return `${y}-${mo}-${d}T${h}:${mi}:${s ?? "00"}`;
}

/** A recurrence's `duration`: a whole number of minutes, hours, days or weeks (Datadog: "an integer and ... 'm', 'h', 'd', or 'w'"). */
export const DURATION_PATTERN = /^[1-9]\d{0,5}[mhdw]$/;

/** Milliseconds per unit of {@link DURATION_PATTERN}: days and weeks as 24 and 168 hours (UNCERTAIN across clock changes). */
export const DURATION_UNIT_MS: Readonly<Record<string, number>> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
