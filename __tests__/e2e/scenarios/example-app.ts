import { ILERT_TEMPLATE } from "../../helpers/ilert-template";
import { CdktfProject } from "../cdktf-project";
import { E2eRun, expectEqual, expectThat } from "../e2e-run";
import { counts, theOne, userByEmail } from "./fake-state";

const STACK = "payments-oncall";
const WEBHOOK = "ilert-payments-datadog";

/**
 * The example app (main.ts): deploy, what the APIs hold afterwards, a second plan that settles, the
 * alert flow from a Datadog monitor to an iLert alert and back, and the protected alert source.
 */
export async function exampleApp(run: E2eRun, context: Record<string, unknown>): Promise<void> {
  const { fakes } = run;
  const project = CdktfProject.create(run.workRoot, "example-app", context, run.env);

  const deployed = await run.step("example app: cdktf deploy", async () => {
    run.succeeded(await project.deploy([STACK]), `cdktf deploy ${STACK}`);
    await run.applied(project, [STACK], "deployed");
  });
  if (!deployed) return;

  await run.step("example app: the APIs hold the integration as declared", () => {
    const { ilert, datadog } = fakes;
    const source = theOne(ilert.state.alertSources, "name", "Payments (Datadog)", "alert source");
    expectEqual(source.integrationType, "DATADOG", "the alert source's type");
    const webhook = datadog.state.webhooks.get(WEBHOOK);
    expectThat(webhook !== undefined, `no Datadog webhook ${WEBHOOK}`);
    expectEqual(webhook.url, source.integrationUrl, "the webhook's URL (the alert source's integrationUrl)");
    expectEqual(JSON.parse(webhook.payload), { ...ILERT_TEMPLATE, alert_priority: "$ALERT_PRIORITY" }, "the webhook's payload");
    expectEqual(webhook.encode_as, "json", "the webhook's encode_as");

    const policy = theOne(ilert.state.escalationPolicies, "name", "Payments", "escalation policy");
    const schedule = theOne(ilert.state.schedules, "name", "Payments weekly rotation", "schedule");
    const [alice, bob, lead] = ["alice@example.com", "bob@example.com", "payments-lead@example.com"].map((e) => userByEmail(fakes, e));
    expectEqual(source.escalationPolicy.id, policy.id, "the alert source's escalation policy");
    expectEqual(
      policy.escalationRules.map((r: any) => [r.schedule?.id ?? null, r.user?.id ?? null, r.escalationTimeout]),
      [
        [schedule.id, null, 15],
        [null, lead.id, 15],
      ],
      "the policy's rules (schedule, user, timeout)",
    );
    expectEqual([policy.repeating, policy.frequency], [true, 2], "the policy's repeating and frequency");
    expectEqual(
      schedule.scheduleLayers.map((l: any) => l.users.map((u: any) => u.id)),
      [[alice.id, bob.id]],
      "the schedule's users, in turn order",
    );
    for (const user of [alice, bob]) {
      const reminders = [...ilert.state.dutyPreferences.values()].filter((p) => p.userId === user.id);
      expectEqual(
        reminders.map((p) => [p.type, p.method, p.beforeMin]),
        [["ON_CALL", "PUSH", 60]],
        `${user.email}'s on-call reminders`,
      );
    }
    const monitor = theOne(datadog.state.monitors, "name", "Payments: checkout error rate", "monitor");
    expectThat(
      monitor.message.includes(`@webhook-${WEBHOOK}`),
      `the monitor's message does not mention @webhook-${WEBHOOK}: ${monitor.message}`,
    );
    run.noRefusals();
  });

  await run.step("example app: a second cdktf diff changes nothing", async () => {
    expectThat((await project.diff(STACK)).code === 0, "cdktf diff failed");
    run.settled(STACK, await project.plan(STACK), "deployed");
  });

  await run.step("alert flow: a monitor triggers, then recovers; iLert opens, then resolves one alert", async () => {
    const { ilert, datadog } = fakes;
    const monitor = theOne(datadog.state.monitors, "name", "Payments: checkout error rate", "monitor");
    const source = theOne(ilert.state.alertSources, "name", "Payments (Datadog)", "alert source");
    const policy = theOne(ilert.state.escalationPolicies, "name", "Payments", "escalation policy");
    const schedule = theOne(ilert.state.schedules, "name", "Payments weekly rotation", "schedule");
    const before = ilert.state.alerts.length;

    const triggered = await datadog.notify(monitor.id, "Triggered");
    expectEqual(
      triggered.map((d) => [d.webhook, d.url, d.status]),
      [[WEBHOOK, source.integrationUrl, 202]],
      "the Triggered deliveries (webhook, URL, status)",
    );
    expectEqual(ilert.state.alerts.length, before + 1, "alerts after Triggered");
    const alert = ilert.state.alerts[before];
    expectEqual(
      [alert.alertSourceId, alert.status, alert.priority, alert.escalationPolicyId, alert.firstTarget.type, alert.firstTarget.id],
      [source.id, "PENDING", "HIGH", policy.id, "SCHEDULE", schedule.id],
      "the new alert (source, status, priority from P1, policy, first target)",
    );
    expectEqual(alert.summary, "[Triggered] Payments: checkout error rate", "the alert's summary (summaryTemplate {{ title }})");

    const recovered = await datadog.notify(monitor.id, "Recovered");
    expectEqual(
      recovered.map((d) => d.status),
      [202],
      "the Recovered delivery's status",
    );
    expectEqual(ilert.state.alerts.length, before + 1, "alerts after Recovered (the same alert is resolved)");
    expectEqual(alert.status, "RESOLVED", "the alert's status after Recovered");
    run.note(
      "Alert flow",
      `monitor ${monitor.id} Triggered -> webhook ${WEBHOOK} -> alert ${alert.id} on source ${source.id}, ${alert.priority}, ` +
        `routed to policy "${policy.name}" (${policy.id}), first target schedule "${schedule.name}" (${schedule.id}); Recovered -> alert ${alert.id} RESOLVED`,
    );
  });

  await run.step("example app: cdktf destroy is refused for the protected alert source (prevent_destroy)", async () => {
    await run.refusedDestroy(project, STACK, counts(fakes), () => counts(fakes));
    run.note("Destroy", `${STACK}: refused by Terraform (prevent_destroy on the alert source), nothing deleted`);
  });
}
