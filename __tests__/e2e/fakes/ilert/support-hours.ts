import { ID, NAME, Route, created, noContent, ok, page, route } from "./routing";
import { checkBody } from "./schemas";
import type { IlertStore } from "./store";
import type { SupportHour } from "./types";

/** `/api/support-hours`: echoed as sent, teams checked and sorted like everywhere else. */
export function supportHourRoutes(store: IlertStore): Route[] {
  const write = (body: SupportHour, id: number, current?: SupportHour): SupportHour => {
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
