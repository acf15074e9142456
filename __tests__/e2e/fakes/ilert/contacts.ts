import { notFound } from "./errors";
import { ID, Route, created, noContent, ok, route } from "./routing";
import { BodyKind, checkBody } from "./schemas";
import type { IlertStore } from "./store";
import type { EmailContact } from "./types";

/** One kind of a user's contacts: where its routes live, its body schema, its map in the store. */
export interface ContactKind<C extends EmailContact> {
  /** The path segment under `/api/users/{id}/contacts/`: `emails`, `phone-numbers`. */
  readonly segment: string;
  /** In messages: `email contact`, `phone number contact`. */
  readonly noun: string;
  /** The schemas of a contact body and of a search body. */
  readonly body: BodyKind;
  readonly search: BodyKind;
  readonly contacts: (store: IlertStore) => Map<number, C>;
}

/** The contact as the API answers it: without the fake's `userId`. */
export function contactView<C extends EmailContact>({ userId: _userId, ...contact }: C): Omit<C, "userId"> {
  return contact;
}

/**
 * `/api/users/{user}/contacts/<segment>`: a user's contacts of one kind, created, read, updated,
 * deleted (not while a reminder sends to it, see references.ts), listed, and looked up by target
 * (`search-target`, the data sources). New contacts answer status `OK` (UNCERTAIN: iLert verifies a new
 * contact before it sends to it; the fake does not model verification). Whether the API refuses a second
 * contact with the same target is UNCERTAIN (the user-preference migration created such duplicates):
 * the fake accepts it.
 */
export function contactRoutes<C extends EmailContact>(store: IlertStore, kind: ContactKind<C>): Route[] {
  const path = `/api/users/${ID}/contacts/${kind.segment}`;
  const contacts = kind.contacts(store);
  const ofUser = (userId: string) => {
    const user = store.get(store.users, "user", Number(userId));
    return [...contacts.values()].filter((c) => c.userId === user.id);
  };
  const find = (userId: string, test: (contact: C) => boolean, what: string): C => {
    const found = ofUser(userId).find(test);
    if (found === undefined) throw notFound(`${what} of user ${userId} not found`);
    return found;
  };
  const write = (userId: string, body: Omit<C, "userId">, id: number): C => {
    const { id: _id, status: _status, ...sent } = body as Omit<C, "userId"> & { id?: number; status?: string };
    const contact = { ...sent, id, status: "OK", userId: store.get(store.users, "user", Number(userId)).id } as unknown as C;
    contacts.set(id, contact);
    return contact;
  };

  return [
    route("POST", path, (req, [userId]) => created(contactView(write(userId, checkBody(kind.body, req.body), store.nextId())))),
    route("GET", path, (_req, [userId]) => ok(ofUser(userId).map(contactView))),
    route("POST", `${path}/search-target`, (req, [userId]) => {
      const { target } = checkBody<{ target: string }>(kind.search, req.body);
      return ok(contactView(find(userId, (c) => c.target === target, `${kind.noun} '${target}'`)));
    }),
    route("GET", `${path}/${ID}`, (_req, [userId, id]) => ok(contactView(find(userId, (c) => c.id === Number(id), `${kind.noun} ${id}`)))),
    route("PUT", `${path}/${ID}`, (req, [userId, id]) => {
      const current = find(userId, (c) => c.id === Number(id), `${kind.noun} ${id}`);
      return ok(contactView(write(userId, checkBody(kind.body, req.body), current.id)));
    }),
    route("DELETE", `${path}/${ID}`, (_req, [userId, id]) => {
      const current = find(userId, (c) => c.id === Number(id), `${kind.noun} ${id}`);
      store.removeUnreferenced(contacts, "contact", current.id);
      return noContent();
    }),
  ];
}
