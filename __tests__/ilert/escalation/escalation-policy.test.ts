import { TerraformStack, TerraformVariable, Testing } from "cdktf";
import { DatadogProvider } from "@cdktf/provider-datadog/lib/provider";
import { checkHandle } from "../../../constructs/core/handles";
import { ESCALATION_POLICY_HANDLE } from "../../../constructs/ilert/escalation/private/escalation-policy-handle";
import { IlertProvider } from "../../../.gen/providers/ilert/provider";
import {
  EscalationPolicy,
  EscalationPolicyProps,
  EscalationTarget,
  IlertDatadogIntegration,
  IlertDatadogValidationError,
  ISchedule,
  ITeam,
  OnCallSchedule,
  ReminderContact,
  ReminderMethod,
  Rotation,
  Team,
  User,
} from "../../../constructs";
import { ownHandle } from "../../helpers/handles";
import { only, synth, thrown } from "../../helpers/synth";

function policy(stack: TerraformStack, props: Partial<EscalationPolicyProps> = {}): EscalationPolicy {
  return new EscalationPolicy(stack, "Policy", {
    name: "Payments",
    rules: [{ target: EscalationTarget.user(User.fromId(stack, "Lead", "7")), escalationTimeoutMin: 15 }],
    ...props,
  });
}

function failure(build: (stack: TerraformStack) => unknown): string {
  const err = thrown(() => synth(build));
  expect(err).toBeInstanceOf(IlertDatadogValidationError);
  return err.message;
}

function rotation(
  stack: TerraformStack,
  users = [User.fromEmail(stack, "Alice", "alice@example.com"), User.fromEmail(stack, "Bob", "bob@example.com")],
): OnCallSchedule {
  return new OnCallSchedule(stack, "Rotation", {
    name: "Payments",
    timezone: "Europe/Berlin",
    layers: [{ users, rotation: Rotation.weekly(), start: "2026-01-05T09:00" }],
  });
}

describe("EscalationPolicy", () => {
  test("every option: repeating, frequency, delay, routing key (escaped) and owning teams", () => {
    const { tf } = synth((stack) =>
      policy(stack, {
        repeating: true,
        frequency: 3,
        delayMin: 5,
        routingKey: "payments-${env}",
        teams: [Team.fromId(stack, "Team", "11")],
      }),
    );
    expect(only(tf, "resource", "ilert_escalation_policy").body).toEqual({
      name: "Payments",
      escalation_rule: [{ escalation_timeout: 15, user: "7" }],
      repeating: true,
      frequency: 3,
      delay_min: 5,
      routing_key: "payments-$${env}",
      team: [{ id: 11 }],
    });
  });

  describe("one rule per target kind, with references between resources", () => {
    test("user: a declared user", () => {
      const { tf } = synth((stack) =>
        policy(stack, {
          rules: [
            {
              target: EscalationTarget.user(new User(stack, "Lead2", { email: "lead@example.com", firstName: "L", lastName: "D" })),
              escalationTimeoutMin: 10,
            },
          ],
        }),
      );
      const user = only(tf, "resource", "ilert_user").name;
      expect(only(tf, "resource", "ilert_escalation_policy").body.escalation_rule).toEqual([
        { escalation_timeout: 10, user: `\${ilert_user.${user}.id}` },
      ]);
    });

    test("users: by id and looked up by email", () => {
      const { tf } = synth((stack) =>
        policy(stack, {
          rules: [
            {
              target: EscalationTarget.users(User.fromId(stack, "A", "1"), User.fromEmail(stack, "B", "b@example.com")),
              escalationTimeoutMin: 0,
            },
          ],
        }),
      );
      const lookup = only(tf, "data", "ilert_user");
      expect(lookup.body).toEqual({ email: "b@example.com" });
      expect(only(tf, "resource", "ilert_escalation_policy").body.escalation_rule).toEqual([
        { escalation_timeout: 0, users: [{ id: "1" }, { id: `\${data.ilert_user.${lookup.name}.id}` }] },
      ]);
    });

    test("schedule: a declared schedule", () => {
      const { tf } = synth((stack) =>
        policy(stack, { rules: [{ target: EscalationTarget.schedule(rotation(stack)), escalationTimeoutMin: 30 }] }),
      );
      const schedule = only(tf, "resource", "ilert_schedule").name;
      expect(only(tf, "resource", "ilert_escalation_policy").body.escalation_rule).toEqual([
        { escalation_timeout: 30, schedule: `\${ilert_schedule.${schedule}.id}` },
      ]);
    });

    test("schedules: by id and looked up by name", () => {
      const { tf } = synth((stack) =>
        policy(stack, {
          rules: [
            {
              target: EscalationTarget.schedules(OnCallSchedule.fromId(stack, "S1", "77"), OnCallSchedule.fromName(stack, "S2", "Backup")),
              escalationTimeoutMin: 525600,
            },
          ],
        }),
      );
      const lookup = only(tf, "data", "ilert_schedule");
      expect(lookup.body).toEqual({ name: "Backup" });
      expect(only(tf, "resource", "ilert_escalation_policy").body.escalation_rule).toEqual([
        { escalation_timeout: 525600, schedules: [{ id: "77" }, { id: `\${data.ilert_schedule.${lookup.name}.id}` }] },
      ]);
    });

    test("teams: declared and looked up by name", () => {
      const { tf } = synth((stack) =>
        policy(stack, {
          rules: [
            {
              target: EscalationTarget.teams(new Team(stack, "T1", { name: "Payments" }), Team.fromName(stack, "T2", "SRE")),
              escalationTimeoutMin: 5,
            },
          ],
        }),
      );
      const team = only(tf, "resource", "ilert_team").name;
      const lookup = only(tf, "data", "ilert_team");
      expect(lookup.body).toEqual({ name: "SRE" });
      expect(only(tf, "resource", "ilert_escalation_policy").body.escalation_rule).toEqual([
        { escalation_timeout: 5, teams: [{ id: `\${ilert_team.${team}.id}` }, { id: `\${data.ilert_team.${lookup.name}.id}` }] },
      ]);
    });
  });

  test("an integration on a declared policy that targets a declared schedule wires references, not copied ids", () => {
    const { tf } = synth((stack) => {
      const onCall = rotation(stack);
      const paged = policy(stack, {
        rules: [
          { target: EscalationTarget.schedule(onCall), escalationTimeoutMin: 15 },
          { target: EscalationTarget.user(User.fromEmail(stack, "Lead2", "lead@example.com")), escalationTimeoutMin: 15 },
        ],
      });
      new IlertDatadogIntegration(stack, "Datadog", { name: "Payments", escalationPolicy: paged });
    });
    const schedule = only(tf, "resource", "ilert_schedule").name;
    const policyName = only(tf, "resource", "ilert_escalation_policy").name;
    const lead = Object.entries<any>(tf.data.ilert_user).find(([, body]) => body.email === "lead@example.com")![0];
    expect(only(tf, "resource", "ilert_escalation_policy").body.escalation_rule).toEqual([
      { escalation_timeout: 15, schedule: `\${ilert_schedule.${schedule}.id}` },
      { escalation_timeout: 15, user: `\${data.ilert_user.${lead}.id}` },
    ]);
    expect(only(tf, "resource", "ilert_alert_source").body.escalation_policy).toBe(`\${ilert_escalation_policy.${policyName}.id}`);
  });

  describe("remindResponders", () => {
    test("reminds the schedule's responders and the users the rules target, each once", () => {
      const { tf } = synth((stack) => {
        const alice = User.fromEmail(stack, "Alice", "alice@example.com");
        const lead = User.fromEmail(stack, "Lead2", "lead@example.com");
        const paged = policy(stack, {
          rules: [
            { target: EscalationTarget.schedule(rotation(stack, [alice, lead])), escalationTimeoutMin: 15 },
            { target: EscalationTarget.user(lead), escalationTimeoutMin: 15 },
          ],
        });
        expect(paged.remindResponders({ beforeMin: 60, method: ReminderMethod.EMAIL }).map((r) => r.user)).toEqual([alice, lead]);
      });
      const contacts = Object.values<any>(tf.data.ilert_user_email_contact);
      expect(contacts.map((c) => c.target)).toEqual(["alice@example.com", "lead@example.com"]);
      expect(Object.values<any>(tf.resource.ilert_user_duty_preference).map((p) => [p.method, p.before_min, p.user.id])).toEqual([
        ["EMAIL", 60, contacts[0].user.id],
        ["EMAIL", 60, contacts[1].user.id],
      ]);
    });

    test("reminding from the schedule and from the policy declares one reminder per user", () => {
      const { tf } = synth((stack) => {
        const onCall = rotation(stack);
        onCall.remindResponders({ beforeMin: 15, method: ReminderMethod.PUSH });
        policy(stack, { rules: [{ target: EscalationTarget.schedule(onCall), escalationTimeoutMin: 15 }] }).remindResponders({
          beforeMin: 15,
          method: ReminderMethod.PUSH,
        });
      });
      expect(Object.keys(tf.resource.ilert_user_duty_preference)).toHaveLength(2);
    });

    test("uses the policy's aliased provider by default", () => {
      const { tf } = synth((stack) =>
        policy(stack, { ilertProvider: new IlertProvider(stack, "Eu", { alias: "eu" }) }).remindResponders({
          beforeMin: 0,
          method: ReminderMethod.PUSH,
        }),
      );
      expect(only(tf, "resource", "ilert_user_duty_preference").body.provider).toBe("ilert.eu");
    });

    test("contacts for users the rules target", () => {
      const { tf } = synth((stack) => {
        const lead = User.fromId(stack, "Lead2", "8");
        policy(stack, { rules: [{ target: EscalationTarget.users(lead), escalationTimeoutMin: 5 }] }).remindResponders({
          beforeMin: 720,
          method: ReminderMethod.WHATSAPP,
          contacts: [{ user: lead, contact: ReminderContact.phone("US", "+14155550123") }],
        });
      });
      expect(only(tf, "resource", "ilert_user_phone_number_contact").body).toEqual({
        region_code: "US",
        target: "+14155550123",
        user: { id: 8 },
      });
    });

    test("fails on a rule that targets teams", () => {
      expect(
        failure((stack) =>
          policy(stack, {
            rules: [{ target: EscalationTarget.teams(Team.fromId(stack, "T", "1")), escalationTimeoutMin: 5 }],
          }).remindResponders({ beforeMin: 60, method: ReminderMethod.PUSH }),
        ),
      ).toBe(
        'test/Policy: invalid rules[0].target "test/T": expected users, or schedules declared in this app, to remind; the app cannot know who in a team is on call; remind those people with new OnCallReminder(...) per user',
      );
    });

    test("fails on a rule that targets an existing schedule", () => {
      expect(
        failure((stack) =>
          policy(stack, {
            rules: [
              { target: EscalationTarget.user(User.fromId(stack, "U", "1")), escalationTimeoutMin: 5 },
              {
                target: EscalationTarget.schedules(rotation(stack), OnCallSchedule.fromName(stack, "Old", "Legacy")),
                escalationTimeoutMin: 5,
              },
            ],
          }).remindResponders({ beforeMin: 60, method: ReminderMethod.PUSH }),
        ),
      ).toBe(
        'test/Policy: invalid rules[1].target "test/Old": expected users, or schedules declared in this app, to remind; the app cannot know the users of an existing schedule; declare it as an OnCallSchedule, or remind its users with new OnCallReminder(...) per user',
      );
    });
  });

  describe("fails", () => {
    test.each<[string, (stack: TerraformStack) => Partial<EscalationPolicyProps>, string]>([
      [
        "no rules",
        () => ({ rules: [] }),
        "test/Policy: invalid rules []: expected a list of at least 1 item; add at least one rule, e.g. { target: EscalationTarget.schedule(schedule), escalationTimeoutMin: 15 }",
      ],
      [
        "a rule with two target kinds (one target kind per rule)",
        () => ({ rules: [{ target: { user: "1", schedule: "2" } as any, escalationTimeoutMin: 5 }] }),
        'test/Policy: invalid rules[0].target {"user":"1","schedule":"2"}: expected an EscalationTarget; build the target with EscalationTarget.user / users / schedule / schedules / teams',
      ],
      [
        "a null rule (plain JavaScript or JSON)",
        (stack) => ({ rules: [{ target: EscalationTarget.user(User.fromId(stack, "U", "1")), escalationTimeoutMin: 5 }, null as never] }),
        "test/Policy: invalid rules[1] null: expected { target: EscalationTarget, escalationTimeoutMin: number }; describe the rule as an object",
      ],
      [
        "a rule without a target",
        () => ({ rules: [{ escalationTimeoutMin: 5 } as never] }),
        "test/Policy: missing rules[0].target: expected an EscalationTarget; build the target with EscalationTarget.user / users / schedule / schedules / teams",
      ],
      [
        "a rule that is not an object",
        () => ({ rules: ["page alice" as any] }),
        'test/Policy: invalid rules[0] "page alice": expected { target: EscalationTarget, escalationTimeoutMin: number }; describe the rule as an object',
      ],
      [
        "a timeout over a year",
        (stack) => ({ rules: [{ target: EscalationTarget.user(User.fromId(stack, "U", "1")), escalationTimeoutMin: 525601 }] }),
        "test/Policy: invalid rules[0].escalationTimeoutMin 525601: expected an integer from 0 to 525600; give the minutes to wait before escalating",
      ],
      [
        "a negative timeout",
        (stack) => ({ rules: [{ target: EscalationTarget.user(User.fromId(stack, "U", "1")), escalationTimeoutMin: -1 }] }),
        "test/Policy: invalid rules[0].escalationTimeoutMin -1: expected an integer from 0 to 525600; give the minutes to wait before escalating",
      ],
      [
        "frequency 0",
        () => ({ frequency: 0 }),
        "test/Policy: invalid frequency 0: expected an integer from 1 to 9; set how many times the policy repeats",
      ],
      [
        "frequency 10",
        () => ({ frequency: 10 }),
        "test/Policy: invalid frequency 10: expected an integer from 1 to 9; set how many times the policy repeats",
      ],
      [
        "a delay of 16 minutes",
        () => ({ delayMin: 16 }),
        "test/Policy: invalid delayMin 16: expected an integer from 0 to 15; iLert delays the first notification by at most 15 minutes",
      ],
      [
        "a fractional delay",
        () => ({ delayMin: 1.5 }),
        "test/Policy: invalid delayMin 1.5: expected an integer from 0 to 15; iLert delays the first notification by at most 15 minutes",
      ],
      [
        "an empty users target",
        () => ({ rules: [{ target: EscalationTarget.users(), escalationTimeoutMin: 5 }] }),
        "test/Policy: invalid rules[0].target []: expected at least one user; pass at least one to EscalationTarget.users()",
      ],
      [
        "a schedule whose own handle has a non-numeric id",
        (stack) => ({
          rules: [
            { target: EscalationTarget.schedule(ownHandle<ISchedule>(stack, "Rota", { scheduleId: "rota" })), escalationTimeoutMin: 5 },
          ],
        }),
        'test/Policy: invalid rules[0].target[0].scheduleId "rota": expected digits (a numeric iLert id); set scheduleId of the schedule handle test/Rota to a numeric iLert id, e.g. "1234"; or pass an OnCallSchedule, or OnCallSchedule.fromId / OnCallSchedule.fromName',
      ],
      [
        "a team whose own handle has an id above int64 (escalation rules take ids as strings)",
        (stack) => ({
          rules: [
            {
              target: EscalationTarget.teams(ownHandle<ITeam>(stack, "Ops", { teamId: "9223372036854775808" })),
              escalationTimeoutMin: 5,
            },
          ],
        }),
        'test/Policy: invalid rules[0].target[0].teamId "9223372036854775808": expected an iLert id from 1 to 9223372036854775807 (the provider reads ids as 64-bit integers); set teamId of the team handle test/Ops to a numeric iLert id, e.g. "1234"; or pass a Team, or Team.fromId / Team.fromName',
      ],
      [
        "a schedule handle where a user is expected",
        (stack) => ({ rules: [{ target: EscalationTarget.user(OnCallSchedule.fromId(stack, "S", "1") as any), escalationTimeoutMin: 5 }] }),
        'test/Policy: invalid rules[0].target[0] "test/S": expected a user handle; pass a User, or User.fromId / User.fromEmail',
      ],
    ])("on %s", (_label, props, message) => {
      expect(failure((stack) => policy(stack, props(stack)))).toBe(message);
    });
  });

  describe("limits: values at a limit are accepted, one past it refused", () => {
    test("name and routing key of 255 bytes, counted in UTF-8", () => {
      const name = "ä".repeat(127) + "x"; // 255 bytes
      const { tf } = synth((stack) => policy(stack, { name, routingKey: name }));
      expect(only(tf, "resource", "ilert_escalation_policy").body).toMatchObject({ name, routing_key: name });
      expect(failure((stack) => policy(stack, { name: name + "x" }))).toBe(
        `test/Policy: invalid name "${"ä".repeat(60)}...": expected a string of 1-255 bytes (UTF-8); use a policy name of 1-255 bytes`.replace(
          '...":',
          `..." (129 characters):`,
        ),
      );
      expect(failure((stack) => policy(stack, { routingKey: "" }))).toBe(
        'test/Policy: invalid routingKey "": expected a string of 1-255 bytes (UTF-8); use a non-empty routing key, or leave it unset',
      );
      expect(failure((stack) => policy(stack, { routingKey: "k".repeat(256) }))).toMatch(
        /^test\/Policy: invalid routingKey "k+\.\.\." \(256 characters\): expected a string of 1-255 bytes \(UTF-8\); use a non-empty routing key, or leave it unset$/,
      );
      expect(failure((stack) => policy(stack, { name: "" }))).toBe(
        'test/Policy: invalid name "": expected a string of 1-255 bytes (UTF-8); use a policy name of 1-255 bytes',
      );
    });

    test("escalation timeout 0 and 525600, frequency 1 and 9, delay 0 and 15", () => {
      for (const [timeout, frequency, delayMin] of [
        [0, 1, 0],
        [525600, 9, 15],
      ]) {
        const { tf } = synth((stack) =>
          policy(stack, {
            rules: [{ target: EscalationTarget.user(User.fromId(stack, "Boss", "7")), escalationTimeoutMin: timeout }],
            repeating: false,
            frequency,
            delayMin,
          }),
        );
        expect(only(tf, "resource", "ilert_escalation_policy").body).toEqual({
          name: "Payments",
          escalation_rule: [{ escalation_timeout: timeout, user: "7" }],
          repeating: false,
          frequency,
          delay_min: delayMin,
        });
      }
      expect(failure((stack) => policy(stack, { delayMin: -1 }))).toBe(
        "test/Policy: invalid delayMin -1: expected an integer from 0 to 15; iLert delays the first notification by at most 15 minutes",
      );
    });

    test("a missing escalation timeout is refused", () => {
      expect(
        failure((stack) => policy(stack, { rules: [{ target: EscalationTarget.user(User.fromId(stack, "Boss", "7")) } as never] })),
      ).toBe(
        "test/Policy: missing rules[0].escalationTimeoutMin: expected an integer from 0 to 525600; give the minutes to wait before escalating",
      );
    });
  });

  test("tokens pass the name and routing key checks", () => {
    const { tf } = synth((stack) => {
      const name = new TerraformVariable(stack, "name", { type: "string" }).stringValue;
      policy(stack, { name, routingKey: name });
    });
    expect(only(tf, "resource", "ilert_escalation_policy").body).toMatchObject({ name: "${var.name}", routing_key: "${var.name}" });
  });

  test("exposes its rules", () => {
    synth((stack) => {
      const p = policy(stack);
      expect(p.rules).toHaveLength(1);
      expect(p.rules[0].escalationTimeoutMin).toBe(15);
    });
  });

  test("fromId and fromName give the id, or a lookup by exact name", () => {
    const { tf } = synth((stack) => {
      expect(EscalationPolicy.fromId(stack, "ById", "42").escalationPolicyId).toBe("42");
      const byName = EscalationPolicy.fromName(stack, "ByName", "Payments");
      new IlertDatadogIntegration(stack, "I", { name: "x", escalationPolicy: byName, webhookName: "x" }).messageFor("m");
    });
    expect(only(tf, "data", "ilert_escalation_policy").body).toEqual({ name: "Payments" });
    expect(thrown(() => synth((stack) => EscalationPolicy.fromId(stack, "ById", "abc"))).message).toMatch(
      /^test\/ById: invalid policyId "abc": /,
    );
  });

  test("its handle kind names escalation policies in messages; a provider of the wrong kind is refused as ilertProvider", () => {
    const stack = new TerraformStack(Testing.app(), "test");
    expect(thrown(() => checkHandle(stack, "escalationPolicy", "x", ESCALATION_POLICY_HANDLE)).message).toBe(
      'test: invalid escalationPolicy "x": expected an escalation policy handle; pass an EscalationPolicy, or EscalationPolicy.fromId / EscalationPolicy.fromName',
    );
    expect(failure((s) => policy(s, { ilertProvider: new DatadogProvider(s, "Wrong", {}) as never }))).toMatch(
      /^test\/Policy: invalid ilertProvider "a Datadog provider": expected an iLert provider; /,
    );
  });

  test("fails on props that are not an object, rules that are not a list, or a repeating that is not a boolean", () => {
    expect(failure((stack) => new EscalationPolicy(stack, "Policy", undefined as never))).toBe(
      "test/Policy: missing props: expected an object; pass { name, rules }",
    );
    expect(failure((stack) => policy(stack, { rules: "all" as never }))).toBe(
      'test/Policy: invalid rules "all": expected a list of at least 1 item; add at least one rule, e.g. { target: EscalationTarget.schedule(schedule), escalationTimeoutMin: 15 }',
    );
    expect(failure((stack) => policy(stack, { rules: [[] as never] }))).toBe(
      "test/Policy: invalid rules[0] []: expected { target: EscalationTarget, escalationTimeoutMin: number }; describe the rule as an object",
    );
    expect(failure((stack) => policy(stack, { repeating: "yes" as never }))).toBe(
      'test/Policy: invalid repeating "yes": expected true or false; set repeating to a boolean',
    );
  });

  test("fails on a key EscalationPolicyProps does not have", () => {
    expect(failure((stack) => policy(stack, { nmae: "Payments" } as never))).toBe(
      'test/Policy: invalid nmae "Payments": expected a key of EscalationPolicyProps; did you mean name?',
    );
  });

  test("adoptExisting fails on props that are not an object, and on a misspelled key", () => {
    expect(failure((stack) => policy(stack).adoptExisting(null as never))).toBe(
      'test/Policy: invalid props null: expected an object; pass { escalationPolicyId: "1234" }',
    );
    expect(failure((stack) => policy(stack).adoptExisting({ escalationPolicyId: "45", importBlock: false } as never))).toBe(
      "test/Policy: invalid importBlock false: expected a key of AdoptEscalationPolicyProps; did you mean importBlocks?",
    );
  });
});
