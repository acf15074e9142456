import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as fc from "fast-check";
import { Testing, TerraformStack, Token } from "cdktf";
import { Construct } from "constructs";
import { Monitor } from "@cdktf/provider-datadog/lib/monitor";
import { Schedule } from "../../.gen/providers/ilert/schedule";
import { UserDutyPreference } from "../../.gen/providers/ilert/user-duty-preference";
import {
  EscalationPolicy,
  EscalationTarget,
  IlertDatadogIntegration,
  ISchedule,
  MonitorTransition,
  OnCallReminder,
  OnCallSchedule,
  PriorityMapping,
  ReminderContact,
  ReminderMethod,
  Rotation,
  Team,
  User,
} from "../../constructs";
import { readSynthesizedStacks, SynthesizedStack, wiringDiagram } from "../../tools";
import { CONTROL_CHARACTERS } from "../../constructs/core/shown-text";
import { hostileText } from "../helpers/fuzz";
import { createApp } from "../../main";

/** Mermaid's own parser, run in a child process (Mermaid is an ES module): null per diagram that parses. */
function mermaidErrors(diagrams: string[]): (string | null)[] {
  const out = execFileSync(process.execPath, [path.join(__dirname, "mermaid-parse.mjs")], { input: JSON.stringify(diagrams) });
  return JSON.parse(out.toString());
}

function stacksOf(...stacks: TerraformStack[]): SynthesizedStack[] {
  return stacks.map((stack) => ({
    name: stack.node.id,
    workingDirectory: `stacks/${stack.node.id}`,
    config: JSON.parse(Testing.synth(stack)),
  }));
}

/** A stack with every kind of node: monitors, webhook, mapped source, a two-step repeating policy, schedule, team, users, reminder. */
function pagingApp(): SynthesizedStack[] {
  const app = Testing.app();
  const stack = new TerraformStack(app, "payments");
  const ann = new User(stack, "Ann", { email: "ann@example.com", firstName: "Ann", lastName: "Lee" });
  const bob = User.fromEmail(stack, "Bob", "bob@example.com");
  const rotation = new Schedule(stack, "Rotation", {
    name: 'Payments "primary"',
    timezone: "Europe/Berlin",
    type: "RECURRING",
    scheduleLayer: [{ name: "Weekly", rotation: "P7D", startsOn: "2026-01-05T09:00", user: [{ id: ann.userId }, { id: bob.userId }] }],
  });
  const schedule: ISchedule = Object.assign(new Construct(stack, "RotationHandle"), { scheduleId: rotation.id });
  const team = new Team(stack, "Team", { name: "Payments <core>", members: [{ user: ann }] });
  const policy = new EscalationPolicy(stack, "Policy", {
    name: "Payments",
    rules: [
      { target: EscalationTarget.schedule(schedule), escalationTimeoutMin: 10 },
      { target: EscalationTarget.teams(team), escalationTimeoutMin: 20 },
    ],
    repeating: true,
    frequency: 3,
  });
  const payments = new IlertDatadogIntegration(stack, "Datadog", {
    name: "Payments & Co",
    escalationPolicy: policy,
    priorityMapping: PriorityMapping.fromDatadogPriority(),
    teams: [team],
  });
  new UserDutyPreference(stack, "Reminder", { type: "ON_CALL", method: "EMAIL", beforeMin: 60, user: { id: Token.asNumber(ann.userId) } });
  const monitors = new TerraformStack(app, "monitors");
  const errors = new Monitor(monitors, "Errors", {
    name: "Payments errors",
    type: "metric alert",
    query: "q",
    message: "Errors",
    priority: "2",
  });
  payments.connectMonitor(errors, { transitions: [MonitorTransition.ALERT] });
  new Monitor(monitors, "Latency", {
    name: "Payments latency",
    type: "metric alert",
    query: "q",
    message: `Slow ${payments.notificationHandle}`,
  });
  new Monitor(monitors, "Unrelated", { name: "Disk", type: "metric alert", query: "q", message: "@slack-ops" });
  return stacksOf(stack, monitors);
}

describe("wiringDiagram", () => {
  test("draws monitors -> webhook -> alert source -> policy -> schedule, team and users, with the reminder", () => {
    expect(wiringDiagram(pagingApp())).toBe(
      [
        "flowchart LR",
        '  subgraph stack0["stack payments"]',
        '    n1["Datadog webhook<br/>@webhook-ilert-payments-co"]',
        '    n2["iLert alert source<br/>Payments #38; Co<br/>priority P1,P2 HIGH; P3,P4,P5 LOW"]',
        '    n3["iLert escalation policy<br/>Payments<br/>repeats 3x"]',
        '    n4["iLert schedule<br/>Payments #34;primary#34;<br/>Europe/Berlin"]',
        '    n5["iLert team<br/>Payments #60;core#62;"]',
        '    n6["iLert user (existing)<br/>bob@example.com"]',
        '    n7["iLert user<br/>ann@example.com"]',
        '    n8["On-call reminder<br/>EMAIL, 60 min before each shift"]',
        "  end",
        '  subgraph stack1["stack monitors"]',
        '    n9(["Datadog monitor<br/>Payments errors<br/>priority P2"])',
        '    n10(["Datadog monitor<br/>Payments latency"])',
        "  end",
        '  n9 -->|"is_alert, is_recovery"| n1',
        '  n10 -->|"every notification"| n1',
        '  n1 -->|"posts to"| n2',
        '  n2 -->|"routes to"| n3',
        '  n2 -.->|"owned by"| n5',
        '  n3 -->|"step 1, next after 10 min"| n4',
        '  n3 -->|"step 2, repeats after 20 min"| n5',
        '  n4 -->|"on call in layer Weekly"| n7',
        '  n4 -->|"on call in layer Weekly"| n6',
        '  n5 -->|"member"| n7',
        '  n8 -.->|"reminds"| n7',
        "",
      ].join("\n"),
    );
  });

  test("the reminder points at its user (by reference)", () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, "s");
    const ann = new User(stack, "Ann", { email: "ann@example.com", firstName: "Ann", lastName: "Lee" });
    new UserDutyPreference(stack, "Reminder", { type: "ON_CALL", method: "PUSH", beforeMin: 15, user: { id: Token.asNumber(ann.userId) } });
    expect(wiringDiagram(stacksOf(stack))).toContain('  n2 -.->|"reminds"| n1\n');
  });

  test("whoever is referenced by id appears, labelled with what the app knows; contacts by address", () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, "s");
    const carol = User.fromId(stack, "Carol", "4711", { email: "carol@example.com" });
    const dan = User.fromId(stack, "Dan", "4712");
    const team = Team.fromId(stack, "Team", "99");
    const schedule = new OnCallSchedule(stack, "Rotation", {
      name: "Rotation",
      timezone: "UTC",
      layers: [{ users: [carol, dan], rotation: Rotation.weekly(), start: "2026-01-05T09:00" }],
    });
    const policy = new EscalationPolicy(stack, "Policy", {
      name: "Payments",
      rules: [
        { target: EscalationTarget.schedule(schedule), escalationTimeoutMin: 5 },
        { target: EscalationTarget.user(dan), escalationTimeoutMin: 10 },
        { target: EscalationTarget.teams(team), escalationTimeoutMin: 15 },
        { target: EscalationTarget.schedule(OnCallSchedule.fromId(stack, "Night", "12")), escalationTimeoutMin: 20 },
      ],
    });
    schedule.remindResponders({
      beforeMin: 60,
      method: ReminderMethod.EMAIL,
      contacts: [{ user: dan, contact: ReminderContact.email("dan@pager.example.com") }],
    });
    new OnCallReminder(stack, "Sms", {
      user: dan,
      beforeMin: 15,
      method: ReminderMethod.SMS,
      contact: ReminderContact.phone("DE", "+4915112345678"),
    });
    new IlertDatadogIntegration(stack, "Datadog", { name: "Payments", webhookName: "hook", escalationPolicy: policy, teams: [team] });
    new IlertDatadogIntegration(stack, "Other", {
      name: "Other",
      webhookName: "other",
      escalationPolicy: EscalationPolicy.fromId(stack, "Old", "5"),
    });
    const diagram = wiringDiagram(stacksOf(stack));
    const node = (label: string) => {
      const found = diagram.match(new RegExp(`^ {4}(n\\d+)\\["${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"\\]$`, "m"));
      if (!found) throw new Error(`no node ${label} in\n${diagram}`);
      return found[1];
    };
    const edge = (from: string, label: string, to: string, solid = true) =>
      expect(diagram).toContain(`  ${from} ${solid ? "-->" : "-.->"}|"${label}"| ${to}\n`);
    const [source, other, policyNode, rotation] = [
      node("iLert alert source<br/>Payments"),
      node("iLert alert source<br/>Other"),
      node("iLert escalation policy<br/>Payments"),
      node("iLert schedule<br/>Rotation<br/>UTC"),
    ];
    const [carolNode, danNode, teamNode, night, old] = [
      node("iLert user 4711 (existing)<br/>carol@example.com"),
      node("iLert user 4712 (existing)"),
      node("iLert team 99 (existing)"),
      node("iLert schedule 12 (existing)"),
      node("iLert escalation policy 5 (existing)"),
    ];
    edge(source, "routes to", policyNode);
    edge(source, "owned by", teamNode, false);
    edge(other, "routes to", old);
    edge(policyNode, "step 1, next after 5 min", rotation);
    edge(policyNode, "step 2, next after 10 min", danNode);
    edge(policyNode, "step 3, next after 15 min", teamNode);
    edge(policyNode, "step 4", night);
    edge(rotation, "on call in layer Layer 1", carolNode);
    edge(rotation, "on call in layer Layer 1", danNode);
    const reminders = [...diagram.matchAll(/^ {4}(n\d+)\["On-call reminder<br\/>([^"]*)"\]$/gm)].map((m) => [m[1], m[2]]);
    expect(reminders.map(([, what]) => what).sort()).toEqual([
      "EMAIL, 60 min before each shift",
      "EMAIL, 60 min before each shift",
      "SMS, 15 min before each shift",
    ]);
    for (const [id] of reminders) expect(diagram).toMatch(new RegExp(`^  ${id} -\\.->\\|"reminds"\\| n\\d+$`, "m"));
    edge(node("Email contact (existing)<br/>carol@example.com"), "contact of", carolNode, false);
    edge(node("Email contact<br/>dan@pager.example.com"), "contact of", danNode, false);
    edge(node("Phone contact<br/>DE +4915112345678"), "contact of", danNode, false);
    expect(diagram).not.toMatch(/_[0-9A-F]{8}/); // no construct's unique id anywhere
  });

  test("a monitor whose message mentions the webhook but cannot be parsed is flagged", () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, "s");
    const payments = new IlertDatadogIntegration(stack, "Datadog", {
      name: "Payments",
      escalationPolicy: EscalationPolicy.fromId(stack, "P", "1"),
    });
    new Monitor(stack, "Broken", {
      name: "Broken",
      type: "metric alert",
      query: "q",
      message: `{{#is_alert}}${payments.notificationHandle}`,
    });
    expect(wiringDiagram(stacksOf(stack))).toContain('  n1 -.->|"unbalanced message: Datadog routes nothing"| n2\n');
  });

  test("every diagram parses with Mermaid's parser and holds no control character, whatever the names (property); broken ones do not", () => {
    const name = fc.oneof(
      fc.string({ unit: "grapheme" }),
      hostileText(40),
      fc.constantFrom('a"b', "end", "x]y", "#quot;", "<b>bold</b>", "a|b", "a\nb", "`md`", "${var.x}", "%%{ x }", "A --> B", "graph TD"),
    );
    const diagrams = fc.sample(
      fc.tuple(name, name, name).map(([source, policy, monitor]) => {
        const app = Testing.app();
        const stack = new TerraformStack(app, "s");
        const payments = new IlertDatadogIntegration(stack, "Datadog", {
          name: source || "x",
          webhookName: "hook",
          escalationPolicy: new EscalationPolicy(stack, "Policy", {
            name: policy || "x",
            rules: [{ target: EscalationTarget.user(User.fromId(stack, "U", "7")), escalationTimeoutMin: 5 }],
          }),
        });
        payments.connectMonitor(new Monitor(stack, "M", { name: monitor, type: "metric alert", query: "q", message: "m" }));
        return wiringDiagram(stacksOf(stack));
      }),
      40,
    );
    const [broken, ...errors] = mermaidErrors(['flowchart LR\n  n1["a"b"] --> n2', wiringDiagram(pagingApp()), ...diagrams]);
    expect(broken).toMatch(/^Parse error/);
    expect(errors).toEqual([null, ...diagrams.map(() => null)]);
    for (const diagram of diagrams) expect(diagram.replace(/\n/g, "")).not.toMatch(CONTROL_CHARACTERS);
  });
});

describe("the example app's diagram (main.ts)", () => {
  let outdir: string;
  let stacks: SynthesizedStack[];
  let diagram: string;

  beforeAll(() => {
    outdir = fs.mkdtempSync(path.join(os.tmpdir(), "wiring-"));
    createApp(outdir).synth();
    stacks = readSynthesizedStacks(outdir);
    diagram = wiringDiagram(stacks);
  });

  afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));

  test("parses with Mermaid's parser", () => {
    expect(mermaidErrors([diagram])).toEqual([null]);
  });

  test("draws every iLert object, Datadog webhook and monitor of the app, each once", () => {
    const expected = stacks.flatMap((s) =>
      (["resource", "data"] as const).flatMap((block) =>
        Object.entries(s.config[block] ?? {})
          .filter(([type]) => /^(ilert_|datadog_webhook$|datadog_monitor$)/.test(type))
          .flatMap(([, byName]) => Object.keys(byName)),
      ),
    );
    const drawn = diagram.split("\n").filter((line) => /^ {4}n\d+[[(]/.test(line));
    const placeholders = drawn.filter((line) => line.includes("Datadog monitors mentioning"));
    expect(drawn.length - placeholders.length).toBe(expected.length);
  });

  test("follows each webhook to an alert source, the policy and at least one step", () => {
    const webhook = diagram.match(/^ {4}(n\d+)\["Datadog webhook/m)![1];
    const source = diagram.match(new RegExp(`^  ${webhook} -->\\|"posts to"\\| (n\\d+)$`, "m"))![1];
    const policy = diagram.match(new RegExp(`^  ${source} -->\\|"routes to"\\| (n\\d+)$`, "m"))![1];
    expect(diagram).toMatch(new RegExp(`^  ${policy} -->\\|"step 1[^"]*"\\| n\\d+$`, "m"));
  });
});

describe("wiringDiagram of a configuration written by hand (every branch of what is drawn and how)", () => {
  const ref = (address: string) => `\${${address}}`;
  /** One stack holding what no construct of this library declares but a stack may: other types, data sources, odd shapes. */
  const handWritten: SynthesizedStack = {
    name: "s",
    workingDirectory: "stacks/s",
    config: {
      resource: {
        aws_s3_bucket: { logs: { bucket: "logs", tags: { owner: ref("ilert_user.ann.id") } } },
        custom_datadog_monitor: { x: { name: "Not a monitor", message: "@webhook-hook" } },
        datadog_webhook_custom_variable: { key: { name: "KEY", value: "k" } },
        datadog_webhook: {
          hook: { name: "hook", url: ref("ilert_alert_source.src.integration_url"), payload: ref("ilert_alert_source.src.id") },
          lonely: { name: "lonely", url: "https://example.com/hook" },
        },
        datadog_monitor: {
          escalated: { name: "Escalated", message: "Disk", escalation_message: "@webhook-hook" },
          both: { name: "Both", message: "@webhook-hook {{#is_alert}}@webhook-hook{{/is_alert}}" },
          negated: { name: "Negated", message: "{{^is_alert}}{{#is_warning}}@webhook-hook{{/is_warning}}{{/is_alert}}" },
          broken: { name: "Broken", message: "{{#is_alert}} @slack-ops" },
        },
        ilert_alert_source: {
          src: {
            name: "Payments\n \r\n  API",
            escalation_policy: ref("ilert_escalation_policy.pol.id"),
            alert_priority_rule: "HIGH",
            teams: [{ id: ref("ilert_team.core.id") }, { id: "4711" }],
          },
        },
        ilert_escalation_policy: {
          pol: {
            name: "Pol",
            delay_min: 5,
            escalation_rule: [
              { escalation_timeout: 10, schedule: ref("ilert_schedule.sch.id") },
              { escalation_timeout: 20, user: "4711" },
            ],
          },
        },
        ilert_schedule: { sch: { name: "Sched", timezone: "UTC", schedule_layer: [{ user: [{ id: ref("ilert_user.ann.id") }] }] } },
        ilert_team: {
          core: { name: "Core", member: [{ user: ref("ilert_user.ann.id") }], escalation_policy: ref("ilert_escalation_policy.pol.id") },
        },
        ilert_user: {
          ann: { first_name: "Ann", last_name: "Lee", manager: ref("ilert_user.ann.id") },
          bo: { first_name: "Bo" },
          nameless: {},
        },
        ilert_user_email_contact: { mail: { target: "ann@example.com", user: ref("ilert_user.ann.id"), note: ref("ilert_team.core.id") } },
        ilert_user_phone_number_contact: { phone: { target: "+4915112345678", user: { id: ref("ilert_user.bo.id") } } },
        ilert_user_duty_preference: {
          update: {
            type: "UPDATE",
            method: "SMS",
            before_min: 0,
            user: { id: ref("ilert_user.bo.id") },
            contact: { id: ref("ilert_user_phone_number_contact.phone.id") },
            note: ref("ilert_team.core.id"),
          },
        },
        ilert_service: {
          api: {
            name: "API",
            message: "@webhook-hook",
            url: ref("ilert_alert_source.src.id"),
            links: [{ href: ref("ilert_schedule.sch.id") }],
            team: [{ id: ref("ilert_team.core.id") }],
            member: ref("ilert_user.bo.id"),
            user: ref("ilert_user.ann.id"),
            contact: ref("ilert_user_email_contact.mail.id"),
            escalation_policy: ref("ilert_escalation_policy.pol.id"),
            twice: `${ref("ilert_user.nameless.id")} and ${ref("ilert_user.nameless.id")}`,
          },
          status: { email: "ops@example.com" },
          target: { target: "t-1" },
        },
      },
      data: {
        datadog_webhook: { old: { name: "old" } },
        ilert_user_email_contact: { login: { user: { id: "4711" }, target: "carol@example.com" } },
      },
    },
  };
  /** A second stack with the same addresses: references never cross stacks. */
  const other: SynthesizedStack = {
    name: "t",
    workingDirectory: "stacks/t",
    config: { resource: { ilert_user: { ann: { email: "ann@t.example.com" } }, ilert_schedule: { sch: { name: "T" } } } },
  };

  test("draws it exactly", () => {
    expect(wiringDiagram([handWritten, other])).toBe(
      [
        "flowchart LR",
        '  subgraph stack0["stack s"]',
        '    n1(["Datadog monitors mentioning<br/>@webhook-lonely<br/>(none declared in this app)"])',
        '    n2(["Datadog monitor<br/>Both"])',
        '    n3(["Datadog monitor<br/>Escalated"])',
        '    n4(["Datadog monitor<br/>Negated"])',
        '    n5["Datadog webhook (existing)<br/>@webhook-old"]',
        '    n6["Datadog webhook<br/>@webhook-hook"]',
        '    n7["Datadog webhook<br/>@webhook-lonely"]',
        '    n8["iLert alert source<br/>Payments API<br/>priority HIGH"]',
        '    n9["iLert escalation policy<br/>Pol<br/>first notification after 5 min"]',
        '    n10["iLert schedule<br/>Sched<br/>UTC"]',
        '    n11["iLert team 4711 (existing)"]',
        '    n12["iLert team<br/>Core"]',
        '    n13["iLert user 4711 (existing)<br/>carol@example.com"]',
        '    n14["iLert user<br/>Ann Lee"]',
        '    n15["iLert user<br/>Bo"]',
        '    n16["iLert user"]',
        '    n17["ilert_service<br/>API"]',
        '    n18["ilert_service<br/>ops@example.com"]',
        '    n19["ilert_service<br/>t-1"]',
        '    n20["Duty reminder UPDATE<br/>SMS, 0 min before each shift"]',
        '    n21["Email contact (existing)<br/>carol@example.com"]',
        '    n22["Email contact<br/>ann@example.com"]',
        '    n23["Phone contact<br/>+4915112345678"]',
        "  end",
        '  subgraph stack1["stack t"]',
        '    n24["iLert schedule<br/>T"]',
        '    n25["iLert user<br/>ann@t.example.com"]',
        "  end",
        '  n3 -->|"every notification"| n6',
        '  n2 -->|"every notification"| n6',
        '  n4 -->|"not is_alert #38; is_warning"| n6',
        '  n1 -.->|"mention"| n7',
        '  n6 -->|"posts to"| n8',
        '  n6 -.->|"payload"| n8',
        '  n8 -->|"routes to"| n9',
        '  n8 -.->|"owned by"| n12',
        '  n8 -.->|"owned by"| n11',
        '  n9 -->|"step 1, next after 10 min"| n10',
        '  n9 -->|"step 2"| n13',
        '  n10 -->|"on call in layer 1"| n14',
        '  n12 -->|"member"| n14',
        '  n12 -.->|"escalation_policy"| n9',
        '  n22 -.->|"contact of"| n14',
        '  n22 -.->|"note"| n12',
        '  n23 -.->|"contact of"| n15',
        '  n20 -.->|"reminds"| n15',
        '  n20 -.->|"via"| n23',
        '  n20 -.->|"note"| n12',
        '  n17 -.->|"url"| n8',
        '  n17 -.->|"links[0].href"| n10',
        '  n17 -.->|"owned by"| n12',
        '  n17 -.->|"member"| n15',
        '  n17 -.->|"user"| n14',
        '  n17 -.->|"contact"| n22',
        '  n17 -.->|"escalation_policy"| n9',
        '  n17 -.->|"twice"| n16',
        '  n21 -.->|"contact of"| n13',
        "",
      ].join("\n"),
    );
  });
});
