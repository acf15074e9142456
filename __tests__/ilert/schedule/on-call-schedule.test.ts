import * as fc from "fast-check";
import { TerraformStack, TerraformVariable } from "cdktf";
import { DatadogProvider } from "@cdktf/provider-datadog/lib/provider";
import { IlertProvider } from "../../../.gen/providers/ilert/provider";
import {
  DayOfWeek,
  IlertDatadogValidationError,
  IUser,
  OnCallSchedule,
  OnCallScheduleProps,
  ReminderContact,
  ReminderMethod,
  Rotation,
  ScheduleLayer,
  Team,
  User,
} from "../../../constructs";
import { describeValue } from "../../../constructs/core/shown-text";
import { synthesizesOrRejects } from "../../helpers/fuzz";
import { ownHandle } from "../../helpers/handles";
import { only, synth, thrown } from "../../helpers/synth";

function people(stack: TerraformStack): { alice: IUser; bob: IUser; carol: IUser } {
  return {
    alice: new User(stack, "Alice", { email: "alice@example.com", firstName: "Alice", lastName: "Smith" }),
    bob: User.fromEmail(stack, "Bob", "bob@example.com"),
    carol: User.fromId(stack, "Carol", "43"),
  };
}

function weekly(stack: TerraformStack, props: Partial<OnCallScheduleProps> = {}, layer: Partial<ScheduleLayer> = {}): OnCallSchedule {
  const { alice, bob } = people(stack);
  return new OnCallSchedule(stack, "Schedule", {
    name: "Payments",
    timezone: "Europe/Berlin",
    layers: [{ users: [alice, bob], rotation: Rotation.weekly(), start: "2026-01-05T09:00", ...layer }],
    ...props,
  });
}

function failure(build: (stack: TerraformStack) => unknown): string {
  const err = thrown(() => synth(build));
  expect(err).toBeInstanceOf(IlertDatadogValidationError);
  return err.message;
}

describe("OnCallSchedule", () => {
  describe("recurring", () => {
    test("a weekly rotation: one layer whose users reference declared, looked-up and existing users", () => {
      const { tf } = synth((stack) => {
        const { alice, bob, carol } = people(stack);
        new OnCallSchedule(stack, "Schedule", {
          name: "Payments ${prod}",
          timezone: "Europe/Berlin",
          layers: [{ users: [alice, bob, carol], rotation: Rotation.weekly(), start: "2026-01-05T09:00" }],
        });
      });
      const alice = only(tf, "resource", "ilert_user").name;
      const bob = only(tf, "data", "ilert_user").name;
      expect(only(tf, "resource", "ilert_schedule").body).toEqual({
        name: "Payments $${prod}",
        timezone: "Europe/Berlin",
        type: "RECURRING",
        schedule_layer: [
          {
            name: "Layer 1",
            starts_on: "2026-01-05T09:00",
            rotation: "P7D",
            user: [{ id: `\${ilert_user.${alice}.id}` }, { id: `\${data.ilert_user.${bob}.id}` }, { id: "43" }],
          },
        ],
      });
    });

    test("every option: several layers, daily and custom rotations, weekday restrictions, gaps, shift duration, teams", () => {
      const { tf } = synth((stack) => {
        const { alice, bob, carol } = people(stack);
        const weekdays = [DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY];
        new OnCallSchedule(stack, "Schedule", {
          name: "Payments",
          timezone: "America/New_York",
          layers: [
            {
              name: "Business hours",
              users: [alice, bob],
              rotation: Rotation.daily(),
              start: "2026-01-05T09:00",
              restrictions: weekdays.map((day) => ({ start: { day, time: "09:00" }, end: { day, time: "17:00" } })),
            },
            { name: "Nights", users: [carol], rotation: Rotation.every("P14D"), start: "2026-01-05T17:00" },
          ],
          showGaps: true,
          defaultShiftDuration: "PT8H",
          teams: [Team.fromId(stack, "Team", "11")],
        });
      });
      const body = only(tf, "resource", "ilert_schedule").body;
      expect(body.schedule_layer[0]).toMatchObject({
        name: "Business hours",
        rotation: "P1D",
        starts_on: "2026-01-05T09:00",
        restriction_type: "TIMES_OF_WEEK",
      });
      expect(body.schedule_layer[0].restriction).toHaveLength(5);
      expect(body.schedule_layer[0].restriction[4]).toEqual({
        from: { day_of_week: "FRIDAY", time: "09:00" },
        to: { day_of_week: "FRIDAY", time: "17:00" },
      });
      expect(body.schedule_layer[1]).toEqual({ name: "Nights", rotation: "P14D", starts_on: "2026-01-05T17:00", user: [{ id: "43" }] });
      expect(body).toMatchObject({
        type: "RECURRING",
        timezone: "America/New_York",
        show_gaps: true,
        default_shift_duration: "PT8H",
        team: [{ id: 11 }],
      });
    });

    test("never sets current_shift or next_shift (the provider would panic), nor shifts", () => {
      const { tf } = synth((stack) => weekly(stack));
      expect(Object.keys(only(tf, "resource", "ilert_schedule").body).sort()).toEqual(["name", "schedule_layer", "timezone", "type"]);
    });
  });

  describe("static", () => {
    test("explicit shifts make a STATIC schedule referencing the users", () => {
      const { tf } = synth((stack) => {
        const { alice, carol } = people(stack);
        new OnCallSchedule(stack, "Holidays", {
          name: "Payments holidays",
          timezone: "Europe/Berlin",
          shifts: [
            { user: alice, start: "2026-12-24T00:00", end: "2026-12-27T00:00" },
            { user: carol, start: "2026-12-27T00:00", end: "2027-01-02T00:00" },
          ],
          defaultShiftDuration: "P1D",
        });
      });
      const alice = only(tf, "resource", "ilert_user").name;
      expect(only(tf, "resource", "ilert_schedule").body).toEqual({
        name: "Payments holidays",
        timezone: "Europe/Berlin",
        type: "STATIC",
        shift: [
          { user: `\${ilert_user.${alice}.id}`, start: "2026-12-24T00:00", end: "2026-12-27T00:00" },
          { user: "43", start: "2026-12-27T00:00", end: "2027-01-02T00:00" },
        ],
        default_shift_duration: "P1D",
      });
    });
  });

  describe("limits and spellings", () => {
    test("names of exactly 255 bytes are accepted, 256 refused", () => {
      const name = "é".repeat(127) + "x"; // 255 bytes
      const { tf } = synth((stack) => weekly(stack, { name }, { name }));
      const body = only(tf, "resource", "ilert_schedule").body;
      expect([body.name, body.schedule_layer[0].name]).toEqual([name, name]);
      expect(failure((stack) => weekly(stack, { name: name + "x" }))).toBe(
        `test/Schedule: invalid name ${describeValue(name + "x")}: expected a string of 1-255 bytes (UTF-8); use a schedule name of 1-255 bytes`,
      );
    });

    test("layers without a name are numbered from 1", () => {
      const { tf } = synth((stack) => {
        const { alice, bob } = people(stack);
        new OnCallSchedule(stack, "Schedule", {
          name: "Payments",
          timezone: "Europe/Berlin",
          layers: [
            { users: [alice], rotation: Rotation.weekly(), start: "2026-01-05T09:00" },
            { users: [bob], rotation: Rotation.weekly(), start: "2026-01-05T09:00" },
          ],
        });
      });
      expect(only(tf, "resource", "ilert_schedule").body.schedule_layer.map((l: any) => l.name)).toEqual(["Layer 1", "Layer 2"]);
    });

    test("time-zone aliases of the tz database are accepted as spelled; tokens are not judged", () => {
      for (const timezone of ["UTC", "US/Pacific", "Asia/Calcutta"]) {
        const { tf } = synth((stack) => weekly(stack, { timezone }));
        expect(only(tf, "resource", "ilert_schedule").body.timezone).toBe(timezone);
      }
      const { tf } = synth((stack) => {
        const name = new TerraformVariable(stack, "name", { type: "string" }).stringValue;
        weekly(stack, { name, timezone: new TerraformVariable(stack, "tz", { type: "string" }).stringValue });
      });
      expect(only(tf, "resource", "ilert_schedule").body).toMatchObject({ name: "${var.name}", timezone: "${var.tz}" });
    });

    test("refuses a timezone of wrong letter case, naming the canonical spelling", () => {
      expect(failure((stack) => weekly(stack, { timezone: "utc" }))).toBe(
        'test/Schedule: invalid timezone "utc": expected an IANA time zone name such as "Europe/Berlin" or "America/New_York"; spell it "UTC"',
      );
    });

    test("each date-time and the shift itself is refused under its own path", () => {
      const dt = (path: string, value: string) =>
        `test/Schedule: invalid ${path} "${value}": expected a date-time "YYYY-MM-DDTHH:mm" in the schedule's time zone, e.g. "2026-01-05T09:00"; write the local date and time to the minute, without seconds or zone`;
      const staticSchedule = (stack: TerraformStack, shift: object) =>
        new OnCallSchedule(stack, "Schedule", {
          name: "S",
          timezone: "Europe/Berlin",
          shifts: [{ user: User.fromId(stack, "Carol", "43"), start: "2026-01-05T09:00", end: "2026-01-06T09:00", ...shift }],
        });
      expect(failure((stack) => staticSchedule(stack, { start: "2026-01-05 09:00" }))).toBe(dt("shifts[0].start", "2026-01-05 09:00"));
      expect(failure((stack) => staticSchedule(stack, { end: "tomorrow" }))).toBe(dt("shifts[0].end", "tomorrow"));
      expect(
        failure((stack) => new OnCallSchedule(stack, "Schedule", { name: "S", timezone: "Europe/Berlin", shifts: ["x" as never] })),
      ).toBe('test/Schedule: invalid shifts[0] "x": expected { user, start, end }; describe the shift as an object');
    });

    test("fromId names its prop; a provider of the wrong kind is refused as ilertProvider", () => {
      expect(failure((stack) => OnCallSchedule.fromId(stack, "Old", "rota"))).toMatch(
        /^test\/Old: invalid scheduleId "rota": expected digits/,
      );
      expect(failure((stack) => weekly(stack, { ilertProvider: new DatadogProvider(stack, "Wrong", {}) as never }))).toMatch(
        /^test\/Schedule: invalid ilertProvider "a Datadog provider": expected an iLert provider; /,
      );
    });

    test("showGaps must be a boolean", () => {
      expect(failure((stack) => weekly(stack, { showGaps: "true" as never }))).toBe(
        'test/Schedule: invalid showGaps "true": expected true or false; set showGaps to a boolean',
      );
    });

    test("a shift that is not an object, or a layer given as a string, is refused", () => {
      expect(
        failure((stack) => new OnCallSchedule(stack, "Schedule", { name: "S", timezone: "Europe/Berlin", layers: ["x" as never] })),
      ).toBe('test/Schedule: invalid layers[0] "x": expected { users, rotation, start }; describe the layer as an object');
      expect(
        failure((stack) => new OnCallSchedule(stack, "Schedule", { name: "S", timezone: "Europe/Berlin", shifts: "x" as never })),
      ).toBe(
        'test/Schedule: invalid shifts "x": expected a list of at least 1 item; add at least one shift, e.g. { user, start: "2026-01-05T09:00", end: "2026-01-12T09:00" }',
      );
    });
  });

  describe("existing schedules", () => {
    test("fromId takes the id; fromName looks it up through the ilert_schedule data source", () => {
      const { tf } = synth((stack) => {
        expect(OnCallSchedule.fromId(stack, "ById", "77").scheduleId).toBe("77");
        expect(OnCallSchedule.fromId(stack, "ById2", "78").responders).toBeUndefined();
        OnCallSchedule.fromName(stack, "ByName", "Payments ${prod}");
      });
      expect(only(tf, "data", "ilert_schedule").body).toEqual({ name: "Payments $${prod}" });
    });

    test("fromName with an aliased provider", () => {
      const { tf } = synth((stack) =>
        OnCallSchedule.fromName(stack, "ByName", "Payments", { ilertProvider: new IlertProvider(stack, "Eu", { alias: "eu" }) }),
      );
      expect(only(tf, "data", "ilert_schedule").body.provider).toBe("ilert.eu");
    });
  });

  test("responders are the users of all layers, each once, in order of first appearance", () => {
    synth((stack) => {
      const { alice, bob, carol } = people(stack);
      const schedule = new OnCallSchedule(stack, "Schedule", {
        name: "Payments",
        timezone: "Europe/Berlin",
        layers: [
          { users: [bob, alice, bob], rotation: Rotation.weekly(), start: "2026-01-05T09:00" },
          { users: [carol, alice], rotation: Rotation.daily(), start: "2026-01-05T09:00" },
        ],
      });
      expect(schedule.responders).toEqual([bob, alice, carol]);
    });
  });

  describe("remindResponders", () => {
    test("one reminder per responder, even if in several layers, each referencing its user", () => {
      const { tf } = synth((stack) => {
        const { alice, bob } = people(stack);
        const schedule = new OnCallSchedule(stack, "Schedule", {
          name: "Payments",
          timezone: "Europe/Berlin",
          layers: [
            { users: [alice, bob], rotation: Rotation.weekly(), start: "2026-01-05T09:00" },
            { users: [bob], rotation: Rotation.daily(), start: "2026-01-05T09:00" },
          ],
        });
        expect(schedule.remindResponders({ beforeMin: 30, method: ReminderMethod.PUSH })).toHaveLength(2);
      });
      const alice = only(tf, "resource", "ilert_user").name;
      const bob = only(tf, "data", "ilert_user").name;
      expect(Object.values<any>(tf.resource.ilert_user_duty_preference)).toEqual([
        { type: "ON_CALL", method: "PUSH", before_min: 30, user: { id: `\${ilert_user.${alice}.id}` } },
        { type: "ON_CALL", method: "PUSH", before_min: 30, user: { id: `\${data.ilert_user.${bob}.id}` } },
      ]);
    });

    test("EMAIL reminders of a static schedule go to the users' known emails, looked up", () => {
      const { tf } = synth((stack) => {
        const { alice, bob } = people(stack);
        new OnCallSchedule(stack, "Holidays", {
          name: "Holidays",
          timezone: "Europe/Berlin",
          shifts: [
            { user: alice, start: "2026-12-24T00:00", end: "2026-12-27T00:00" },
            { user: bob, start: "2026-12-27T00:00", end: "2027-01-02T00:00" },
          ],
        }).remindResponders({ beforeMin: 1440, method: ReminderMethod.EMAIL });
      });
      const contacts = Object.entries<any>(tf.data.ilert_user_email_contact);
      expect(contacts.map(([, c]) => c.target)).toEqual(["alice@example.com", "bob@example.com"]);
      expect(Object.values<any>(tf.resource.ilert_user_duty_preference).map((p) => p.contact.id)).toEqual(
        contacts.map(([name]) => `\${data.ilert_user_email_contact.${name}.id}`),
      );
      expect(tf.resource.ilert_user_email_contact).toBeUndefined();
    });

    test("reordering the users of layers never changes a Terraform address", () => {
      const declare = (reverse: boolean) =>
        synth((stack) => {
          const { alice, bob, carol } = people(stack);
          const users = reverse ? [carol, bob, alice] : [alice, bob, carol];
          new OnCallSchedule(stack, "Schedule", {
            name: "Payments",
            timezone: "Europe/Berlin",
            layers: [{ users, rotation: Rotation.weekly(), start: "2026-01-05T09:00" }],
          }).remindResponders({
            beforeMin: 60,
            method: ReminderMethod.SMS,
            contacts: users.map((user) => ({ user, contact: ReminderContact.phone("DE", "+4915112345678") })),
          });
        }).tf;
      const names = (tf: Record<string, any>) =>
        ["ilert_user_duty_preference", "ilert_user_phone_number_contact"].flatMap((t) => Object.keys(tf.resource[t])).sort();
      expect(names(declare(false))).toHaveLength(6);
      expect(names(declare(true))).toEqual(names(declare(false)));
    });

    test("uses the schedule's aliased provider by default", () => {
      const { tf } = synth((stack) =>
        weekly(stack, { ilertProvider: new IlertProvider(stack, "Eu", { alias: "eu" }) }).remindResponders({
          beforeMin: 60,
          method: ReminderMethod.PUSH,
        }),
      );
      expect(Object.values<any>(tf.resource.ilert_user_duty_preference).map((p) => p.provider)).toEqual(["ilert.eu", "ilert.eu"]);
    });

    test("fails on SMS without contacts, naming the responder", () => {
      expect(failure((stack) => weekly(stack).remindResponders({ beforeMin: 60, method: ReminderMethod.SMS }))).toBe(
        'test/Schedule: missing contacts: expected a phone number contact for method SMS for responder test/Alice; add { user, contact } for them to contacts, with contact ReminderContact.phone("DE", "+4915112345678") or ReminderContact.existing("<contact id>")',
      );
    });
  });

  describe("fails", () => {
    test.each<[string, (stack: TerraformStack) => unknown, string]>([
      [
        "both layers and shifts",
        (stack) => weekly(stack, { shifts: [] }),
        "test/Schedule: invalid shifts []: expected no shifts when layers are given: a schedule is either recurring (layers) or static (shifts); remove shifts, or declare the static shifts as a second OnCallSchedule",
      ],
      [
        "neither layers nor shifts",
        (stack) => new OnCallSchedule(stack, "Schedule", { name: "Payments", timezone: "Europe/Berlin" }),
        'test/Schedule: missing layers: expected at least one layer (a recurring schedule), or shifts (a static schedule); add layers: [{ users, rotation: Rotation.weekly(), start: "2026-01-05T09:00" }]',
      ],
      [
        "empty layers",
        (stack) => weekly(stack, { layers: [] }),
        'test/Schedule: invalid layers []: expected a list of at least 1 item; add at least one layer, e.g. { users, rotation: Rotation.weekly(), start: "2026-01-05T09:00" }',
      ],
      [
        "empty shifts",
        (stack) => new OnCallSchedule(stack, "Schedule", { name: "Payments", timezone: "Europe/Berlin", shifts: [] }),
        'test/Schedule: invalid shifts []: expected a list of at least 1 item; add at least one shift, e.g. { user, start: "2026-01-05T09:00", end: "2026-01-12T09:00" }',
      ],
      [
        "a layer without users",
        (stack) => weekly(stack, {}, { users: [] }),
        "test/Schedule: invalid layers[0].users []: expected a list of at least 1 item; list the users who take turns, at least one",
      ],
      [
        "a layer user that is not a handle",
        (stack) => weekly(stack, {}, { users: ["42" as any] }),
        'test/Schedule: invalid layers[0].users[0] "42": expected a user handle; pass a User, or User.fromId / User.fromEmail',
      ],
      [
        "a layer user whose own handle has a non-numeric id",
        (stack) => weekly(stack, {}, { users: [ownHandle<IUser>(stack, "Own", { userId: "alice" })] }),
        'test/Schedule: invalid layers[0].users[0].userId "alice": expected digits (a numeric iLert id); set userId of the user handle test/Own to a numeric iLert id, e.g. "1234"; or pass a User, or User.fromId / User.fromEmail',
      ],
      [
        "a shift user whose own handle has no id",
        (stack) =>
          new OnCallSchedule(stack, "Schedule", {
            name: "Payments",
            timezone: "Europe/Berlin",
            shifts: [{ user: ownHandle<IUser>(stack, "Own", { id: "42" }), start: "2026-01-05T09:00", end: "2026-01-06T09:00" }],
          }),
        'test/Schedule: invalid shifts[0].user "test/Own": expected a user handle; pass a User, or User.fromId / User.fromEmail',
      ],
      [
        "an owning team whose id JavaScript would round (team { id } is a number)",
        (stack) => weekly(stack, { teams: [Team.fromId(stack, "Payments", "9007199254740993")] }),
        'test/Schedule: invalid teams[0].teamId "9007199254740993": expected an iLert id from 1 to 9007199254740991 here, where it is written as a number (a larger one would be rounded to another id); set teamId of the team handle test/Payments to a numeric iLert id, e.g. "1234"; or pass a Team, or Team.fromId / Team.fromName',
      ],
      [
        "a misspelt time zone",
        (stack) => weekly(stack, { timezone: "Europe/Berlinn" }),
        'test/Schedule: invalid timezone "Europe/Berlinn": expected an IANA time zone name such as "Europe/Berlin" or "America/New_York"; use the tz database name of the zone',
      ],
      [
        "a time zone in the wrong case",
        (stack) => weekly(stack, { timezone: "europe/berlin" }),
        'test/Schedule: invalid timezone "europe/berlin": expected an IANA time zone name such as "Europe/Berlin" or "America/New_York"; spell it "Europe/Berlin"',
      ],
      [
        "a missing time zone",
        (stack) => weekly(stack, { timezone: undefined }),
        'test/Schedule: missing timezone: expected a non-empty string; give the IANA time zone of the schedule, e.g. "Europe/Berlin"',
      ],
      [
        "a rotation that is not ISO-8601",
        (stack) => weekly(stack, {}, { rotation: Rotation.every("1w") }),
        'test/Schedule: invalid layers[0].rotation "1w": expected whole days "P<n>D" or whole hours "PT<n>H", e.g. "P1D", "P7D", "P14D" or "PT12H"; give whole days or hours, e.g. Rotation.every("P14D") or Rotation.every("PT12H")',
      ],
      [
        "a rotation in weeks (iLert documents days and hours only)",
        (stack) => weekly(stack, {}, { rotation: Rotation.every("P2W") }),
        'test/Schedule: invalid layers[0].rotation "P2W": expected whole days "P<n>D" or whole hours "PT<n>H", e.g. "P1D", "P7D", "P14D" or "PT12H"; write it as "P14D"',
      ],
      [
        "a default shift duration in minutes",
        (stack) => weekly(stack, { defaultShiftDuration: "PT480M" }),
        'test/Schedule: invalid defaultShiftDuration "PT480M": expected whole days "P<n>D" or whole hours "PT<n>H", e.g. "P1D", "P7D", "P14D" or "PT12H"; write it as "PT8H"',
      ],
      [
        "showGaps false (the provider never sends it)",
        (stack) => weekly(stack, { showGaps: false }),
        "test/Schedule: invalid showGaps false: expected true, or unset for iLert's default; the iLert provider never sends false (it reads show_gaps with GetOk, which treats false as unset, and ilert-go omits a false showGaps), so iLert keeps its default and the plan may never settle; remove showGaps",
      ],
      [
        "a null layer (plain JavaScript or JSON)",
        (stack) => weekly(stack, { layers: [null as never] }),
        "test/Schedule: invalid layers[0] null: expected { users, rotation, start }; describe the layer as an object",
      ],
      [
        "a null layer user",
        (stack) => weekly(stack, {}, { users: [User.fromId(stack, "U", "1"), User.fromId(stack, "V", "2"), null as never] }),
        "test/Schedule: invalid layers[0].users[2] null: expected a user handle; pass a User, or User.fromId / User.fromEmail",
      ],
      [
        "a null shift",
        (stack) => new OnCallSchedule(stack, "Schedule", { name: "P", timezone: "Europe/Berlin", shifts: [null as never] }),
        "test/Schedule: invalid shifts[0] null: expected { user, start, end }; describe the shift as an object",
      ],
      [
        "a key a shift does not have",
        (stack) =>
          new OnCallSchedule(stack, "Schedule", {
            name: "P",
            timezone: "Europe/Berlin",
            shifts: [{ user: User.fromId(stack, "U", "1"), start: "2026-01-05T09:00", end: "2026-01-06T09:00", note: "cover" } as never],
          }),
        'test/Schedule: invalid shifts[0].note "cover": expected a key of ScheduleShift: user, start, end; remove note, or use one of those',
      ],
      [
        "a key a layer does not have",
        (stack) => weekly(stack, {}, { timezone: "UTC" } as never),
        'test/Schedule: invalid layers[0].timezone "UTC": expected a key of ScheduleLayer: name, users, rotation, start, keepOnCall, end, restrictions; remove timezone, or use one of those',
      ],
      [
        "a key the props do not have",
        (stack) => weekly(stack, { layer: [] } as never),
        "test/Schedule: invalid layer []: expected a key of OnCallScheduleProps; did you mean layers?",
      ],
      [
        "a key adoption does not have",
        (stack) => weekly(stack).adoptExisting({ scheduleId: "12", importBlock: false } as never),
        "test/Schedule: invalid importBlock false: expected a key of AdoptScheduleProps; did you mean importBlocks?",
      ],
      [
        "null props",
        (stack) => new OnCallSchedule(stack, "Schedule", null as never),
        "test/Schedule: invalid props null: expected an object; pass { name, timezone, layers } or { name, timezone, shifts }",
      ],
      [
        "a start with seconds",
        (stack) => weekly(stack, {}, { start: "2026-01-05T09:00:00" }),
        'test/Schedule: invalid layers[0].start "2026-01-05T09:00:00": expected a date-time "YYYY-MM-DDTHH:mm" in the schedule\'s time zone, e.g. "2026-01-05T09:00"; write the local date and time to the minute, without seconds or zone',
      ],
      [
        // Found by the end-to-end test: provider 2.20.0 (and 2.25.0) never sends ends_on, so the plan never settled.
        "a layer end (the provider never sends it)",
        (stack) => weekly(stack, {}, { end: "2026-12-31T09:00" }),
        'test/Schedule: invalid layers[0].end "2026-12-31T09:00": expected no end: the iLert provider (up to 2.25.0) never sends a layer\'s ends_on to iLert (its buildSchedule leaves it out) nor reads it back, so the layer would never end and every plan would show ends_on again; remove end, and remove the layer from the schedule when it is over',
      ],
      [
        "a shift ending when it starts",
        (stack) =>
          new OnCallSchedule(stack, "Schedule", {
            name: "P",
            timezone: "Europe/Berlin",
            shifts: [{ user: User.fromId(stack, "U", "1"), start: "2026-01-05T09:00", end: "2026-01-05T09:00" }],
          }),
        'test/Schedule: invalid shifts[0].end "2026-01-05T09:00": expected a date-time after shifts[0].start "2026-01-05T09:00"; set shifts[0].end later than shifts[0].start',
      ],
      [
        "a restriction time past 23:59",
        (stack) =>
          weekly(
            stack,
            {},
            { restrictions: [{ start: { day: DayOfWeek.MONDAY, time: "09:00" }, end: { day: DayOfWeek.MONDAY, time: "24:00" } }] },
          ),
        'test/Schedule: invalid layers[0].restrictions[0].end.time "24:00": expected a time "HH:mm" from "00:00" to "23:59"; write it with two-digit hours and minutes, e.g. "09:00" or "17:30"',
      ],
      [
        "a default shift duration that is not ISO-8601",
        (stack) => weekly(stack, { defaultShiftDuration: "8h" }),
        'test/Schedule: invalid defaultShiftDuration "8h": expected whole days "P<n>D" or whole hours "PT<n>H", e.g. "P1D", "P7D", "P14D" or "PT12H"; e.g. "PT8H" or "P1D", or leave it unset',
      ],
      [
        "an empty name",
        (stack) => weekly(stack, { name: "" }),
        'test/Schedule: invalid name "": expected a string of 1-255 bytes (UTF-8); use a schedule name of 1-255 bytes',
      ],
      [
        "a layer name over 255 bytes",
        (stack) => weekly(stack, {}, { name: "é".repeat(128) }),
        `test/Schedule: invalid layers[0].name ${describeValue("é".repeat(128))}: expected a string of 1-255 bytes (UTF-8); use a layer name of 1-255 bytes, or leave it unset`,
      ],
    ])("on %s", (_label, build, message) => {
      expect(failure(build)).toBe(message);
    });
  });

  test("property: random layers synthesize a schedule or are rejected with IlertDatadogValidationError, never another exception", () => {
    // Mostly valid values, so that both outcomes occur.
    const mostly = <T, U>(valid: fc.Arbitrary<T>, other: fc.Arbitrary<U>) =>
      fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: other });
    const layer = fc.record({
      name: fc.option(fc.string({ maxLength: 10 }), { nil: undefined }),
      rotation: mostly(
        fc.constantFrom(Rotation.weekly(), Rotation.every("P14D")),
        fc.stringMatching(/^P?T?[0-9]{0,2}[DHW]?$/).map((s) => Rotation.every(s)),
      ),
      start: mostly(fc.constant("2026-01-05T09:00"), fc.stringMatching(/^20[0-9]{2}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}$/)),
      end: fc.option(fc.stringMatching(/^20[0-9]{2}-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]$/), { nil: undefined }),
      time: mostly(fc.constantFrom("00:00", "09:30", "23:59"), fc.stringMatching(/^[0-9]{1,2}:[0-9]{2}$/)),
      day: mostly(fc.constantFrom(DayOfWeek.MONDAY, DayOfWeek.SUNDAY), fc.string({ maxLength: 8 })),
      timezone: mostly(fc.constantFrom("Europe/Berlin", "UTC"), fc.constantFrom("Mars/Base", "america/new_york", "")),
    });
    const synthesized = synthesizesOrRejects(
      layer,
      (stack, l) => {
        new OnCallSchedule(stack, "Schedule", {
          name: "Payments",
          timezone: l.timezone,
          layers: [
            {
              name: l.name,
              users: [User.fromId(stack, "U", "1")],
              rotation: l.rotation,
              start: l.start,
              end: l.end,
              restrictions: [{ start: { day: l.day as DayOfWeek, time: l.time }, end: { day: DayOfWeek.FRIDAY, time: "17:00" } }],
            },
          ],
        });
      },
      "ilert_schedule",
      150,
    );
    expect(synthesized).toBeGreaterThan(0);
  });
});
