import { badRequest } from "./errors";
import { ID, Route, created, noContent, ok, page, route } from "./routing";
import { checkBody } from "./schemas";
import type { IlertStore } from "./store";
import type { User } from "./types";

/**
 * `/api/users`: the users, created by the provider's `ilert_user` or seeded, and looked up by email
 * (`ilert_user` data source). Creating a user creates the email contact of their login (store.ts).
 * What the fake cannot know, marked UNCERTAIN: that an email is taken by one user only (compared
 * without case), that `username` is the email, that the login contact keeps its address when the
 * user's email changes, and which notification preferences iLert gives a new user (the fake gives none).
 */
export function userRoutes(store: IlertStore): Route[] {
  // The computed `username` and the `id` may come back from a client; they are the API's.
  const write = (body: User, id: number, current?: User): User => {
    const { username: _username, id: _id, ...sent } = body;
    const taken = [...store.users.values()].find((u) => u.id !== id && u.email.toLowerCase() === sent.email.toLowerCase());
    if (taken !== undefined) throw badRequest(`body/email: ${sent.email} is the login of user ${taken.id} already`);
    const user: User = { ...sent, id, username: current?.username ?? sent.email };
    if (current === undefined) return store.addUser(user);
    store.users.set(id, user);
    return user;
  };

  return [
    route("POST", "/api/users", (req) => {
      const invitation = req.query.get("send-no-invitation");
      if (invitation !== null && invitation !== "true" && invitation !== "false")
        throw badRequest(`send-no-invitation: "${invitation}" is not a boolean`);
      return created(write(checkBody("user", req.body), store.nextId()));
    }),
    route("GET", "/api/users", (req) => ok(page(store.users.values(), req.query, 50, 100))),
    route("POST", "/api/users/search-email", (req) => {
      const { email } = checkBody<{ email: string }>("userSearch", req.body);
      return ok(store.find(store.users, `user with email '${email}'`, (u: User) => u.email === email));
    }),
    route("GET", `/api/users/${ID}`, (_req, [id]) => ok(store.get(store.users, "user", Number(id)))),
    route("PUT", `/api/users/${ID}`, (req, [id]) => {
      const current = store.get(store.users, "user", Number(id));
      return ok(write(checkBody("user", req.body), current.id, current));
    }),
    route("DELETE", `/api/users/${ID}`, (_req, [id]) => {
      const userId = Number(id);
      store.removeUnreferenced(store.users, "user", userId);
      // What the user owns goes with them.
      for (const owned of [store.emailContacts, store.phoneContacts, store.dutyPreferences]) {
        for (const [key, entity] of owned) if (entity.userId === userId) owned.delete(key);
      }
      return noContent();
    }),
  ];
}
