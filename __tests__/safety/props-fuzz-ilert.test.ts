import * as fc from "fast-check";
import {
  DayOfWeek,
  EscalationPolicy,
  EscalationTarget,
  OnCallReminder,
  OnCallSchedule,
  ReminderContact,
  ReminderMethod,
  Rotation,
  SupportHours,
  SupportStatus,
  Team,
  TeamMemberRole,
  TeamVisibility,
  User,
  UserLanguage,
  UserRole,
} from "../../constructs";
import { mostly, optional, synthesizesOrRejects } from "../helpers/fuzz";

// Random props for each iLert construct: each case synthesizes or throws IlertDatadogValidationError.

const name = mostly(fc.string({ minLength: 1, maxLength: 30 }));
const constants = (cls: object) =>
  fc.constantFrom(...Object.values(cls).filter((v) => typeof v === "object" && v !== null && "value" in v));
const enumLike = (cls: object, custom: (v: string) => unknown) =>
  fc.oneof(
    { weight: 8, arbitrary: constants(cls) },
    { weight: 1, arbitrary: fc.string().map(custom) },
    { weight: 1, arbitrary: fc.string() },
  );
const int = (min: number, max: number) => fc.integer({ min: min - 3, max: max + 3 });
const email = fc.oneof({ weight: 9, arbitrary: fc.emailAddress() }, { weight: 1, arbitrary: fc.string() });
const dateTime = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .date({ min: new Date("2025-01-01"), max: new Date("2030-01-01"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 16)),
  },
  { weight: 1, arbitrary: fc.string() },
);
const time = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(int(0, 23), int(0, 59)).map(([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`) },
  { weight: 1, arbitrary: fc.string() },
);
const rotation = fc.oneof(
  fc.constant(Rotation.daily()),
  fc.constant(Rotation.weekly()),
  fc.stringMatching(/^P([0-9]{1,2}D|T[0-9]{1,2}H|[0-9]W)$/).map((d) => Rotation.every(d)),
  fc.string().map((d) => ({ toString: () => d }) as unknown as Rotation),
);

test("random User props", () => {
  const props = fc.record({
    email: mostly(email),
    firstName: name,
    lastName: name,
    role: optional(enumLike(UserRole, UserRole.custom)),
    language: optional(enumLike(UserLanguage, UserLanguage.custom)),
    timezone: optional(fc.oneof(fc.constantFrom("Europe/Berlin", "America/New_York", "UTC", "europe/berlin"), fc.string())),
    position: optional(fc.string()),
    sendNoInvitation: optional(fc.boolean()),
  });
  expect(synthesizesOrRejects(props, (stack, p) => new User(stack, "User", p as never), "ilert_user")).toBeGreaterThan(20);
});

test("random Team props", () => {
  const props = fc.record({
    name,
    visibility: optional(enumLike(TeamVisibility, TeamVisibility.custom)),
    members: optional(
      fc.array(fc.record({ id: fc.integer({ min: 0, max: 50 }), role: optional(enumLike(TeamMemberRole, TeamMemberRole.custom)) }), {
        maxLength: 3,
      }),
    ),
  });
  const count = synthesizesOrRejects(
    props,
    (stack, p) =>
      new Team(stack, "Team", {
        name: p.name as string,
        visibility: p.visibility as TeamVisibility,
        members: Array.isArray(p.members)
          ? p.members.map((m, i) => ({ user: User.fromId(stack, `U${i}`, String(m.id)), role: m.role as TeamMemberRole }))
          : (p.members as never),
      }),
    "ilert_team",
  );
  expect(count).toBeGreaterThan(20);
});

test("random EscalationPolicy props", () => {
  const target = fc.constantFrom("user", "users", "schedule", "schedules", "teams", "none");
  const props = fc.record({
    name,
    rules: mostly(
      fc.array(fc.record({ kind: target, n: fc.integer({ min: 0, max: 3 }), timeout: mostly(int(0, 525600)) }), {
        minLength: 0,
        maxLength: 4,
      }),
    ),
    repeating: optional(fc.boolean()),
    frequency: optional(int(1, 9)),
    delayMin: optional(int(0, 15)),
    routingKey: optional(fc.string()),
  });
  const count = synthesizesOrRejects(
    props,
    (stack, p) => {
      const ids = (n: number) => Array.from({ length: n }, (_, i) => String(i + 1));
      const rules = Array.isArray(p.rules)
        ? p.rules.map((r, i) => {
            const users = ids(r.n).map((id) => User.fromId(stack, `R${i}U${id}`, id));
            const schedules = ids(r.n).map((id) => OnCallSchedule.fromId(stack, `R${i}S${id}`, id));
            const teams = ids(r.n).map((id) => Team.fromId(stack, `R${i}T${id}`, id));
            const t =
              r.kind === "user"
                ? EscalationTarget.user(users[0])
                : r.kind === "users"
                  ? EscalationTarget.users(...users)
                  : r.kind === "schedule"
                    ? EscalationTarget.schedule(schedules[0])
                    : r.kind === "schedules"
                      ? EscalationTarget.schedules(...schedules)
                      : r.kind === "teams"
                        ? EscalationTarget.teams(...teams)
                        : undefined;
            return { target: t, escalationTimeoutMin: r.timeout };
          })
        : p.rules;
      new EscalationPolicy(stack, "Policy", { ...p, name: p.name, rules } as never);
    },
    "ilert_escalation_policy",
  );
  expect(count).toBeGreaterThan(20);
});

test("random OnCallSchedule props", () => {
  const restriction = fc.record({
    start: fc.record({ day: enumLike(DayOfWeek, DayOfWeek.custom), time }),
    end: fc.record({ day: enumLike(DayOfWeek, DayOfWeek.custom), time }),
  });
  const layer = fc.record({
    name: optional(fc.string({ maxLength: 20 })),
    users: fc.integer({ min: 0, max: 3 }),
    rotation: mostly(rotation),
    start: mostly(dateTime),
    end: optional(dateTime),
    restrictions: optional(fc.array(restriction, { maxLength: 2 })),
  });
  const shift = fc.record({ start: mostly(dateTime), end: mostly(dateTime) });
  // Mostly a recurring or a static schedule; sometimes both or neither (both rejected).
  const kind = fc.oneof(
    { weight: 5, arbitrary: fc.record({ layers: fc.array(layer, { minLength: 1, maxLength: 2 }), shifts: fc.constant(undefined) }) },
    { weight: 4, arbitrary: fc.record({ layers: fc.constant(undefined), shifts: fc.array(shift, { minLength: 1, maxLength: 2 }) }) },
    {
      weight: 1,
      arbitrary: fc.record({ layers: optional(fc.array(layer, { maxLength: 2 })), shifts: optional(fc.array(shift, { maxLength: 2 })) }),
    },
  );
  const props = fc.record({
    name,
    timezone: mostly(fc.oneof(fc.constantFrom("Europe/Berlin", "Asia/Tokyo"), fc.string())),
    kind,
    showGaps: optional(fc.boolean()),
    defaultShiftDuration: optional(fc.constantFrom("PT8H", "P1D", "8h")),
  });
  const count = synthesizesOrRejects(
    props,
    (stack, p) => {
      const user = (id: string) => User.fromId(stack, `U${id}`, id);
      const { kind, ...rest } = p;
      const { layers: l0, shifts: s0 } = kind as { layers: unknown; shifts: unknown };
      const layers = Array.isArray(l0)
        ? l0.map((l, i) => ({ ...l, users: Array.from({ length: l.users }, (_, u) => user(`${i + 1}${u + 1}`)) }))
        : l0;
      const shifts = Array.isArray(s0) ? s0.map((s, i) => ({ ...s, user: user(`9${i + 1}`) })) : s0;
      new OnCallSchedule(stack, "Schedule", { ...rest, layers, shifts } as never);
    },
    "ilert_schedule",
  );
  expect(count).toBeGreaterThan(20);
});

test("random OnCallReminder props", () => {
  const contact = fc.oneof(
    fc.constant(undefined),
    email.map((e) => ReminderContact.email(e)),
    fc
      .tuple(fc.constantFrom("DE", "US", "de", "X"), fc.oneof(fc.stringMatching(/^\+?[0-9]{5,15}$/), fc.string()))
      .map(([r, n]) => ReminderContact.phone(r, n)),
    fc.oneof(fc.integer({ min: 1, max: 999 }).map(String), fc.string()).map((id) => ReminderContact.existing(id)),
  );
  const props = fc.record({
    beforeMin: mostly(fc.oneof(fc.constantFrom(0, 15, 30, 60, 180, 360, 720, 1440), fc.integer({ min: -10, max: 2000 }))),
    method: mostly(enumLike(ReminderMethod, ReminderMethod.custom)),
    contact,
    knownEmail: fc.boolean(),
  });
  const count = synthesizesOrRejects(
    props,
    (stack, p) => {
      const user = User.fromId(stack, "User", "7", p.knownEmail ? { email: "ada@example.com" } : {});
      new OnCallReminder(stack, "Reminder", {
        user,
        beforeMin: p.beforeMin as number,
        method: p.method as ReminderMethod,
        contact: p.contact,
      });
    },
    "ilert_user_duty_preference",
  );
  expect(count).toBeGreaterThan(20);
});

test("random SupportHours props", () => {
  const day = fc.oneof(
    {
      weight: 8,
      arbitrary: fc
        .date({ min: new Date("2026-01-01"), max: new Date("2028-01-01"), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
    },
    { weight: 1, arbitrary: fc.string() },
  );
  const hours = (usual: string[]) => fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...usual) }, { weight: 1, arbitrary: time });
  // Days split into entries, mostly each day once; sometimes a day twice.
  const supportDays = fc.tuple(fc.subarray(DayOfWeek.values(), { minLength: 1 }), fc.nat(), fc.boolean()).chain(([days, cut, twice]) => {
    const at = (cut % days.length) + 1;
    const groups = [days.slice(0, at), days.slice(at)].filter((g) => g.length > 0);
    if (twice && groups.length > 1) groups[1].push(groups[0][0]);
    return fc.tuple(
      ...groups.map((g) => fc.record({ days: mostly(fc.constant(g)), start: hours(["08:00", "09:30"]), end: hours(["17:00", "18:00"]) })),
    );
  });
  const props = fc.record({
    name,
    timezone: mostly(fc.constantFrom("Europe/Berlin", "America/New_York", "UTC", "europe/berlin")),
    supportDays: mostly(supportDays),
    exceptions: optional(
      fc.array(
        fc.record({ name, firstDay: day, lastDay: optional(day), supportStatus: optional(enumLike(SupportStatus, SupportStatus.custom)) }),
        {
          maxLength: 2,
        },
      ),
    ),
  });
  expect(
    synthesizesOrRejects(props, (stack, p) => new SupportHours(stack, "Hours", p as never), "ilert_support_hour", 300),
  ).toBeGreaterThan(20);
});
