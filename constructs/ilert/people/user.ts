import { Construct, IConstruct } from "constructs";
import { User as UserResource } from "../../../.gen/providers/ilert/user";
import { DataIlertUser } from "../../../.gen/providers/ilert/data-ilert-user";
import { AdoptionOptions } from "../../core/adoption";
import { adoptedIlertId, adoptionOptions, adoptResource } from "../../core/private/adopt-resource";
import { useProvider } from "../../core/default-providers";
import { ProviderEnum } from "../../core/provider-enum";
import { checkEnum } from "../../core/private/check-enum";
import { escapeOptional } from "../../core/private/escape-optional";
import { escapeTerraformTemplate } from "../../core/terraform-escape";
import { checkIlertId } from "../../core/ilert-id";
import { checkOptionalBoolean, checkOptionalString, checkProps, checkString, checkTimezone, Struct } from "../../core/validate";
import { LookupOptions } from "../references";
import { lookupId } from "../private/lookup-id";
import { IlertProviderProps } from "../shared-props";
import { ILERT_PROVIDER_KEYS } from "../private/shared-props-keys";
import { emailRule } from "./private/email-rule";

/** An iLert user: declared in this app ({@link User}), or an existing one. */
export interface IUser extends IConstruct {
  /** The user's iLert id (a Terraform reference for declared or looked-up users). */
  readonly userId: string;
  /**
   * The user's login email, where the app knows it; on-call reminders by email go there by default.
   * @default - unknown
   */
  readonly email?: string;
}

/** Options of {@link User.fromId}. */
export interface UserFromIdOptions {
  /**
   * The user's login email, so on-call reminders by email can default to it. Give it exactly: the
   * email contact iLert created for it is looked up by this address, and the lookup fails at plan
   * if the user has no such contact.
   * @default - unknown: email reminders for this user need an explicit contact
   */
  readonly email?: string;
}

/** A user's account role (`role`). */
export class UserRole extends ProviderEnum {
  /** Account administrator (`ADMIN`). */
  public static readonly ADMIN = new UserRole("ADMIN");
  /** User (`USER`). The provider's default. */
  public static readonly USER = new UserRole("USER");
  /** Responder (`RESPONDER`). */
  public static readonly RESPONDER = new UserRole("RESPONDER");
  /** Stakeholder (`STAKEHOLDER`). */
  public static readonly STAKEHOLDER = new UserRole("STAKEHOLDER");
  /** Guest (`GUEST`). */
  public static readonly GUEST = new UserRole("GUEST");
  /** Viewer (`VIEWER`). Since provider 2.23.0. */
  public static readonly VIEWER = new UserRole("VIEWER");

  /** Escape hatch for a value a newer provider accepts; not checked at synth. */
  public static custom(value: string): UserRole {
    return new UserRole(value, true);
  }
}

/** A user's language (`language`). */
export class UserLanguage extends ProviderEnum {
  /** English. The provider's default. */
  public static readonly ENGLISH = new UserLanguage("en");
  /** German. */
  public static readonly GERMAN = new UserLanguage("de");

  /** Escape hatch for a value a newer provider accepts; not checked at synth. */
  public static custom(value: string): UserLanguage {
    return new UserLanguage(value, true);
  }
}

/** Props of {@link User}. */
export interface UserProps extends IlertProviderProps {
  /** Email address; also the login. */
  readonly email: string;
  /** First name. */
  readonly firstName: string;
  /** Last name. */
  readonly lastName: string;
  /**
   * Account role.
   * @default UserRole.USER (the provider's default)
   */
  readonly role?: UserRole;
  /**
   * IANA time zone, e.g. `Europe/Berlin`.
   * @default "Europe/Berlin" (the provider's default)
   */
  readonly timezone?: string;
  /**
   * Language of notifications and the UI.
   * @default UserLanguage.ENGLISH (the provider's default)
   */
  readonly language?: UserLanguage;
  /**
   * Job position.
   * @default - the user has no position in iLert
   */
  readonly position?: string;
  /**
   * Department.
   * @default - the user has no department in iLert
   */
  readonly department?: string;
  /**
   * Do not email an invitation when the user is created.
   * @default false
   */
  readonly sendNoInvitation?: boolean;
}

const USER_FROM_ID_OPTIONS: Struct<UserFromIdOptions> = { name: "UserFromIdOptions", keys: { email: "optional" } };
const USER_PROPS: Struct<UserProps> = {
  name: "UserProps",
  keys: {
    email: "required",
    firstName: "required",
    lastName: "required",
    role: "optional",
    timezone: "optional",
    language: "optional",
    position: "optional",
    department: "optional",
    sendNoInvitation: "optional",
    ...ILERT_PROVIDER_KEYS,
  },
};

/** Props of {@link User.adoptExisting}. */
export interface AdoptUserProps extends AdoptionOptions {
  /** Numeric id of the existing user, as in their iLert URL (`.../users/1234/...`). */
  readonly userId: string;
}
const ADOPT_USER_PROPS: Struct<AdoptUserProps> = { name: "AdoptUserProps", keys: { userId: "required", importBlocks: "optional" } };

/** Declares an iLert user (`ilert_user`), for teams that manage people as code. */
export class User extends Construct implements IUser {
  /** An existing user by numeric iLert id. */
  public static fromId(scope: Construct, id: string, userId: string, options: UserFromIdOptions = {}): IUser {
    return new (class extends Construct implements IUser {
      public readonly userId = checkIlertId(this, "userId", userId);
      public readonly email = options?.email;
      constructor() {
        super(scope, id);
        checkProps(this, options, USER_FROM_ID_OPTIONS, "pass { email }, or no options", "options");
        checkOptionalString(this, "email", options.email, emailRule("use the user's login email, or leave it unset"));
      }
    })();
  }

  /** An existing user looked up by login email (`ilert_user` data source). */
  public static fromEmail(scope: Construct, id: string, email: string, options: LookupOptions = {}): IUser {
    return new (class extends Construct implements IUser {
      public readonly userId = lookupId(this, DataIlertUser, "email", email, options, emailRule("pass the user's login email"));
      public readonly email = email;
    })(scope, id);
  }

  /** The `ilert_user` resource. */
  public readonly resource: UserResource;
  /** The user's iLert id, a Terraform reference. */
  public readonly userId: string;
  /**
   * The user's email address, as given. Always set for a declared user (optional only because
   * {@link IUser.email} is).
   */
  public readonly email?: string;

  constructor(scope: Construct, id: string, props: UserProps) {
    super(scope, id);
    checkProps(this, props, USER_PROPS, "pass { email, firstName, lastName }");
    checkString(this, "email", props.email, emailRule("use the person's email address"));
    for (const prop of ["firstName", "lastName"] as const) {
      checkString(this, prop, props[prop], {
        maxLength: 255,
        fix: `set ${prop} to the person's ${prop === "firstName" ? "first" : "last"} name`,
      });
    }
    for (const prop of ["position", "department"] as const) {
      checkOptionalString(this, prop, props[prop], { maxLength: 255, fix: `set ${prop} to text of 1-255 bytes, or leave it unset` });
    }
    checkEnum(this, "role", props.role, UserRole);
    checkEnum(this, "language", props.language, UserLanguage);
    checkTimezone(this, "timezone", props.timezone);
    checkOptionalBoolean(this, "sendNoInvitation", props.sendNoInvitation);
    this.email = props.email;
    this.resource = new UserResource(this, "Resource", {
      email: escapeTerraformTemplate(props.email),
      firstName: escapeTerraformTemplate(props.firstName),
      lastName: escapeTerraformTemplate(props.lastName),
      role: props.role?.value,
      timezone: props.timezone,
      language: props.language?.value,
      position: escapeOptional(props.position),
      department: escapeOptional(props.department),
      sendNoInvitation: props.sendNoInvitation,
      provider: useProvider(this, "ilert", "ilertProvider", props.ilertProvider),
    });
    this.userId = this.resource.id;
  }

  /**
   * Makes this user adopt an existing one instead of creating them: Terraform imports the user by
   * `userId` (their contacts and on-call reminders cannot be imported, see docs/adopting.md). iLert
   * provider 2.20.0 never reads `send_no_invitation` back, so with `sendNoInvitation` set the first
   * plan shows it as an update, which changes nothing in iLert.
   */
  public adoptExisting(props: AdoptUserProps): void {
    checkProps(this, props, ADOPT_USER_PROPS, 'pass { userId: "1234" }');
    const id = adoptedIlertId(this, "userId", props.userId, 'use the numeric id in the user\'s iLert URL, e.g. "1234"');
    adoptResource(this.resource, id, adoptionOptions(this, props));
  }
}
