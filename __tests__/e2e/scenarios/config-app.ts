import * as fs from "fs";
import * as path from "path";
import { CdktfProject } from "../cdktf-project";
import { E2eRun, expectEqual, expectThat } from "../e2e-run";
import { counts, deletes, theOne } from "./fake-state";

const EXAMPLE_CONFIG = path.resolve(__dirname, "../../../examples/config.example.json");
const STACKS = ["staging", "prod"];
const CONFIG_FILE = "teams.json";

/**
 * The example config (examples/config.example.json), every stack, with a local backend and prod's
 * Datadog site pointed at the fake: deploys through injected faults, a second plan, a changed prop,
 * and the destroys.
 */
export async function configApp(run: E2eRun, context: Record<string, unknown>): Promise<void> {
  const { fakes } = run;
  const config = JSON.parse(fs.readFileSync(EXAMPLE_CONFIG, "utf8"));
  config.backend = { type: "local" };
  // prod names Datadog's EU site; here that must be the fake (DD_HOST does not override an explicit api_url).
  for (const environment of config.environments) if (environment.datadogApiUrl) environment.datadogApiUrl = fakes.datadogServer.url;
  const writeConfig = () => JSON.stringify(config, null, 2);
  const project = CdktfProject.create(run.workRoot, "config-app", { ...context, config: CONFIG_FILE }, run.env, {
    [CONFIG_FILE]: writeConfig(),
  });
  const source = (name: string) => theOne(fakes.ilert.state.alertSources, "name", name, "alert source");
  const seeded = counts(fakes);

  const webhookFault = await run.step("fault: Datadog refuses the first webhook create; the next deploy converges", async () => {
    const inject = () =>
      fakes.datadogServer.failNext("POST", /^\/api\/v1\/integration\/webhooks\/configuration\/webhooks$/, {
        message: "e2e fault: webhook create refused",
      });
    const fault = inject();
    const failed = await project.deploy(["staging"]);
    expectThat(
      failed.code !== 0 && fault.hits === 1,
      `the deploy did not fail on the injected fault (exit ${failed.code}, ${fault.hits} hit)`,
    );
    await run.errorCarries(project, "staging", failed, "e2e fault: webhook create refused", inject);
    const { id, integrationKey } = source("Payments (staging)");
    const deletesBefore = deletes(fakes).length;
    run.succeeded(await project.deploy(["staging"]), "cdktf deploy staging");
    await run.applied(project, ["staging"], "after the webhook fault");
    const after = source("Payments (staging)");
    expectEqual([after.id, after.integrationKey], [id, integrationKey], "the alert source (id, integration key) after convergence");
    expectEqual(fakes.datadog.state.webhooks.get("ilert-payments-staging")?.url, after.integrationUrl, "the webhook's URL");
    expectEqual(deletes(fakes).slice(deletesBefore), [], "deletes while converging");
    run.note(
      "Faults",
      `staging: webhook create refused (400) -> deploy failed with Terraform's error; next deploy converged, alert source ${id} kept with its key`,
    );
  });

  const policyFault = await run.step("fault: iLert refuses the first escalation-policy create; the next deploy converges", async () => {
    const inject = () =>
      fakes.ilertServer.failNext("POST", /^\/api\/escalation-policies$/, {
        message: "e2e fault: escalation policy create refused",
      });
    const fault = inject();
    const policiesBefore = fakes.ilert.state.escalationPolicies.size;
    const failed = await project.deploy(["prod"]);
    expectThat(
      failed.code !== 0 && fault.hits === 1,
      `the deploy did not fail on the injected fault (exit ${failed.code}, ${fault.hits} hit)`,
    );
    await run.errorCarries(project, "prod", failed, "e2e fault: escalation policy create refused", inject);
    const deletesBefore = deletes(fakes).length;
    run.succeeded(await project.deploy(["prod"]), "cdktf deploy prod");
    await run.applied(project, ["prod"], "after the escalation-policy fault");
    expectEqual(fakes.ilert.state.escalationPolicies.size, policiesBefore + 1, "escalation policies after convergence (one new)");
    const payments = source("Payments (prod)");
    const policy = fakes.ilert.state.escalationPolicies.get(payments.escalationPolicy.id);
    expectThat(policy !== undefined, "prod's alert source routes to a policy the fake does not have");
    expectEqual(fakes.datadog.state.webhooks.get("ilert-payments-prod")?.url, payments.integrationUrl, "prod's webhook URL");
    source("Search (prod)"); // routed to the existing policy looked up by name
    expectEqual(deletes(fakes).slice(deletesBefore), [], "deletes while converging");
    run.note(
      "Faults",
      `prod: escalation-policy create refused (400) -> deploy failed with Terraform's error; next deploy converged, policy ${policy.id} created once`,
    );
  });
  if (!webhookFault || !policyFault) return;

  await run.step("config app: the APIs hold every stack's objects; a second plan changes nothing", async () => {
    run.noRefusals();
    for (const stack of STACKS) {
      expectThat((await project.diff(stack)).code === 0, `cdktf diff ${stack} failed`);
      run.settled(stack, await project.plan(stack), "deployed");
    }
  });

  await run.step("config app: a changed summary template updates the alert sources in place", async () => {
    const before = STACKS.map((s) => source(`Payments (${s})`)).map((s) => [s.id, s.integrationKey]);
    const deletesBefore = deletes(fakes).length;
    config.teams[0].integration.summaryTemplate = "{{ title }} ({{ org.name }})";
    project.write(CONFIG_FILE, writeConfig());
    run.succeeded(await project.deploy(STACKS), "cdktf deploy staging prod");
    const after = STACKS.map((s) => source(`Payments (${s})`));
    expectEqual(
      after.map((s) => [s.id, s.integrationKey]),
      before,
      "the alert sources (id, integration key) after the update",
    );
    expectEqual(
      after.map((s) => s.summaryTemplate?.textTemplate),
      STACKS.map(() => "{{ title }} ({{ org.name }})"),
      "the summary templates",
    );
    expectEqual(deletes(fakes).slice(deletesBefore), [], "deletes during the update");
    for (const stack of STACKS) run.settled(stack, await project.plan(stack), "summary template changed");
    run.note(
      "Update in place",
      `summary_template changed in ${STACKS.join(", ")}: alert sources ${before.map((b) => b[0]).join(", ")} updated in place, keys kept`,
    );
  });

  await run.step("config app: cdktf destroy is refused by default, and removes everything with protectFromDestroy: false", async () => {
    await run.refusedDestroy(project, "staging", counts(fakes), () => counts(fakes));

    for (const team of config.teams) team.integration = { ...team.integration, protectFromDestroy: false };
    project.write(CONFIG_FILE, writeConfig());
    run.succeeded(await project.deploy(STACKS), "cdktf deploy staging prod"); // only the lifecycle changes
    run.succeeded(await project.destroy(STACKS), "cdktf destroy staging prod");
    await run.applied(project, STACKS, "destroyed");
    expectEqual(counts(fakes), seeded, "what the fakes hold (the seed, as before the first deploy)");
    run.note("Destroy", `${STACKS.join(", ")}: refused by default (prevent_destroy); with protectFromDestroy: false, everything removed`);
  });
}
