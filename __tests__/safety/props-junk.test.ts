import * as fc from "fast-check";
import { TerraformStack } from "cdktf";
import {
  AlertPriorityRule,
  DatadogPayload,
  DayOfWeek,
  EscalationPolicy,
  EscalationTarget,
  IlertDatadogIntegration,
  IlertDatadogValidationError,
  IUser,
  MonitorTransition,
  OnCallReminder,
  OnCallSchedule,
  ReminderContact,
  ReminderMethod,
  Rotation,
  Team,
  TeamMemberRole,
  User,
} from "../../constructs";
import { synth } from "../helpers/synth";
import { fcRuns } from "../helpers/terraform-literal";

// Props as plain JavaScript or JSON config can pass them: valid props with one value anywhere in
// the tree (the props themselves, a field, a list, a list element, one past a list's end) replaced
// by an arbitrary JSON-ish value. Declaring the construct must synthesize, or throw the library's
// error naming that place (or a place inside it): never a TypeError, never another place.

type Segment = string | number;

/** Arbitrary values of the wrong shape: null, undefined, numbers, strings, lists, objects. */
const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(undefined, null, [], {}, [null], [undefined]),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.string({ maxLength: 8 }),
  fc.array(fc.constantFrom(null, undefined, 1, "x", {}), { minLength: 1, maxLength: 3 }),
  fc.jsonValue({ maxDepth: 2 }),
);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/** Every place in the plain objects and lists of `tree` (class instances are leaves), and one past each list's end. */
function places(tree: unknown, at: Segment[] = []): Segment[][] {
  if (Array.isArray(tree)) return [at, ...tree.flatMap((item, i) => places(item, [...at, i])), [...at, tree.length]];
  if (isPlainObject(tree)) return [at, ...Object.entries(tree).flatMap(([key, value]) => places(value, [...at, key]))];
  return [at];
}

/** `tree` with `value` at `at`, copying the objects and lists on the way. */
function withValueAt(tree: unknown, at: readonly Segment[], value: unknown): unknown {
  if (at.length === 0) return value;
  const [head, ...rest] = at;
  const copy = (Array.isArray(tree) ? [...tree] : { ...(tree as object) }) as Record<Segment, unknown>;
  copy[head] = withValueAt(copy[head], rest, value);
  return copy;
}

/** The prop path the library's messages use, e.g. `layers[0].users[2]`; `root` for the root. */
function propPath(at: readonly Segment[], root: string): string {
  if (at.length === 0) return root;
  return at.map((s, i) => (typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`)).join("");
}

/**
 * Property: with junk at any place of the props `valid(stack)` builds, `declare` synthesizes or
 * throws IlertDatadogValidationError whose prop is that place or inside it. `root` is how messages
 * name the whole object; `missing` names props whose absence is reported at another one (`shifts`
 * absent: no `layers` either). Then, for each plain object of the props, an unknown key `zq` there
 * must be refused by its path. Returns the places tried.
 */
function junkAnywhere<P>(
  valid: (stack: TerraformStack) => P,
  declare: (stack: TerraformStack, props: P) => void,
  { runs = 300, root = "props", missing = {} }: { runs?: number; root?: string; missing?: Record<string, string> } = {},
): Set<string> {
  let all: Segment[][] = [];
  let structs: Segment[][] = [];
  synth((stack) => {
    const props = valid(stack);
    all = places(props);
    structs = all.filter((at) => isPlainObject(at.reduce<unknown>((v, s) => (v as Record<Segment, unknown>)[s], props)));
    declare(stack, props);
  });
  const tried = new Set<string>();
  fc.assert(
    fc.property(fc.nat({ max: all.length - 1 }), junk, (index, value) => {
      const at = all[index];
      // At the root, an object is read as props; it is the fields inside that are checked.
      if (at.length === 0 && isPlainObject(value)) return;
      const path = propPath(at, root);
      tried.add(path);
      try {
        synth((stack) => declare(stack, withValueAt(valid(stack), at, value) as P));
      } catch (e) {
        if (!(e instanceof IlertDatadogValidationError)) throw e;
        const inside =
          e.prop === path ||
          e.prop.startsWith(`${path}.`) ||
          e.prop.startsWith(`${path}[`) ||
          (value === undefined && e.prop === missing[path]);
        if (!inside) throw new Error(`junk ${JSON.stringify(value)} at ${path} was reported at ${e.prop}: ${e.message}`);
        expect(e.message).toContain(e.received === undefined ? `missing ${e.prop}: ` : `invalid ${e.prop} `);
      }
    }),
    { numRuns: fcRuns(runs) },
  );
  // An unknown key in any of the structs (the props and every plain object in them) is refused by
  // its path, whatever the struct: no struct's keys are left unchecked.
  for (const at of structs) {
    const key = propPath([...at, "zq"], root).replace(/^(props|options)\./, "");
    let error: unknown;
    try {
      synth((stack) => declare(stack, withValueAt(valid(stack), [...at, "zq"], 1) as P));
    } catch (e) {
      error = e;
    }
    expect({ at, error: error instanceof IlertDatadogValidationError ? [error.prop, error.received, error.fix] : error }).toEqual({
      at,
      error: [key, 1, "remove zq, or use one of those"],
    });
  }
  return tried;
}

/** The handle of existing user `id`, one per stack. */
const user = (stack: TerraformStack, id: string) =>
  (stack.node.tryFindChild(`User${id}`) as IUser | undefined) ?? User.fromId(stack, `User${id}`, id);

test("junk anywhere in User props", () => {
  junkAnywhere(
    () => ({ email: "ada@example.com", firstName: "Ada", lastName: "Lovelace", timezone: "Europe/London", position: "SRE" }),
    (stack, props) => new User(stack, "Ada", props),
  );
});

test("junk anywhere in Team props", () => {
  junkAnywhere(
    (stack) => ({ name: "Payments", members: [{ user: user(stack, "1"), role: TeamMemberRole.ADMIN }, { user: user(stack, "2") }] }),
    (stack, props) => new Team(stack, "Team", props),
  );
});

test("junk anywhere in EscalationPolicy props", () => {
  const tried = junkAnywhere(
    (stack) => ({
      name: "Payments",
      rules: [
        { target: EscalationTarget.user(user(stack, "1")), escalationTimeoutMin: 10 },
        { target: EscalationTarget.users(user(stack, "2"), user(stack, "3")), escalationTimeoutMin: 20 },
      ],
      repeating: true,
      frequency: 2,
      delayMin: 1,
      routingKey: "payments",
      teams: [Team.fromId(stack, "Team", "5")],
    }),
    (stack, props) => new EscalationPolicy(stack, "Policy", props),
  );
  expect([...tried]).toEqual(expect.arrayContaining(["props", "rules[1]", "rules[2]", "rules[0].target", "teams[0]"]));
});

test("junk among the users, schedules or teams of an escalation target", () => {
  const factories = {
    users: (stack: TerraformStack, items: unknown[]) =>
      EscalationTarget.users(...(items.map((x, i) => x ?? user(stack, `${i + 1}`)) as never[])),
    schedules: (stack: TerraformStack, items: unknown[]) =>
      EscalationTarget.schedules(...(items.map((x, i) => x ?? OnCallSchedule.fromId(stack, `S${i}`, `${i + 1}`)) as never[])),
    teams: (stack: TerraformStack, items: unknown[]) =>
      EscalationTarget.teams(...(items.map((x, i) => x ?? Team.fromId(stack, `T${i}`, `${i + 1}`)) as never[])),
  };
  const bad = junk.filter((v) => v !== undefined && v !== null);
  fc.assert(
    fc.property(fc.constantFrom("users", "schedules", "teams" as const), fc.nat({ max: 2 }), bad, (kind, index, value) => {
      const items: unknown[] = [undefined, undefined, undefined];
      items[index] = value;
      const err = (() => {
        try {
          synth(
            (stack) =>
              new EscalationPolicy(stack, "P", { name: "P", rules: [{ target: factories[kind](stack, items), escalationTimeoutMin: 5 }] }),
          );
        } catch (e) {
          return e;
        }
        return undefined;
      })();
      expect(err).toBeInstanceOf(IlertDatadogValidationError);
      expect((err as IlertDatadogValidationError).prop).toBe(`rules[0].target[${index}]`);
    }),
    { numRuns: fcRuns(100) },
  );
});

test("junk anywhere in OnCallSchedule props (recurring)", () => {
  const tried = junkAnywhere(
    (stack) => ({
      name: "Payments",
      timezone: "Europe/Berlin",
      layers: [
        {
          name: "Days",
          users: [user(stack, "1"), user(stack, "2")],
          rotation: Rotation.weekly(),
          start: "2026-01-05T09:00",
          restrictions: [{ start: { day: DayOfWeek.MONDAY, time: "09:00" }, end: { day: DayOfWeek.FRIDAY, time: "17:00" } }],
        },
      ],
      showGaps: true,
      defaultShiftDuration: "PT8H",
      teams: [Team.fromId(stack, "Team", "5")],
    }),
    (stack, props) => new OnCallSchedule(stack, "Schedule", props),
    { runs: 500 },
  );
  expect([...tried]).toEqual(expect.arrayContaining(["layers[0]", "layers[0].users[1]", "layers[0].restrictions[0].start"]));
});

test("junk anywhere in OnCallSchedule props (static)", () => {
  junkAnywhere(
    (stack) => ({
      name: "Payments",
      timezone: "Europe/Berlin",
      shifts: [
        { user: user(stack, "1"), start: "2026-01-05T09:00", end: "2026-01-06T09:00" },
        { user: user(stack, "2"), start: "2026-01-06T09:00", end: "2026-01-07T09:00" },
      ],
    }),
    (stack, props) => new OnCallSchedule(stack, "Schedule", props),
    { missing: { shifts: "layers" } },
  );
});

test("junk anywhere in OnCallReminder props", () => {
  junkAnywhere(
    (stack) => ({ user: user(stack, "1"), beforeMin: 60, method: ReminderMethod.EMAIL, contact: ReminderContact.email("ada@example.com") }),
    (stack, props) => new OnCallReminder(stack, "Reminder", props),
  );
});

test("junk anywhere in the options of remindResponders", () => {
  junkAnywhere(
    (stack) => ({
      beforeMin: 60,
      method: ReminderMethod.SMS,
      contacts: [
        { user: user(stack, "1"), contact: ReminderContact.phone("DE", "+4915112345678") },
        { user: user(stack, "2"), contact: ReminderContact.existing("12") },
      ],
      id: "SmsReminder",
    }),
    (stack, options) =>
      new OnCallSchedule(stack, "Schedule", {
        name: "Payments",
        timezone: "Europe/Berlin",
        layers: [{ users: [user(stack, "1"), user(stack, "2")], rotation: Rotation.weekly(), start: "2026-01-05T09:00" }],
      }).remindResponders(options),
  );
});

test("junk anywhere in the options of messageFor", () => {
  junkAnywhere(
    () => ({ transitions: [MonitorTransition.ALERT, MonitorTransition.RECOVERY], resolveOnRecovery: true }),
    (stack, options) =>
      new IlertDatadogIntegration(stack, "Integration", {
        name: "Payments",
        escalationPolicy: EscalationPolicy.fromId(stack, "Policy", "1"),
      }).messageFor("Checkout is failing", options),
    { root: "options", runs: 150 },
  );
});

test("junk anywhere in IlertDatadogIntegration props", () => {
  const tried = junkAnywhere(
    (stack) => ({
      name: "Payments",
      escalationPolicy: EscalationPolicy.fromId(stack, "Policy", "1"),
      webhookName: "ilert-payments",
      priorityRule: AlertPriorityRule.HIGH,
      teams: [Team.fromId(stack, "Team", "5")],
      summaryTemplate: "{{ title }}",
      active: true,
      protectFromDestroy: false,
      payload: DatadogPayload.ilertDefaultWith({ host: "$HOSTNAME" }),
    }),
    (stack, props) => new IlertDatadogIntegration(stack, "Integration", props),
  );
  expect([...tried]).toEqual(expect.arrayContaining(["escalationPolicy", "payload", "teams[0]"]));
});
