import { ContactKind, contactRoutes } from "./contacts";
import type { Route } from "./routing";
import type { IlertStore } from "./store";
import type { EmailContact } from "./types";

/** A user's email contacts (`ilert_user_email_contact`, and its data source by target). */
export const EMAIL_CONTACTS: ContactKind<EmailContact> = {
  segment: "emails",
  noun: "email contact",
  body: "emailContact",
  search: "emailContact",
  contacts: (store) => store.emailContacts,
};

/** `/api/users/{user}/contacts/emails`. */
export function emailContactRoutes(store: IlertStore): Route[] {
  return contactRoutes(store, EMAIL_CONTACTS);
}
