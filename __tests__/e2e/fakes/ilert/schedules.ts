import { badRequest } from "./errors";
import { ID, NAME, Route, created, noContent, ok, page, route, withIncludes } from "./routing";
import { checkBody } from "./schemas";
import type { IlertStore } from "./store";
import type { Schedule } from "./types";

/** The fields the API answers only when asked with `include=` (the provider asks for the layers of a recurring schedule). */
const INCLUDE_ONLY = ["scheduleLayers", "shifts"];

/**
 * The shift length the API reports when a schedule does not set one: the API always reports a
 * `defaultShiftDuration`; its real default is undocumented, a week matches the usual weekly rotation.
 */
const DEFAULT_SHIFT_DURATION = "P7D";

/**
 * `/api/schedules`. A recurring schedule needs layers, a static one shifts; everyone on them must exist.
 * `currentShift`/`nextShift` are never answered: computing rotations is out of the fake's scope (and the
 * provider 2.20.0 cannot store the user object the API puts in them anyway).
 */
export function scheduleRoutes(store: IlertStore): Route[] {
  const write = (body: Schedule, id: number, current?: Schedule): Schedule => {
    const { teams, currentShift: _current, nextShift: _next, ...rest } = body;
    if (body.type === "RECURRING" && !body.scheduleLayers?.length) throw badRequest("body: a RECURRING schedule needs scheduleLayers");
    if (body.type === "STATIC" && !body.shifts?.length) throw badRequest("body: a STATIC schedule needs shifts");
    const schedule: Schedule = {
      ...rest,
      id,
      defaultShiftDuration: body.defaultShiftDuration ?? DEFAULT_SHIFT_DURATION,
    };
    if (body.scheduleLayers) {
      schedule.scheduleLayers = body.scheduleLayers.map((layer) => ({ ...layer, users: layer.users.map((u) => store.userView(u.id)) }));
    }
    if (body.shifts) schedule.shifts = body.shifts.map((s) => ({ ...s, user: store.userView(s.user.id) }));
    const afterTeams = store.teamsAfterWrite(teams, current?.teams);
    if (afterTeams !== undefined) schedule.teams = afterTeams;
    store.schedules.set(id, schedule);
    return schedule;
  };
  const view = (schedule: Schedule, query: URLSearchParams) => withIncludes(schedule, INCLUDE_ONLY, query);

  return [
    route("POST", "/api/schedules", (req) => created(view(write(checkBody("schedule", req.body), store.nextId()), req.query))),
    route("GET", "/api/schedules", (req) => ok(page(store.schedules.values(), req.query, 20).map((s) => view(s, req.query)))),
    route("GET", `/api/schedules/name/${NAME}`, (req, [name]) =>
      ok(
        view(
          store.find(store.schedules, `schedule '${name}'`, (s) => s.name === name),
          req.query,
        ),
      ),
    ),
    route("GET", `/api/schedules/${ID}`, (req, [id]) => ok(view(store.get(store.schedules, "schedule", Number(id)), req.query))),
    route("PUT", `/api/schedules/${ID}`, (req, [id]) => {
      const current = store.get(store.schedules, "schedule", Number(id));
      return ok(view(write(checkBody("schedule", req.body), current.id, current), req.query));
    }),
    route("DELETE", `/api/schedules/${ID}`, (_req, [id]) => {
      store.removeUnreferenced(store.schedules, "schedule", Number(id));
      return noContent();
    }),
  ];
}
