import { notFound } from "./errors";
import { ID, Route, ok, page, route } from "./routing";
import { checkBody } from "./schemas";
import type { IlertStore } from "./store";
import type { EmailContact, User } from "./types";

/** The contact as the API answers it: without the fake's `userId`. */
const contactView = ({ userId: _userId, ...contact }: EmailContact) => contact;

/**
 * The seeded users (read only: the apps look people up, they do not manage accounts) and their email
 * contacts, which the apps look up to send reminders to the login address.
 */
export function userRoutes(store: IlertStore): Route[] {
  const contactOf = (userId: string, test: (contact: EmailContact) => boolean, what: string) => {
    const user = store.get(store.users, "user", Number(userId));
    const contact = [...store.emailContacts.values()].find((c) => c.userId === user.id && test(c));
    if (contact === undefined) throw notFound(`${what} of user ${user.id} not found`);
    return contactView(contact);
  };

  return [
    route("GET", "/api/users", (req) => ok(page(store.users.values(), req.query, 100))),
    route("POST", "/api/users/search-email", (req) => {
      const { email } = checkBody<{ email: string }>("userSearch", req.body);
      return ok(store.find(store.users, `user with email '${email}'`, (u: User) => u.email === email));
    }),
    route("GET", `/api/users/${ID}`, (_req, [id]) => ok(store.get(store.users, "user", Number(id)))),
    route("GET", `/api/users/${ID}/contacts/emails`, (_req, [userId]) => {
      const user = store.get(store.users, "user", Number(userId));
      return ok([...store.emailContacts.values()].filter((c) => c.userId === user.id).map(contactView));
    }),
    route("POST", `/api/users/${ID}/contacts/emails/search-target`, (req, [userId]) => {
      const { target } = checkBody<{ target: string }>("emailContact", req.body);
      return ok(contactOf(userId, (c) => c.target === target, `email contact '${target}'`));
    }),
    route("GET", `/api/users/${ID}/contacts/emails/${ID}`, (_req, [userId, id]) =>
      ok(contactOf(userId, (c) => c.id === Number(id), `email contact ${id}`)),
    ),
  ];
}
