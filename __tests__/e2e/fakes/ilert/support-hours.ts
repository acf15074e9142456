import { badRequest } from "./errors";
import { ID, NAME, Route, created, noContent, ok, page, route } from "./routing";
import { checkBody } from "./schemas";
import type { IlertStore } from "./store";
import type { SupportHour } from "./types";

/**
 * An exception's `start` and `end`: iLert's OpenAPI types them as `date`, ilert-go's comment says
 * "Date time string in ISO format" (UNCERTAIN which the API takes), so either ISO form is accepted,
 * and echoed as sent.
 */
const EXCEPTION_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** Refuses what the API's types refuse: an exception's time in neither ISO form, or ending before it starts; an unknown time zone. */
function checkSupportHour(body: SupportHour): void {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: body.timezone });
  } catch {
    throw badRequest(`timezone: unknown time zone "${body.timezone}"`);
  }
  (body.exceptions ?? []).forEach((e, i) => {
    for (const field of ["start", "end"] as const) {
      if (!EXCEPTION_TIME.test(e[field]) || !isRealDay(e[field].slice(0, 10)) || Number.isNaN(Date.parse(e[field])))
        throw badRequest(`exceptions[${i}].${field}: "${e[field]}" is not an ISO date or date-time`);
    }
    if (Date.parse(e.end) < Date.parse(e.start)) throw badRequest(`exceptions[${i}]: end "${e.end}" is before start "${e.start}"`);
  });
}

/** Whether `YYYY-MM-DD` is a day of the calendar (`Date.parse` takes February 30 as March 2). */
function isRealDay(day: string): boolean {
  const at = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === day;
}

/** `/api/support-hours`: echoed as sent (exceptions checked), teams checked and sorted like everywhere else. */
export function supportHourRoutes(store: IlertStore): Route[] {
  const write = (body: SupportHour, id: number, current?: SupportHour): SupportHour => {
    checkSupportHour(body);
    const { teams, ...rest } = body;
    const supportHour: SupportHour = { ...rest, id };
    const afterTeams = store.teamsAfterWrite(teams, current?.teams);
    if (afterTeams !== undefined) supportHour.teams = afterTeams;
    store.supportHours.set(id, supportHour);
    return supportHour;
  };

  return [
    route("POST", "/api/support-hours", (req) => created(write(checkBody("supportHour", req.body), store.nextId()))),
    route("GET", "/api/support-hours", (req) => ok(page(store.supportHours.values(), req.query))),
    route("GET", `/api/support-hours/name/${NAME}`, (_req, [name]) =>
      ok(store.find(store.supportHours, `support hour '${name}'`, (s) => s.name === name)),
    ),
    route("GET", `/api/support-hours/${ID}`, (_req, [id]) => ok(store.get(store.supportHours, "support hour", Number(id)))),
    route("PUT", `/api/support-hours/${ID}`, (req, [id]) => {
      const current = store.get(store.supportHours, "support hour", Number(id));
      return ok(write(checkBody("supportHour", req.body), current.id, current));
    }),
    route("DELETE", `/api/support-hours/${ID}`, (_req, [id]) => {
      store.removeUnreferenced(store.supportHours, "support hour", Number(id));
      return noContent();
    }),
  ];
}
