import { Construct, IConstruct } from "constructs";
import { TerraformProvider } from "cdktf";
import { checkHandle } from "../../../core/handles";
import { checkArray, checkKeys, checkOptionalString, checkProps, fail, Struct } from "../../../core/validate";
import { IUser } from "../../people/user";
import { USER_HANDLE } from "../../people/private/handle-kinds";
import { OnCallReminder } from "../on-call-reminder";
import type { RemindRespondersOptions, ResponderContact } from "../remind-responders";
import { ReminderContact } from "../reminder-contact";
import { ReminderMethod } from "../reminder-method";
import { checkReminderContact, ContactSite, reminderContact } from "./contact-rules";
import { checkTiming, REMINDER_OPTIONS_KEYS, remindedUser, ResolvedReminder } from "./resolve-reminder";

const RESPONDER_CONTACT: Struct<ResponderContact> = { name: "ResponderContact", keys: { user: "required", contact: "required" } };
const REMIND_RESPONDERS_OPTIONS: Struct<RemindRespondersOptions> = {
  name: "RemindRespondersOptions",
  keys: { contacts: "optional", id: "optional", ...REMINDER_OPTIONS_KEYS },
};

/**
 * Reminds each of `responders` once (a user listed several times gets one reminder), for
 * `remindResponders` of `scope`. Each reminder is declared under its user's handle, with the
 * construct id `options.id`: Terraform addresses follow the user, not list positions, call order or
 * prop values (changing the method or the minutes updates it in place), and reminding a user the
 * same way from a schedule and from a policy declares one reminder, not two. Every responder's
 * contact is checked before any reminder is declared.
 */
export function remindResponders(
  scope: IConstruct,
  responders: readonly IUser[],
  options: RemindRespondersOptions,
  defaultProvider: TerraformProvider | undefined,
): OnCallReminder[] {
  checkProps(scope, options, REMIND_RESPONDERS_OPTIONS, "pass { beforeMin, method }");
  checkTiming(scope, options);
  checkOptionalString(scope, "id", options.id, {
    pattern: /^[^/]+$/,
    patternText: 'a construct id without "/"',
    fix: 'e.g. "EmailReminder"',
  });
  const users = [...new Set(responders)];
  const contacts = responderContacts(scope, options.contacts, users);
  const provider = options.ilertProvider ?? defaultProvider;
  // Every responder is resolved before any reminder is declared, so a bad one declares nothing.
  const resolved = users.map((user, i) => {
    const reminded = remindedUser(scope, `responders[${i}]`, user);
    const site: ContactSite = {
      prop: "contacts",
      forWhom: ` for responder ${user.node.path}`,
      howToPass: (forms) => `add { user, contact } for them to contacts, with contact ${forms}`,
    };
    const contact = reminderContact(scope, site, options.method, user, contacts.get(user));
    const resolved: ResolvedReminder = { reminded, method: options.method, beforeMin: options.beforeMin, contact, ilertProvider: provider };
    return resolved;
  });
  const id = options.id ?? "OnCallReminder";
  return resolved.map((reminder) => reminderOf(scope, id, reminder));
}

function responderContacts(scope: IConstruct, value: unknown, responders: readonly IUser[]): Map<IUser, ReminderContact> {
  const contacts = new Map<IUser, ReminderContact>();
  if (value === undefined) return contacts;
  checkArray<ResponderContact>(scope, "contacts", value, 0, "pass a list of { user, contact }").forEach((entry, i) => {
    if (typeof entry !== "object" || entry === null)
      fail(scope, `contacts[${i}]`, entry, "{ user: IUser, contact: ReminderContact }", "pass { user, contact }");
    checkKeys(scope, `contacts[${i}]`, entry, RESPONDER_CONTACT);
    const user = checkHandle(scope, `contacts[${i}].user`, entry.user, USER_HANDLE);
    if (!responders.includes(user)) {
      fail(
        scope,
        `contacts[${i}].user`,
        user.node.path,
        `one of the responders: ${responders.map((r) => r.node.path).join(", ")}`,
        "remove the entry, or remind that user with new OnCallReminder(...)",
      );
    }
    if (contacts.has(user)) fail(scope, `contacts[${i}].user`, user.node.path, "one contact per responder", "remove the duplicate entry");
    contacts.set(user, checkReminderContact(scope, `contacts[${i}].contact`, entry.contact));
  });
  return contacts;
}

/** The reminder `id` under the user's handle: declared, or the same one declared before. */
function reminderOf(scope: IConstruct, id: string, reminder: ResolvedReminder): OnCallReminder {
  const { reminded, method, beforeMin, contact, ilertProvider } = reminder;
  const { user } = reminded;
  const existing = user.node.tryFindChild(id);
  // Declared through the constructor like any reminder: its check passes the values checked above.
  if (existing === undefined)
    return new OnCallReminder(user as unknown as Construct, id, { user, method, beforeMin, contact, ilertProvider });
  const same =
    existing instanceof OnCallReminder &&
    existing.method.value === method.value &&
    existing.beforeMin === beforeMin &&
    String(existing.contact) === String(contact);
  if (!same) {
    const declared = existing instanceof OnCallReminder ? ` (${reminderText(existing.method, existing.beforeMin, existing.contact)})` : "";
    fail(
      scope,
      "id",
      id,
      `an id not yet used under ${user.node.path}, which has ${existing.node.path}${declared}, not ${reminderText(method, beforeMin, contact)}`,
      'to remind the same users a second way, give this reminder another id, e.g. id: "EmailReminder"',
    );
  }
  return existing as OnCallReminder;
}

function reminderText(method: ReminderMethod, beforeMin: number, contact: ReminderContact | undefined): string {
  return `${method.value} ${beforeMin} minutes before${contact === undefined ? "" : `, to ${String(contact)}`}`;
}
