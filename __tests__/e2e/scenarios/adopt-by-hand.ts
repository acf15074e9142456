import * as fs from "fs";
import * as path from "path";
import { CdktfProject } from "../cdktf-project";
import { runCommand } from "../command";
import { E2eRun, expectEqual, expectThat } from "../e2e-run";
import { describeChange, knownDiffsOf } from "../plan-changes";
import { counts } from "./fake-state";
import { HandMadeSetup, makeSetupByHand } from "./hand-made-setup";

const ROOT = path.resolve(__dirname, "../../..");
const STACK = "prod";
const CONFIG = "teams.json";
const REPORT = "adopt.md";

/**
 * `ilert-datadog adopt` against a setup made by hand (scenarios/hand-made-setup.ts): adopt reads both
 * fakes and writes the config; the first `cdktf diff` imports every object and changes nothing but the
 * known import diffs; the deploy creates and deletes nothing and leaves every adopted object as it
 * was (ids, the integration key, every field); a second plan is clean; an alert sent through the
 * stored webhook still opens on the same alert source.
 */
export async function adoptByHand(run: E2eRun, context: Record<string, unknown>): Promise<void> {
  const { fakes } = run;
  const [ilert, datadog] = [fakes.ilert.state, fakes.datadog.state];
  let setup: HandMadeSetup | undefined;
  const project = CdktfProject.create(run.workRoot, "adopt-by-hand", { ...context, config: CONFIG }, run.env);
  const adoptCommand = (args: string[], env: NodeJS.ProcessEnv = run.env) =>
    runCommand(process.execPath, [path.join(ROOT, "scripts/ilert-datadog.js"), "adopt", ...args], {
      cwd: project.dir,
      env,
      label: run.label,
      what: `ilert-datadog adopt ${args.join(" ")}`,
    });
  /** The adopted objects as the APIs hold them (fields the APIs compute on each answer left out). */
  const snapshot = (s: HandMadeSetup) => {
    const { status: _status, ...source } = ilert.alertSources.get(s.sourceId);
    const { overall_state: _state, modified: _modified, ...monitor } = datadog.monitors.get(s.monitorId)!;
    return {
      source,
      policy: ilert.escalationPolicies.get(s.policyId),
      schedule: ilert.schedules.get(s.scheduleId),
      webhook: datadog.webhooks.get(s.webhookName),
      monitor,
    };
  };

  await run.step("adopt: a setup made by hand through the fakes' HTTP APIs, as the UIs would", async () => {
    setup = await makeSetupByHand(fakes);
  });
  if (setup === undefined) return;
  const made = setup;
  const before = snapshot(made);
  const held = counts(fakes);

  const adopted = await run.step(
    "adopt: ilert-datadog adopt --monitors reads both fakes and writes the config and the report",
    async () => {
      const refused = await adoptCommand(["--monitors"], { ...run.env, ILERT_API_TOKEN: "not-the-token" });
      expectThat(
        refused.code === 1 && /iLert refused the credentials \(401/.test(refused.output) && !fs.existsSync(path.join(project.dir, CONFIG)),
        `adopt with a wrong ILERT_API_TOKEN: expected exit 1, one line naming the refusal, nothing written (exit ${refused.code})`,
      );
      // Each Datadog key wrong in turn: named by the fake's refusal of the key check, or of the first monitor read.
      for (const [variable, named] of [
        ["DD_API_KEY", /GET \/api\/v1\/validate: DD_API_KEY is refused/],
        ["DD_APP_KEY", /GET \/api\/v1\/monitor\?page=0&page_size=1: DD_APP_KEY is refused/],
      ] as const) {
        const wrong = await adoptCommand(["--monitors"], { ...run.env, [variable]: "not-the-key" });
        expectThat(
          wrong.code === 1 && named.test(wrong.output) && !fs.existsSync(path.join(project.dir, CONFIG)),
          `adopt with a wrong ${variable}: expected exit 1, one line naming ${variable}, nothing written (exit ${wrong.code})`,
        );
      }
      const result = await adoptCommand(["--monitors", "--out", CONFIG, "--report", REPORT]);
      expectThat(result.code === 0, `ilert-datadog adopt failed (exit ${result.code}); its output is above`);
      const config = fs.readFileSync(path.join(project.dir, CONFIG), "utf8");
      const report = fs.readFileSync(path.join(project.dir, REPORT), "utf8");
      for (const [what, text] of [
        ["the config", config],
        ["the report", report],
        ["the output", result.output],
      ])
        expectThat(!text.includes(made.integrationKey), `${what} holds the integration key`);
      const team = JSON.parse(config).teams[0];
      expectEqual(
        [team.schedule.adopt, team.escalation.adopt, team.integration.adopt, team.monitors.map((m: any) => m.adopt)],
        [
          { prod: String(made.scheduleId) },
          { prod: String(made.policyId) },
          { prod: { alertSourceId: String(made.sourceId), webhookName: made.webhookName } },
          [{ prod: String(made.monitorId) }],
        ],
        "what the config adopts",
      );
      expectEqual(team.integration.payload, { json: made.payload }, "the payload, kept as the text Datadog holds");
      for (const left of [
        `alert source "Search (Datadog)" (id ${made.unwebhookedSourceId})`,
        `webhook @webhook-${made.strayWebhookName}`,
        "@webhook-ilert-gone",
      ])
        expectThat(report.includes(left), `the report does not say it left ${left} alone`);
      expectThat(report.includes("## What the first apply would change\n\nNothing:"), "the report lists changes of the first apply");
      const again = await adoptCommand(["--out", CONFIG]);
      expectThat(again.code === 1 && /exists: adopt never overwrites a config/.test(again.output), "adopt overwrote an existing config");
      run.note(
        "Adopt",
        `adopt-by-hand: adopt wrote ${CONFIG} (1 team: schedule, policy, alert source, webhook, monitor adopted) and left 3 objects alone`,
      );
    },
  );
  if (!adopted) return;

  const diffed = await run.step(
    "adopt: the first cdktf diff imports every object and changes nothing but the known import diffs",
    async () => {
      run.succeeded(await project.diff(STACK), `cdktf diff ${STACK}`);
      const { changes, imports } = await project.stack(STACK).planWithImports();
      expectEqual(
        imports.map((a) => a.split(".")[0]).sort(),
        ["datadog_monitor", "datadog_webhook", "ilert_alert_source", "ilert_escalation_policy", "ilert_schedule"],
        "the resources the plan imports",
      );
      const unexpected = changes.filter((c) => !c.importing || knownDiffsOf(c).length === 0);
      expectThat(
        unexpected.length === 0,
        `the first plan changes more than the known import diffs: ${unexpected.map(describeChange).join("; ")}`,
      );
      for (const c of changes)
        run.note(
          "Known provider diffs (not the library's)",
          `${STACK} (adopt, first plan): ${describeChange(c)}: ${knownDiffsOf(c)
            .map((d) => d.why)
            .join("; ")}`,
        );
    },
  );
  if (!diffed) return;

  const deployed = await run.step(
    "adopt: cdktf deploy imports; nothing is created or deleted, every adopted object is as it was",
    async () => {
      const [ilertBefore, datadogBefore] = [fakes.ilertServer.requests.length, fakes.datadogServer.requests.length];
      run.succeeded(await project.deploy([STACK]), `cdktf deploy ${STACK}`);
      await run.applied(project, [STACK], "adopted");
      // Creates and deletes: POST to a collection (lookups and checks aside) and DELETE.
      const deployRequests = () => [...fakes.ilertServer.requests.slice(ilertBefore), ...fakes.datadogServer.requests.slice(datadogBefore)];
      const writes = deployRequests()
        .filter((r) => r.method === "DELETE" || (r.method === "POST" && !/\/validate$|\/search-/.test(r.path)))
        .map((r) => `[${r.api}] ${r.method} ${r.path}`);
      expectEqual(counts(fakes), held, "what the fakes hold (nothing created or deleted)");
      expectEqual(writes, [], "creates and deletes during the deploy");
      // Field by field: the order of the keys is the order of the last request body, which says nothing.
      expectEqual(
        sortedKeys(snapshot(made)),
        sortedKeys(before),
        "the adopted objects after the deploy (ids, integration key, every field)",
      );
      // The wrong token adopt was tried with above was refused on purpose; the deploy's requests must all pass.
      const refused = deployRequests().filter((r) => r.status >= 400 && r.status !== 404 && !r.injected);
      expectEqual(
        refused.map((r) => `[${r.api}] ${r.method} ${r.path} -> ${r.status}: ${r.error}`),
        [],
        "requests of the deploy the fakes refused",
      );
    },
  );
  if (!deployed) return;

  await run.step("adopt: a second plan shows no changes", async () => {
    run.settled(STACK, await project.plan(STACK), "adopted");
  });

  await run.step("adopt: an alert through the stored webhook still opens on the same alert source", async () => {
    const alerts = ilert.alerts.length;
    const triggered = await fakes.datadog.notify(made.monitorId, "Triggered");
    expectEqual(
      triggered.map((d) => [d.webhook, d.url === ilert.alertSources.get(made.sourceId).integrationUrl, d.status]),
      [[made.webhookName, true, 202]],
      "the Triggered delivery (webhook, to the source's integration URL, status)",
    );
    const alert = ilert.alerts[alerts];
    expectEqual(
      [alert?.alertSourceId, alert?.status, alert?.summary, alert?.escalationPolicyId, alert?.firstTarget.type],
      [made.sourceId, "PENDING", "[Triggered] Checkout errors (checkout)", made.policyId, "SCHEDULE"],
      "the alert (source, status, summary from the source's own template, policy, first target)",
    );
    await fakes.datadog.notify(made.monitorId, "Recovered");
    expectEqual(alert.status, "RESOLVED", "the alert after Recovered");
    run.note(
      "Alert flow",
      `adopt-by-hand: monitor ${made.monitorId} Triggered -> alert ${alert.id} on the adopted source ${made.sourceId}; Recovered -> RESOLVED`,
    );
  });
}

/** `value` with every object's keys sorted, so that two values compare field by field. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortedKeys((value as Record<string, unknown>)[key])]),
  );
}
