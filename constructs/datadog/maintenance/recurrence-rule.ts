import { isRealDate } from "../../core/calendar-date";

/**
 * RFC 5545 recurrence rules (section 3.3.10, `recur`), as Datadog downtime schedules take them in
 * `recurrence.rrule`: parsed and checked against the RFC's grammar and rules, without the parts
 * Datadog refuses there (DTSTART, DTEND, DURATION: a recurrence's start and length are fields of
 * their own). Which of the RFC's rules Datadog supports is documented only as "most common":
 * UNCERTAIN beyond the grammar; the on-call calendar expands a subset (tools/on-call/recurrence.ts).
 */

/** The RFC's frequencies, shortest first. */
export const FREQUENCIES = ["SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY"] as const;
/** A frequency. */
export type Frequency = (typeof FREQUENCIES)[number];

/** The RFC's weekdays, in its order (Sunday first). */
export const WEEKDAYS = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"] as const;
/** A weekday. */
export type Weekday = (typeof WEEKDAYS)[number];

/** A weekday of BYDAY, optionally the n-th (or, negative, the n-th last) of the month or year. */
export interface WeekdayNum {
  /**
   * Which of the month's or year's such weekdays: 1 the first, -1 the last.
   * @default - every such weekday
   */
  readonly ordinal?: number;
  /** The weekday. */
  readonly day: Weekday;
}

/**
 * UNTIL: a date, or a date-time in UTC (RFC 5545: with a start local to a time zone, as a downtime's,
 * a date-time UNTIL is UTC).
 */
export interface RuleUntil {
  /** `YYYYMMDD`. */
  readonly date: string;
  /**
   * `HHMMSS`, in UTC (the rule's trailing `Z`).
   * @default - none: a date, the whole day included
   */
  readonly time?: string;
}

/** A parsed rule; each BY part as its list of values. */
export interface RecurrenceRule {
  /** FREQ. */
  readonly freq: Frequency;
  /**
   * INTERVAL: every n-th period.
   * @default 1
   */
  readonly interval: number;
  /**
   * COUNT: how many occurrences.
   * @default - no limit (or UNTIL)
   */
  readonly count?: number;
  /**
   * UNTIL: the last possible occurrence.
   * @default - no limit (or COUNT)
   */
  readonly until?: RuleUntil;
  /**
   * BYSECOND, 0-60.
   * @default - the start's second
   */
  readonly bySecond?: readonly number[];
  /**
   * BYMINUTE, 0-59.
   * @default - the start's minute
   */
  readonly byMinute?: readonly number[];
  /**
   * BYHOUR, 0-23.
   * @default - the start's hour
   */
  readonly byHour?: readonly number[];
  /**
   * BYDAY.
   * @default - no BYDAY: the days follow from the start and the frequency
   */
  readonly byDay?: readonly WeekdayNum[];
  /**
   * BYMONTHDAY, 1-31 or -31 to -1 (from the month's end).
   * @default - no BYMONTHDAY: the days follow from the start and the frequency
   */
  readonly byMonthDay?: readonly number[];
  /**
   * BYYEARDAY, 1-366 or -366 to -1.
   * @default - no BYYEARDAY: the days follow from the start and the frequency
   */
  readonly byYearDay?: readonly number[];
  /**
   * BYWEEKNO, 1-53 or -53 to -1.
   * @default - no BYWEEKNO: the days follow from the start and the frequency
   */
  readonly byWeekNo?: readonly number[];
  /**
   * BYMONTH, 1-12.
   * @default - no BYMONTH: the months follow from the start and the frequency
   */
  readonly byMonth?: readonly number[];
  /**
   * BYSETPOS: which of a period's occurrences, 1-366 or -366 to -1.
   * @default - all of them
   */
  readonly bySetPos?: readonly number[];
  /**
   * WKST: the day weeks start on.
   * @default "MO"
   */
  readonly wkst: Weekday;
}

/** Why a rule is refused: what is accepted and how to fix it. */
export interface RuleProblem {
  /** What is accepted, in words. */
  readonly accepted: string;
  /** How to fix the rule. */
  readonly fix: string;
}

/** A checked rule. */
export interface AcceptedRule {
  /** The rule. */
  readonly rule: RecurrenceRule;
}

/** A refused rule. */
export interface RefusedRule {
  /** Why it is refused. */
  readonly problem: RuleProblem;
}

/** The rule, or why it is refused. */
export type ParsedRule = AcceptedRule | RefusedRule;

/** A number list part: its name, range, and whether values may be negative. */
interface NumberPart {
  readonly key: keyof RecurrenceRule;
  readonly min: number;
  readonly max: number;
  readonly signed: boolean;
}

const NUMBER_PARTS: Readonly<Record<string, NumberPart>> = {
  BYSECOND: { key: "bySecond", min: 0, max: 60, signed: false },
  BYMINUTE: { key: "byMinute", min: 0, max: 59, signed: false },
  BYHOUR: { key: "byHour", min: 0, max: 23, signed: false },
  BYMONTHDAY: { key: "byMonthDay", min: 1, max: 31, signed: true },
  BYYEARDAY: { key: "byYearDay", min: 1, max: 366, signed: true },
  BYWEEKNO: { key: "byWeekNo", min: 1, max: 53, signed: true },
  BYMONTH: { key: "byMonth", min: 1, max: 12, signed: false },
  BYSETPOS: { key: "bySetPos", min: 1, max: 366, signed: true },
};

const PARTS = [
  "FREQ",
  "UNTIL",
  "COUNT",
  "INTERVAL",
  "BYSECOND",
  "BYMINUTE",
  "BYHOUR",
  "BYDAY",
  ...Object.keys(NUMBER_PARTS).slice(3),
  "WKST",
];
/** The parts Datadog refuses in a downtime's rule (its docs: "Attributes specifying the duration in RRULE are not supported"). */
const REFUSED = ["DTSTART", "DTEND", "DURATION"];
const EXAMPLE = 'e.g. "FREQ=WEEKLY;BYDAY=TU" (every Tuesday) or "FREQ=MONTHLY;BYDAY=1SA" (the first Saturday of each month)';

/** Parses and checks a rule such as `FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH`. */
export function parseRecurrenceRule(text: string): ParsedRule {
  const problem = (accepted: string, fix: string): ParsedRule => ({ problem: { accepted, fix } });
  if (/^RRULE:/i.test(text)) return problem("the rule's parts without the RRULE: prefix", `remove "RRULE:", ${EXAMPLE}`);
  if (text.trim() === "") return problem(`an RFC 5545 rule, ${EXAMPLE}`, "write the rule's parts, starting with FREQ");
  const seen = new Map<string, string>();
  for (const part of text.split(";")) {
    const eq = part.indexOf("=");
    // As written: RFC 5545's grammar has no spaces around a name, and the rule reaches Datadog as written.
    const name = eq === -1 ? part : part.slice(0, eq);
    const upper = name.toUpperCase();
    if (REFUSED.includes(upper)) {
      return problem(
        "a rule without DTSTART, DTEND or DURATION (Datadog refuses them in a downtime's rule)",
        `remove ${upper}: the recurrence's start is its start field, its length its duration`,
      );
    }
    if (!PARTS.includes(name)) {
      return problem(
        `the parts ${PARTS.join(", ")} (RFC 5545, upper case), each "NAME=value", separated by ";", without spaces`,
        `remove or correct ${JSON.stringify(part)}, ${EXAMPLE}`,
      );
    }
    if (eq === -1) return problem(`a value for ${name} ("${name}=...")`, `give ${name} a value, or remove it`);
    if (seen.has(name)) return problem(`each part once (${name} is given twice)`, `keep one ${name}`);
    seen.set(name, part.slice(eq + 1));
  }
  const freq = seen.get("FREQ");
  if (freq === undefined) return problem(`a rule with FREQ, ${EXAMPLE}`, "add FREQ=DAILY, WEEKLY, MONTHLY or YEARLY");
  if (!(FREQUENCIES as readonly string[]).includes(freq)) {
    return problem(`FREQ one of ${FREQUENCIES.join(", ")}`, `correct "FREQ=${freq}"`);
  }
  const rule: Record<string, unknown> = { freq, interval: 1, wkst: "MO" };
  for (const [name, value] of seen) {
    if (name === "FREQ") continue;
    const parsed = partValue(name, value);
    if ("problem" in parsed) return { problem: parsed.problem };
    rule[parsed.key] = parsed.value;
  }
  const combined = combinationProblem(rule as unknown as RecurrenceRule);
  return combined === undefined ? { rule: rule as unknown as RecurrenceRule } : { problem: combined };
}

type PartResult = { readonly key: string; readonly value: unknown } | { readonly problem: RuleProblem };

function partValue(name: string, value: string): PartResult {
  const bad = (accepted: string): PartResult => ({ problem: { accepted: `${name} ${accepted}`, fix: `correct "${name}=${value}"` } });
  switch (name) {
    case "COUNT":
    case "INTERVAL":
      return /^[1-9]\d{0,5}$/.test(value) ? { key: name.toLowerCase(), value: Number(value) } : bad("a whole number from 1 to 999999");
    case "UNTIL": {
      const until = /^(\d{8})(?:T(\d{6})Z)?$/.exec(value);
      if (until === null || !isRuleDate(until[1]) || (until[2] !== undefined && !isRuleTime(until[2])))
        return bad("a date YYYYMMDD or a date-time YYYYMMDDTHHMMSS, in UTC with a trailing Z (e.g. 20261231T230000Z)");
      return { key: "until", value: { date: until[1], ...(until[2] === undefined ? {} : { time: until[2] }) } };
    }
    case "WKST":
      return (WEEKDAYS as readonly string[]).includes(value) ? { key: "wkst", value } : bad(`one of ${WEEKDAYS.join(", ")}`);
    case "BYDAY": {
      const days = value.split(",").map((d) => /^(?:([+-]?)(\d{1,2}))?(SU|MO|TU|WE|TH|FR|SA)$/.exec(d));
      // Stryker disable next-line ConditionalExpression: equivalent, without an ordinal Number(undefined) is NaN, neither < 1 nor > 53
      if (days.some((d) => d === null || (d[2] !== undefined && (Number(d[2]) < 1 || Number(d[2]) > 53))))
        return bad(
          `a list of weekdays ${WEEKDAYS.join(", ")}, each optionally after an ordinal from 1 to 53 or -53 to -1 (e.g. 1MO, -1FR)`,
        );
      return {
        key: "byDay",
        value: days.map((d) => (d![2] === undefined ? { day: d![3] } : { ordinal: Number(`${d![1]}${d![2]}`), day: d![3] })),
      };
    }
    default: {
      const spec = NUMBER_PARTS[name];
      const numbers = value.split(",").map((n) => (new RegExp(`^${spec.signed ? "[+-]?" : ""}\\d{1,3}$`).test(n) ? Number(n) : NaN));
      const range = spec.signed ? `${spec.min} to ${spec.max} or -${spec.max} to -${spec.min}` : `${spec.min} to ${spec.max}`;
      if (numbers.some((n) => Number.isNaN(n) || Math.abs(n) < spec.min || Math.abs(n) > spec.max))
        return bad(`a list of numbers from ${range}`);
      return { key: spec.key, value: numbers };
    }
  }
}

/** The RFC's rules between parts (section 3.3.10). */
function combinationProblem(rule: RecurrenceRule): RuleProblem | undefined {
  const not = (part: string, why: string, fix: string): RuleProblem => ({ accepted: `no ${part} ${why}`, fix });
  if (rule.count !== undefined && rule.until !== undefined)
    return not("COUNT with UNTIL", "(RFC 5545: at most one of them)", "keep COUNT or UNTIL");
  if (rule.byDay?.some((d) => d.ordinal !== undefined) && rule.freq !== "MONTHLY" && rule.freq !== "YEARLY")
    return not(
      "ordinal BYDAY (e.g. 1MO)",
      `with FREQ=${rule.freq} (RFC 5545: only MONTHLY or YEARLY)`,
      "remove the ordinals, or use FREQ=MONTHLY",
    );
  if (rule.byDay?.some((d) => d.ordinal !== undefined) && rule.freq === "YEARLY" && rule.byWeekNo !== undefined)
    return not("ordinal BYDAY with BYWEEKNO", "(RFC 5545)", "remove the ordinals or BYWEEKNO");
  if (rule.byMonthDay !== undefined && rule.freq === "WEEKLY")
    return not("BYMONTHDAY", "with FREQ=WEEKLY (RFC 5545)", "use BYDAY, or FREQ=MONTHLY");
  if (rule.byYearDay !== undefined && ["DAILY", "WEEKLY", "MONTHLY"].includes(rule.freq))
    return not("BYYEARDAY", `with FREQ=${rule.freq} (RFC 5545)`, "use FREQ=YEARLY, or remove BYYEARDAY");
  if (rule.byWeekNo !== undefined && rule.freq !== "YEARLY")
    return not("BYWEEKNO", `with FREQ=${rule.freq} (RFC 5545: only YEARLY)`, "use FREQ=YEARLY, or remove BYWEEKNO");
  const byParts = [rule.bySecond, rule.byMinute, rule.byHour, rule.byDay, rule.byMonthDay, rule.byYearDay, rule.byWeekNo, rule.byMonth];
  if (rule.bySetPos !== undefined && byParts.every((p) => p === undefined))
    return not("BYSETPOS", "without another BY part (RFC 5545: it selects among their occurrences)", "add e.g. BYDAY, or remove BYSETPOS");
  return undefined;
}

function isRuleDate(date: string): boolean {
  return isRealDate(Number(date.slice(0, 4)), Number(date.slice(4, 6)), Number(date.slice(6, 8)));
}

function isRuleTime(time: string): boolean {
  const [h, m, s] = [time.slice(0, 2), time.slice(2, 4), time.slice(4, 6)].map(Number);
  return h <= 23 && m <= 59 && s <= 60;
}
