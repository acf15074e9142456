import { TerraformStack, Testing } from "cdktf";
import { OnCallReminder } from "../../constructs";
import { parseConfig } from "../../app/config";
import { TeamConfig } from "../../app/config-schema";
import { remindersOf, UserReminders } from "../../app/user-reminders";

/** Team entries as parsed, each with `reminders` and a schedule of `users`. */
function teams(...entries: { users: unknown[]; reminders?: object; escalation?: object }[]): TeamConfig[] {
  return parseConfig(
    {
      environments: [{ key: "prod" }],
      teams: entries.map((e, i) => ({
        key: `team-${i}`,
        schedule: { timezone: "UTC", rotation: "weekly", start: "2026-01-05T09:00", users: e.users },
        escalation: e.escalation ?? { rules: [{ notify: { schedule: true }, escalateAfterMin: 5 }] },
        reminders: e.reminders,
      })),
    },
    "teams.json",
  ).teams;
}

describe("remindersOf", () => {
  test("one reminder per responder of the team, at the team's reminders entry", () => {
    const [team] = teams({ users: ["alice@example.com", { id: "4711" }], reminders: { beforeMin: 60, method: "SMS" } });
    expect(remindersOf(team, 3)).toEqual([
      { person: "alice@example.com", beforeMin: 60, method: "SMS", configPath: "teams[3].reminders" },
      { person: { id: "4711" }, beforeMin: 60, method: "SMS", configPath: "teams[3].reminders" },
    ]);
  });

  test("none for a team without reminders", () => {
    expect(remindersOf(teams({ users: ["alice@example.com"] })[0], 0)).toEqual([]);
  });
});

describe("UserReminders", () => {
  function declare(...entries: Parameters<typeof teams>): { ids: string[]; problems: string[] } {
    const problems: string[] = [];
    const reminders = teams(...entries).flatMap(remindersOf);
    const construct = new UserReminders(new TerraformStack(Testing.app(), "prod-user-settings"), "Reminders", reminders, problems);
    const ids = construct.node.children.filter((c) => c instanceof OnCallReminder).map((c) => c.node.id);
    return { ids, problems };
  }
  const email60 = { beforeMin: 60, method: "EMAIL" };

  test("each person's reminder once, however many teams ask for it; another method or time is another reminder", () => {
    const { ids, problems } = declare(
      { users: ["alice@example.com", "bob@example.com"], reminders: email60 },
      { users: ["alice@example.com"], reminders: email60 },
      { users: ["alice@example.com"], reminders: { beforeMin: 15, method: "EMAIL" } },
      { users: ["alice@example.com"], reminders: { beforeMin: 60, method: "PUSH" } },
    );
    expect(ids).toEqual([
      "Reminder-alice@example.com-EMAIL-60",
      "Reminder-bob@example.com-EMAIL-60",
      "Reminder-alice@example.com-EMAIL-15",
      "Reminder-alice@example.com-PUSH-60",
    ]);
    expect(problems).toEqual([]);
  });

  test("an invalid reminder becomes a problem at its team's reminders entry (at beforeMin or method where the prop is one), and the others are still declared", () => {
    const { ids, problems } = declare(
      { users: ["alice@example.com"], reminders: { beforeMin: 7, method: "PUSH" } },
      { users: ["bob@example.com"], reminders: email60 },
      { users: [{ id: "4711" }], reminders: email60 },
    );
    expect(ids).toContain("Reminder-bob@example.com-EMAIL-60");
    expect(problems).toEqual([
      "teams[0].reminders.beforeMin: invalid value 7: expected one of 0, 15, 30, 60, 180, 360, 720, 1440; iLert reminds only at these minutes before a shift; pick the nearest",
      // A problem of no config key of the entry (here: the person's email is unknown) is at the entry.
      'teams[2].reminders: invalid value undefined: expected an email contact for method EMAIL (no email is known for user prod-user-settings/Reminders/User-id-4711); pass contact: ReminderContact.email("oncall@example.com") or ReminderContact.existing("<contact id>"), or give the user\'s email (User.fromId(..., { email }))',
    ]);
  });

  test("a method the construct refuses is reported at the entry's method (the schema checks it in a parsed config; a reminder made by hand reaches the construct)", () => {
    const problems: string[] = [];
    const reminder = { person: "alice@example.com", beforeMin: 60, method: "FAX", configPath: "teams[1].reminders" };
    new UserReminders(new TerraformStack(Testing.app(), "prod-user-settings"), "Reminders", [reminder], problems);
    expect(problems).toEqual([
      "teams[1].reminders.method: invalid value undefined: expected a ReminderMethod; e.g. ReminderMethod.PUSH or ReminderMethod.EMAIL",
    ]);
  });
});
