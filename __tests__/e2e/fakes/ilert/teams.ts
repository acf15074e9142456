import { ID, NAME, Route, created, noContent, ok, page, route } from "./routing";
import { checkBody } from "./schemas";
import type { IlertStore } from "./store";
import type { Team } from "./types";

/** `/api/teams`: members must exist and come back sorted by user id, whatever order they were sent in. */
export function teamRoutes(store: IlertStore): Route[] {
  const write = (body: Team, id: number): Team => {
    const members = (body.members ?? [])
      .map((m) => ({ user: store.userView(m.user.id), role: m.role }))
      .sort((a, b) => a.user.id - b.user.id);
    const team: Team = { id, name: body.name, visibility: body.visibility ?? "PUBLIC", members };
    store.teams.set(id, team);
    return team;
  };

  return [
    route("POST", "/api/teams", (req) => created(write(checkBody("team", req.body), store.nextId()))),
    route("GET", "/api/teams", (req) => ok(page(store.teams.values(), req.query, 50, 100))),
    route("GET", `/api/teams/name/${NAME}`, (_req, [name]) => ok(store.find(store.teams, `team '${name}'`, (t) => t.name === name))),
    route("GET", `/api/teams/${ID}`, (_req, [id]) => ok(store.get(store.teams, "team", Number(id)))),
    route("PUT", `/api/teams/${ID}`, (req, [id]) => ok(write(checkBody("team", req.body), store.get(store.teams, "team", Number(id)).id))),
    route("DELETE", `/api/teams/${ID}`, (_req, [id]) => {
      store.removeUnreferenced(store.teams, "team", Number(id));
      return noContent();
    }),
  ];
}
