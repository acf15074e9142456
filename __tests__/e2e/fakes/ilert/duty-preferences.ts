import { badRequest, notFound } from "./errors";
import { ID, Route, created, noContent, ok, route } from "./routing";
import { checkBody } from "./schemas";
import type { IlertStore } from "./store";
import type { DutyPreference } from "./types";

const PATH = `/api/users/${ID}/notification-preferences/duties`;

/** The preference as the API answers it: without the fake's `userId`, and without a contact for PUSH. */
const view = ({ userId: _userId, ...preference }: DutyPreference) => preference;

/** The contact kind each method sends to (UNCERTAIN for TELEGRAM: iLert does not say; a phone number is assumed). */
const CONTACT_OF_METHOD: Record<string, "email" | "phone"> = { EMAIL: "email", SMS: "phone", WHATSAPP: "phone", TELEGRAM: "phone" };

/**
 * `/api/users/{user}/notification-preferences/duties` (on-call reminders). PUSH goes to the user's app and
 * takes no contact; every other method needs one of the user's own contacts of its kind: an email
 * contact for EMAIL, a phone number contact for SMS, WhatsApp and Telegram.
 */
export function dutyPreferenceRoutes(store: IlertStore): Route[] {
  const write = (userId: string, body: Omit<DutyPreference, "userId">, id: number): DutyPreference => {
    const user = store.get(store.users, "user", Number(userId));
    const contactId = body.contact?.id;
    if (body.method === "PUSH" && contactId !== undefined) throw badRequest("body/contact: a PUSH preference takes no contact");
    if (body.method !== "PUSH") {
      if (contactId === undefined) throw badRequest(`body/contact: a ${body.method} preference needs a contact`);
      const kind = CONTACT_OF_METHOD[body.method];
      const contact = (kind === "email" ? store.emailContacts : store.phoneContacts).get(contactId);
      if (contact === undefined || contact.userId !== user.id) {
        throw badRequest(
          `body/contact: ${contactId} is not ${kind === "email" ? "an email" : "a phone number"} contact of user ${user.id}`,
        );
      }
    }
    const preference: DutyPreference = { id, method: body.method, beforeMin: body.beforeMin, type: body.type, userId: user.id };
    if (contactId !== undefined) preference.contact = { id: contactId };
    store.dutyPreferences.set(id, preference);
    return preference;
  };
  const find = (userId: string, id: string): DutyPreference => {
    store.get(store.users, "user", Number(userId));
    const preference = store.dutyPreferences.get(Number(id));
    if (preference === undefined || preference.userId !== Number(userId))
      throw notFound(`duty preference ${id} of user ${userId} not found`);
    return preference;
  };

  return [
    route("POST", PATH, (req, [userId]) => created(view(write(userId, checkBody("dutyPreference", req.body), store.nextId())))),
    route("GET", PATH, (_req, [userId]) => {
      const user = store.get(store.users, "user", Number(userId));
      return ok([...store.dutyPreferences.values()].filter((p) => p.userId === user.id).map(view));
    }),
    route("GET", `${PATH}/${ID}`, (_req, [userId, id]) => ok(view(find(userId, id)))),
    route("PUT", `${PATH}/${ID}`, (req, [userId, id]) =>
      ok(view(write(userId, checkBody("dutyPreference", req.body), find(userId, id).id))),
    ),
    route("DELETE", `${PATH}/${ID}`, (_req, [userId, id]) => {
      store.dutyPreferences.delete(find(userId, id).id);
      return noContent();
    }),
  ];
}
