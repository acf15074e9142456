import { Construct } from "constructs";
import { IUser, User } from "../constructs";
import { UserRefConfig } from "./config";

/**
 * The people of a config: one handle per distinct person in a scope. A person is known by the
 * email or the iLert id the config gives; the same person given once by email and once by id is
 * seen as two.
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
      this.users.set(key, user);
    }
    return user;
  }
}
