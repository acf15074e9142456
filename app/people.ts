import { Construct } from "constructs";
import { IUser, User } from "../constructs";
import { loginContactId } from "../constructs/ilert/reminder/private/user-contacts";
import { UserRefConfig } from "./config-schema";

/**
 * The people of a config: one handle per distinct person in a scope. A person is known by the
 * email or the iLert id the config gives; the same person given once by email and once by id is
 * seen as two.
 *
 * A person given by id with their email (`{ "id": "4711", "email": "carol@example.com" }`) is shown
 * by that email in every stack that names them: their login email contact is looked up
 * (`ilert_user_email_contact` data source, child `LoginEmailContact` of the handle, the one an
 * email reminder of the library looks up and reuses), which is what the tools (on-call calendar,
 * wiring diagram) label a user id by. Without it, a stack whose people get no email reminder would
 * show "iLert user 4711" where another shows the email. The lookup also checks, at plan time, that
 * the email is the user's login email.
 */
export class People {
  private readonly users = new Map<string, IUser>();

  constructor(private readonly scope: Construct) {}

  /** The key of a person: the email, or `id-<id>`; also their construct id's suffix. */
  public static keyOf(ref: UserRefConfig): string {
    return typeof ref === "string" ? ref : `id-${ref.id}`;
  }

  /** The person's handle (`User-<key>`), looked up once per scope. */
  public user(ref: UserRefConfig): IUser {
    const key = People.keyOf(ref);
    let user = this.users.get(key);
    if (!user) {
      user =
        typeof ref === "string"
          ? User.fromEmail(this.scope, `User-${key}`, ref)
          : User.fromId(this.scope, `User-${key}`, ref.id, { email: ref.email });
      if (typeof ref !== "string" && ref.email !== undefined) labelByEmail(user, ref.id);
      this.users.set(key, user);
    }
    return user;
  }
}

/**
 * Looks up the login email contact of a user given by id with their email, as the library's email
 * reminders do (the same data source, by the same code). Not for an id that `user { id }` cannot
 * take as a number exactly (above 2^53): the label falls back.
 */
function labelByEmail(user: IUser, id: string): void {
  const number = Number(id);
  if (!Number.isSafeInteger(number)) return;
  const home = user as unknown as Construct;
  loginContactId(home, home, { user, id: number }, undefined);
}
