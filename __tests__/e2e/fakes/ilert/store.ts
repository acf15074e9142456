import { badRequest, notFound } from "./errors";
import { ReferencedKind, referencesTo } from "./references";
import { IlertSeed, seededKinds } from "./seed";
import type {
  AlertSource,
  DutyPreference,
  EmailContact,
  EscalationPolicy,
  IlertAlert,
  PhoneContact,
  Schedule,
  SupportHour,
  Team,
  TeamShort,
  User,
} from "./types";

/** The account's state, in the API's JSON shape, plus the lookups and reference checks every resource shares. */
export class IlertStore {
  readonly alertSources = new Map<number, AlertSource>();
  readonly escalationPolicies = new Map<number, EscalationPolicy>();
  readonly schedules = new Map<number, Schedule>();
  readonly teams = new Map<number, Team>();
  readonly users = new Map<number, User>();
  readonly emailContacts = new Map<number, EmailContact>();
  readonly phoneContacts = new Map<number, PhoneContact>();
  readonly dutyPreferences = new Map<number, DutyPreference>();
  readonly supportHours = new Map<number, SupportHour>();
  readonly alerts: IlertAlert[] = [];
  private lastId: number;

  constructor(seed: IlertSeed) {
    this.lastId = Math.max(0, ...seededKinds(seed).flatMap(([, entities]) => entities.map((entity) => entity.id)));
    for (const user of seed.users) this.addUser({ ...user, username: user.username ?? user.email });
    for (const team of seed.teams) this.teams.set(team.id, { ...team, visibility: "PUBLIC", members: [] });
    for (const policy of seed.escalationPolicies ?? []) {
      // The seed names the policy only; it pages the first seeded user so alerts routed to it have a target.
      this.escalationPolicies.set(policy.id, {
        ...policy,
        escalationRules: [{ escalationTimeout: 0, user: this.userView(seed.users[0].id) }],
      });
    }
    // A seeded schedule: the first seeded user on call, a week at a time (its rotation is the fake's own choice).
    for (const schedule of seed.schedules ?? []) {
      this.schedules.set(schedule.id, {
        ...schedule,
        timezone: "Europe/Berlin",
        type: "RECURRING",
        defaultShiftDuration: "P7D",
        scheduleLayers: [{ name: "Seeded", startsOn: "2026-01-05T09:00", rotation: "P7D", users: [this.userView(seed.users[0].id)] }],
      });
    }
    // Seeded support hours: weekdays 08:00-17:00 (the provider's default day), in Berlin.
    const weekday = { start: "08:00", end: "17:00" };
    for (const supportHour of seed.supportHours ?? []) {
      this.supportHours.set(supportHour.id, {
        ...supportHour,
        timezone: "Europe/Berlin",
        supportDays: Object.fromEntries(["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"].map((day) => [day, weekday])),
      });
    }
  }

  /** Ids are int64 numbers, increasing, never reused, above every seeded id. */
  nextId(): number {
    return ++this.lastId;
  }

  /** The entity with `id` in `map`; a 404 naming `kind` when there is none (path ids). */
  get<T>(map: Map<number, T>, kind: string, id: number): T {
    const found = map.get(id);
    if (found === undefined) throw notFound(`${kind} ${id} not found`);
    return found;
  }

  /** The entity of `map` matching `test` (a lookup by name or email); a 404 naming `what` when there is none. */
  find<T>(map: Map<number, T>, what: string, test: (entity: T) => boolean): T {
    const found = [...map.values()].find(test);
    if (found === undefined) throw notFound(`${what} not found`);
    return found;
  }

  /** Deletes the entity with `id`; a 404 when there is none. */
  remove<T>(map: Map<number, T>, kind: string, id: number): void {
    this.get(map, kind, id);
    map.delete(id);
  }

  /** Deletes the entity with `id` unless another still names it (a 400 saying which, see references.ts); a 404 when there is none. */
  removeUnreferenced<T>(map: Map<number, T>, kind: ReferencedKind, id: number): void {
    this.get(map, kind, id);
    const references = referencesTo(this, kind, id);
    if (references.length > 0) throw badRequest(`${kind} ${id} is still used by ${references.join(", ")}`);
    map.delete(id);
  }

  /**
   * Adds a user with the email contact of their login, which iLert creates with every user: the
   * provider's own examples (user_email_contact, user_duty_preference) look it up right after
   * creating the user, and the apps look it up for email reminders.
   */
  addUser(user: User): User {
    this.users.set(user.id, user);
    const contact = { id: this.nextId(), target: user.email, status: "OK", userId: user.id };
    this.emailContacts.set(contact.id, contact);
    return user;
  }

  /** The user a body refers to, as the API embeds users; a 400 when there is none. */
  userView(id: number): User {
    const user = this.users.get(id);
    if (user === undefined) throw badRequest(`user ${id} does not exist`);
    return { ...user };
  }

  /** The schedule a body refers to, in its short form; a 400 when there is none. */
  scheduleView(id: number): Pick<Schedule, "id" | "name" | "timezone" | "type"> {
    const schedule = this.schedules.get(id);
    if (schedule === undefined) throw badRequest(`schedule ${id} does not exist`);
    return { id, name: schedule.name, timezone: schedule.timezone, type: schedule.type };
  }

  /** Checks that every team exists and returns them as the API does: sorted by id, whatever order they came in. */
  teamViews(teams: TeamShort[]): TeamShort[] {
    return teams
      .map(({ id }) => {
        const team = this.teams.get(id);
        if (team === undefined) throw badRequest(`team ${id} does not exist`);
        return { id, name: team.name };
      })
      .sort((a, b) => a.id - b.id);
  }

  /**
   * The teams after a write: on update an omitted `teams` keeps the current ones (ilert-go omits an empty
   * list, so only an explicit `[]` clears them); on create an omitted `teams` means none.
   */
  teamsAfterWrite(sent: TeamShort[] | undefined, current: TeamShort[] | undefined): TeamShort[] | undefined {
    return sent === undefined ? current : this.teamViews(sent);
  }
}
