import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { App, TerraformResource, TerraformStack } from "cdktf";
import { Monitor } from "@cdktf/provider-datadog/lib/monitor";
import { DatadogProvider } from "@cdktf/provider-datadog/lib/provider";
import {
  Adoption,
  AdoptResourceProps,
  EscalationPolicy,
  EscalationTarget,
  OnCallReminder,
  OnCallSchedule,
  ReminderMethod,
  Rotation,
  Team,
  User,
} from "../../constructs";
import { NOT_IMPORTABLE } from "../../constructs/core/private/adopt-resource";
import { only, synth, thrown } from "../helpers/synth";

/** A real synth (Testing.synth drops the "//" comments that hold the ids without import blocks). */
function synthWithComments(build: (stack: TerraformStack) => void): Record<string, any> {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "adoption-"));
  try {
    const app = new App({ outdir, skipValidation: true });
    build(new TerraformStack(app, "test"));
    app.synth();
    return JSON.parse(fs.readFileSync(path.join(outdir, "stacks", "test", "cdk.tf.json"), "utf8"));
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

function monitor(stack: TerraformStack): Monitor {
  return new Monitor(stack, "Errors", { name: "Errors", type: "query alert", query: "avg(last_5m):avg:x{*} > 1", message: "m" });
}

describe("Adoption.adopt: any resource, e.g. a Datadog monitor", () => {
  test("writes an import block with the id, naming the resource's provider when it has one", () => {
    const { tf } = synth((stack) => {
      Adoption.adopt(monitor(stack), { id: "1234567" });
      const eu = new DatadogProvider(stack, "Eu", { alias: "eu" });
      Adoption.adopt(new Monitor(stack, "Latency", { name: "L", type: "query alert", query: "q > 1", message: "m", provider: eu }), {
        id: "7654321",
      });
    });
    expect(tf.import).toEqual([
      { to: `datadog_monitor.${Object.keys(tf.resource.datadog_monitor)[0]}`, id: "1234567" },
      { to: `datadog_monitor.${Object.keys(tf.resource.datadog_monitor)[1]}`, id: "7654321", provider: "datadog.eu" },
    ]);
  });

  test("with importBlocks: false, the id goes into the resource's JSON comment instead", () => {
    const tf = synthWithComments((stack) => Adoption.adopt(monitor(stack), { id: "1234567", importBlocks: false }));
    expect(tf.import).toBeUndefined();
    expect(only(tf, "resource", "datadog_monitor").body["//"].import_id).toBe("1234567");
  });

  test.each([
    [
      {},
      "test/Errors: missing id: expected a string of 1-1024 bytes (UTF-8); give the object's import id, e.g. a Datadog monitor's numeric id",
    ],
    [
      { id: "" },
      "test/Errors: invalid id \"\": expected a string of 1-1024 bytes (UTF-8); give the object's import id, e.g. a Datadog monitor's numeric id",
    ],
    [{ id: "1", importBlocks: "yes" }, 'test/Errors: invalid importBlocks "yes": expected true or false; set importBlocks to a boolean'],
    [
      { id: "1", importBlock: false },
      "test/Errors: invalid importBlock false: expected a key of AdoptResourceProps; did you mean importBlocks?",
    ],
    [undefined, 'test/Errors: missing props: expected an object; pass { id: "1234567" }'],
  ])("refuses props %j", (props, message) => {
    expect(thrown(() => synth((stack) => Adoption.adopt(monitor(stack), props as AdoptResourceProps))).message).toBe(message);
  });

  test("refuses what is not a Terraform resource", () => {
    expect(thrown(() => Adoption.adopt({} as Monitor, { id: "1" })).message).toBe(
      "Adoption.adopt: invalid resource {}: expected a Terraform resource; pass the resource that takes the object over, e.g. a Monitor",
    );
  });
});

describe("adoptExisting of the iLert constructs: one import block each, by numeric id", () => {
  const lead = (stack: TerraformStack) => User.fromId(stack, "Lead", "7");

  test("an escalation policy, a schedule, a team and a user", () => {
    const tf = synthWithComments((stack) => {
      const schedule = new OnCallSchedule(stack, "Schedule", {
        name: "Payments",
        timezone: "Europe/Berlin",
        layers: [{ users: [lead(stack)], rotation: Rotation.weekly(), start: "2026-01-05T09:00" }],
      });
      schedule.adoptExisting({ scheduleId: "67" });
      const policy = new EscalationPolicy(stack, "Policy", {
        name: "Payments",
        rules: [{ target: EscalationTarget.schedule(schedule), escalationTimeoutMin: 15 }],
      });
      policy.adoptExisting({ escalationPolicyId: "45" });
      new Team(stack, "Team", { name: "Payments" }).adoptExisting({ teamId: "1200" });
      new User(stack, "Ann", { email: "ann@example.com", firstName: "Ann", lastName: "A" }).adoptExisting({
        userId: "1001",
        importBlocks: false,
      });
    });
    const address = (type: string) => `${type}.${only(tf, "resource", type).name}`;
    expect(tf.import).toEqual([
      { to: address("ilert_schedule"), id: "67" },
      { to: address("ilert_escalation_policy"), id: "45" },
      { to: address("ilert_team"), id: "1200" },
    ]);
    expect(only(tf, "resource", "ilert_user").body["//"].import_id).toBe("1001");
  });

  test.each([
    [
      "escalationPolicyId",
      (stack: TerraformStack) =>
        new EscalationPolicy(stack, "Policy", {
          name: "P",
          rules: [{ target: EscalationTarget.user(lead(stack)), escalationTimeoutMin: 1 }],
        }),
      "policy",
    ],
    ["teamId", (stack: TerraformStack) => new Team(stack, "Policy", { name: "P" }), "team"],
    ["userId", (stack: TerraformStack) => new User(stack, "Policy", { email: "p@example.com", firstName: "P", lastName: "P" }), "user"],
  ] as const)("%s must be a numeric iLert id", (prop, declare, noun) => {
    const message = thrown(() =>
      synth((stack) => (declare(stack) as unknown as { adoptExisting(p: unknown): void }).adoptExisting({ [prop]: "Payments" })),
    ).message;
    expect(message).toBe(
      `test/Policy: invalid ${prop} "Payments": expected digits (a numeric iLert id); use the numeric id in the ${noun}'s iLert URL, e.g. "1234"`,
    );
  });

  test("a schedule's id likewise, and props must be an object", () => {
    const schedule = (stack: TerraformStack) =>
      new OnCallSchedule(stack, "Schedule", {
        name: "S",
        timezone: "UTC",
        layers: [{ users: [lead(stack)], rotation: Rotation.daily(), start: "2026-01-05T09:00" }],
      });
    expect(thrown(() => synth((stack) => schedule(stack).adoptExisting({ scheduleId: "s1" }))).message).toBe(
      'test/Schedule: invalid scheduleId "s1": expected digits (a numeric iLert id); use the numeric id in the schedule\'s iLert URL, e.g. "1234"',
    );
    expect(thrown(() => synth((stack) => schedule(stack).adoptExisting(undefined as never))).message).toBe(
      'test/Schedule: missing props: expected an object; pass { scheduleId: "1234" }',
    );
  });
});

describe("what the iLert provider cannot import", () => {
  const NOT_IMPORTABLE_KINDS = [
    ["ilert_user_email_contact", "an email contact"],
    ["ilert_user_phone_number_contact", "a phone number contact"],
    ["ilert_user_duty_preference", "an on-call reminder (duty preference)"],
    ["ilert_user_alert_preference", "an alert notification preference"],
    ["ilert_user_subscription_preference", "a subscription preference"],
    ["ilert_user_update_preference", "an update preference"],
  ];

  test("exactly the user's contacts and preferences", () => {
    expect(Object.entries(NOT_IMPORTABLE)).toEqual(NOT_IMPORTABLE_KINDS);
  });

  test.each(NOT_IMPORTABLE_KINDS)("%s is refused, named as %s", (terraformResourceType, kind) => {
    const message = thrown(() =>
      synth((stack) => Adoption.adopt(new TerraformResource(stack, "Contact", { terraformResourceType }), { id: "77" })),
    ).message;
    expect(message).toBe(
      `test/Contact: invalid resource "${terraformResourceType}": expected a resource its provider can import; the iLert provider cannot import ${kind}: its read takes the user from the state, which an import leaves empty; keep the one made by hand and declare none, or remove it by hand and let this one be created`,
    );
  });

  test("a contact or an on-call reminder is refused at synth, saying why and what to do instead", () => {
    const message = thrown(() =>
      synth((stack) => {
        const reminder = new OnCallReminder(stack, "Reminder", {
          user: User.fromId(stack, "Ann", "1001"),
          beforeMin: 60,
          method: ReminderMethod.PUSH,
        });
        Adoption.adopt(reminder.resource, { id: "77" });
      }),
    ).message;
    expect(message).toBe(
      'test/Reminder/Resource: invalid resource "ilert_user_duty_preference": expected a resource its provider can import; the iLert provider cannot import an on-call reminder (duty preference): its read takes the user from the state, which an import leaves empty; keep the one made by hand and declare none, or remove it by hand and let this one be created',
    );
  });
});
