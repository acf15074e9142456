import { Construct, IConstruct } from "constructs";
import { TerraformProvider, TerraformStack, Token } from "cdktf";
import { DataIlertUserEmailContact } from "../../../../.gen/providers/ilert/data-ilert-user-email-contact";
import { UserEmailContact } from "../../../../.gen/providers/ilert/user-email-contact";
import { UserPhoneNumberContact } from "../../../../.gen/providers/ilert/user-phone-number-contact";
import { useProvider } from "../../../core/default-providers";
import { escapeTerraformTemplate } from "../../../core/terraform-escape";
import { fail } from "../../../core/validate";
import { ReminderContact, ReminderContactKind } from "../reminder-contact";
import { RemindedUser } from "./resolve-reminder";

/**
 * The iLert id of `contact` for `reminded`, as the number `contact { id }` takes. An email contact
 * at the user's known login email is the one iLert creates with every user: it is looked up once
 * per user (`ilert_user_email_contact` data source by user id and address, child
 * `LoginEmailContact` of the user's handle), never declared again. Other addresses are declared:
 * at most one email and one phone contact per user, as children of the user's handle with fixed
 * ids (`EmailContact`, `PhoneContact`). Either way the Terraform addresses follow the user,
 * changing the address or number updates the contact in place, and every reminder of that user
 * shares it. Asking for a second, different declared address of the same kind fails (`prop` of
 * `scope`). The contact was checked when the reminder was resolved (an existing id fits a number).
 */
export function contactIdFor(
  scope: IConstruct,
  prop: string,
  contact: ReminderContact,
  reminded: RemindedUser,
  ilertProvider: TerraformProvider | undefined,
): number {
  if (contact.kind === ReminderContactKind.EXISTING) return Number(contact.target);
  const { user } = reminded;
  const home = user as unknown as Construct;
  if (contact.kind === ReminderContactKind.EMAIL && contact.target === user.email)
    return Token.asNumber(loginContactId(scope, home, reminded, ilertProvider));
  const id = contact.kind === ReminderContactKind.EMAIL ? "EmailContact" : "PhoneContact";
  const target = escapeTerraformTemplate(contact.target);
  const existing = home.node.tryFindChild(id);
  if (existing instanceof UserEmailContact || existing instanceof UserPhoneNumberContact) {
    const same =
      existing.targetInput === target && (!(existing instanceof UserPhoneNumberContact) || existing.regionCodeInput === contact.regionCode);
    if (!same) {
      const declared =
        existing instanceof UserPhoneNumberContact
          ? `phone ${existing.regionCodeInput} ${existing.targetInput}`
          : `email ${existing.targetInput}`;
      fail(
        scope,
        prop,
        String(contact),
        `the ${contact.kind} contact already declared for user ${user.node.path} (${declared})`,
        'remind the user at one address per kind, or pass ReminderContact.existing("<contact id>") for another one',
      );
    }
    return Token.asNumber(existing.id);
  }
  const common = { user: { id: reminded.id }, target, provider: contactProvider(scope, home, ilertProvider) };
  const declared =
    contact.kind === ReminderContactKind.EMAIL
      ? new UserEmailContact(home, id, common)
      : new UserPhoneNumberContact(home, id, { ...common, regionCode: contact.regionCode! });
  return Token.asNumber(declared.id);
}

/**
 * The id of the email contact iLert created for the login email of `reminded`, looked up once under
 * the user's handle (the app's People looks it up too, to label a user given by id by their email).
 */
export function loginContactId(
  scope: IConstruct,
  home: Construct,
  reminded: RemindedUser,
  ilertProvider: TerraformProvider | undefined,
): string {
  const existing = home.node.tryFindChild("LoginEmailContact");
  if (existing instanceof DataIlertUserEmailContact) return existing.id;
  return new DataIlertUserEmailContact(home, "LoginEmailContact", {
    user: { id: reminded.id },
    target: escapeTerraformTemplate(reminded.user.email!),
    provider: contactProvider(scope, home, ilertProvider),
  }).id;
}

/**
 * The provider of a contact declared or looked up under the user's handle `home`, for the reminder
 * `scope`. The reminder checked its `ilertProvider` against its own stack; the handle may be in
 * another one, where that provider cannot serve. The message names the reminder: the prop is its.
 */
function contactProvider(scope: IConstruct, home: Construct, ilertProvider: TerraformProvider | undefined): TerraformProvider | undefined {
  // One name for both messages; useProvider's own cannot arise here (kind and stack are checked).
  const prop = "ilertProvider";
  const stack = TerraformStack.of(home).node.path;
  const providerStack = ilertProvider === undefined ? stack : TerraformStack.of(ilertProvider).node.path;
  if (providerStack !== stack) {
    fail(
      scope,
      prop,
      ilertProvider,
      `an iLert provider of stack ${stack}, where the contacts of user ${home.node.path} are declared and looked up (under its handle)`,
      `declare the reminder in stack ${stack}, or remind a handle of the user declared in stack ${providerStack} (User.fromId / User.fromEmail)`,
    );
  }
  return useProvider(home, "ilert", prop, ilertProvider);
}
