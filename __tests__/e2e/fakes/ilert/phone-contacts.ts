import { ContactKind, contactRoutes } from "./contacts";
import type { Route } from "./routing";
import type { IlertStore } from "./store";
import type { PhoneContact } from "./types";

/** A user's phone number contacts (`ilert_user_phone_number_contact`, `{regionCode, target}`). */
export const PHONE_CONTACTS: ContactKind<PhoneContact> = {
  segment: "phone-numbers",
  noun: "phone number contact",
  body: "phoneContact",
  search: "phoneSearch",
  contacts: (store) => store.phoneContacts,
};

/** `/api/users/{user}/contacts/phone-numbers`. */
export function phoneContactRoutes(store: IlertStore): Route[] {
  return contactRoutes(store, PHONE_CONTACTS);
}
