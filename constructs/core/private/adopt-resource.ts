import { IConstruct } from "constructs";
import { TerraformResource } from "cdktf";
import { checkIlertId } from "../ilert-id";
import { checkOptionalBoolean } from "../validate";

// How the library writes an adoption (core/adoption.ts describes both ways), for every adoptExisting
// and Adoption.adopt.

/** Where the ids of adoptions without import blocks are kept: a key of the resource's `"//"` comment. */
export const IMPORT_ID_COMMENT = "import_id";

/**
 * Resource types the iLert provider cannot import (2.20.0, and 2.25.0 by its source): their read takes
 * the user's id from the `user` block in the state, which an import leaves empty, so it asks for
 * `/api/users/-1/...` and the import fails (what iLert answers there is UNCERTAIN). There is no
 * composite import id. A contact or on-call reminder made by hand stays as it is; declare none of
 * the same kind for that user, or remove the hand-made one first.
 */
export const NOT_IMPORTABLE: Readonly<Record<string, string>> = Object.freeze({
  ilert_user_email_contact: "an email contact",
  ilert_user_phone_number_contact: "a phone number contact",
  ilert_user_duty_preference: "an on-call reminder (duty preference)",
  ilert_user_alert_preference: "an alert notification preference",
  ilert_user_subscription_preference: "a subscription preference",
  ilert_user_update_preference: "an update preference",
});

/**
 * Checks the AdoptionOptions of `props` for `scope` and returns whether to write import blocks. (The
 * struct is named by its shape: core/adoption.ts, which declares it, imports this file.)
 */
export function adoptionOptions(scope: IConstruct, props: { readonly importBlocks?: boolean }): boolean {
  checkOptionalBoolean(scope, "importBlocks", props.importBlocks);
  return props.importBlocks ?? true;
}

/**
 * An iLert object's id as the string the provider imports by, checked (`prop` of `scope`). A JSON
 * config may give it as a positive integer; any other number stays a number, so the error shows it
 * as given.
 */
export function adoptedIlertId(scope: IConstruct, prop: string, id: unknown, fix: string): string {
  const text = typeof id === "number" && Number.isSafeInteger(id) && id > 0 ? String(id) : id;
  return checkIlertId(scope, prop, text, fix);
}

/**
 * Makes `resource` adopt the object `id`: an import block naming the resource's own provider (so an
 * aliased one imports from its account), or the id in the resource's JSON comment.
 */
export function adoptResource(resource: TerraformResource, id: string, importBlocks: boolean): void {
  if (importBlocks) resource.importFrom(id, resource.provider);
  else resource.addOverride(`//.${IMPORT_ID_COMMENT}`, id);
}
