import * as fs from "fs";
import * as path from "path";
import { BackgroundCommand } from "../background-command";
import { CdktfProject } from "../cdktf-project";
import { runCommand } from "../command";
import { E2eRun, expectEqual, expectThat } from "../e2e-run";

const ROOT = path.resolve(__dirname, "../../..");
/** The package's command as this repository runs it (scripts/ilert-datadog.js: the same code, from dist/). */
const ILERT_DATADOG = `${process.execPath} ${path.join(ROOT, "scripts/ilert-datadog.js")}`;
const CDKTF = path.join(ROOT, "node_modules/.bin/cdktf");
const STACK = "payments-oncall";
const WEBHOOK = "ilert-payments-datadog";
/** The workspace the sandbox's environment selects (cli/sandbox/sandbox.ts). */
const WORKSPACE = "ilert-datadog-sandbox";

/** The variables of an env file `ilert-datadog sandbox --write-env` wrote (`export NAME=value` lines). */
export function readEnvFile(file: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [, name, value] of fs.readFileSync(file, "utf8").matchAll(/^export ([A-Z_]+)=(.*)$/gm)) {
    env[name] = value.startsWith("'") ? value.slice(1, -1).replace(/'\\''/g, "'") : value;
  }
  return env;
}

/**
 * The example app deployed into the sandbox with the commands a user runs, in a project of its own:
 * `cdktf synth`; `ilert-datadog sandbox --write-env sandbox.env --mirror <the e2e's mirror>` in the
 * background (no registry here: the mirror, and the context key ilertProviderVersion the sandbox
 * advises, are what a user without registry access adds); `. ./sandbox.env && cdktf deploy
 * payments-oncall --auto-approve --skip-provider-lock`; `ilert-datadog smoke-test payments-oncall`,
 * which passes; then the webhook's URL changed through the Datadog fake's API, and the smoke test
 * fails naming that webhook; Ctrl-C stops the sandbox. The fakes are the sandbox's own process, not
 * the scenario's.
 */
export async function sandboxExampleApp(run: E2eRun, context: Record<string, unknown>, mirror: string): Promise<void> {
  // The user's shell: none of the scenario's own fakes, nor the e2e's Terraform CLI config.
  const env = Object.fromEntries(
    Object.entries(run.env).filter(([name]) => !(name in run.fakes.env) && name !== "TF_CLI_CONFIG_FILE"),
  ) as NodeJS.ProcessEnv;
  const project = CdktfProject.create(run.workRoot, "sandbox-app", context, env);
  const envFile = path.join(project.dir, "sandbox.env");
  const inShell = (command: string, what: string) =>
    runCommand("sh", ["-c", `. ./sandbox.env && exec ${command}`], { cwd: project.dir, env, label: run.label, what });
  let sandbox: BackgroundCommand | undefined;

  try {
    const started = await run.step("sandbox: cdktf synth, then ilert-datadog sandbox seeds what the example app looks up", async () => {
      run.succeeded(await project.synth(), "cdktf synth");
      sandbox = BackgroundCommand.start(
        process.execPath,
        [path.join(ROOT, "scripts/ilert-datadog.js"), "sandbox", "--write-env", "sandbox.env", "--mirror", mirror],
        { cwd: project.dir, env, label: run.label, what: `ilert-datadog sandbox --write-env sandbox.env --mirror ${mirror}` },
      );
      await sandbox.waitForFile(envFile);
      expectThat(
        sandbox.output.includes(
          `seeded with what ${STACK} looks up: 3 users (alice@example.com, bob@example.com, payments-lead@example.com), 1 team (Payments), 0 schedules, 0 escalation policies, 0 support hours`,
        ),
        "the sandbox does not say it seeded the example app's three users and its team",
      );
      expectThat(/^the mirror holds iLert \S+/m.test(sandbox.output), "the sandbox does not say which iLert version the mirror holds");
      expectEqual(
        Object.keys(readEnvFile(envFile)).sort(),
        [
          "CHECKPOINT_DISABLE",
          "DD_API_KEY",
          "DD_APP_KEY",
          "DD_HOST",
          "DD_HTTP_CLIENT_RETRY_ENABLED",
          "ILERT_API_TOKEN",
          "ILERT_ENDPOINT",
          "TF_CLI_CONFIG_FILE",
          "TF_WORKSPACE",
        ],
        "the variables of sandbox.env",
      );
    });
    if (!started) return;

    const deployed = await run.step(`sandbox: . ./sandbox.env && cdktf deploy ${STACK} into it`, async () => {
      run.succeeded(
        await inShell(`${CDKTF} deploy ${STACK} --auto-approve --skip-provider-lock`, `cdktf deploy ${STACK}`),
        `cdktf deploy ${STACK}`,
      );
      const stackDir = path.join(project.dir, "cdktf.out/stacks", STACK);
      expectThat(
        fs.existsSync(path.join(stackDir, "terraform.tfstate.d", WORKSPACE, "terraform.tfstate")) &&
          !fs.existsSync(path.join(stackDir, `terraform.${STACK}.tfstate`)),
        `the sandbox's deploy did not keep its state in the workspace ${WORKSPACE} alone`,
      );
      run.note("Sandbox", `${STACK}: deployed into ilert-datadog sandbox (state in workspace ${WORKSPACE})`);
    });
    if (!deployed) return;

    await run.step(`sandbox: ilert-datadog smoke-test ${STACK} passes`, async () => {
      const result = await inShell(`${ILERT_DATADOG} smoke-test ${STACK}`, `ilert-datadog smoke-test ${STACK}`);
      expectEqual(result.code, 0, "the smoke test's exit status");
      const line = new RegExp(
        `^ok {4}${STACK}: @webhook-${WEBHOOK} -> alert source \\d+ "Payments \\(Datadog\\)": alert \\d+ opened \\((HIGH|LOW)\\), routed to escalation policy \\d+ "Payments", resolved \\([\\d.]+ s\\)$`,
        "m",
      );
      expectThat(line.test(result.output), `the smoke test's line is not the expected ok line:\n${result.output}`);
      run.note("Sandbox", `smoke test: ${result.output.trim().split("\n").pop()}`);
    });

    await run.step("sandbox: after the webhook's URL is changed in the Datadog fake, smoke-test fails naming that webhook", async () => {
      const { DD_HOST, DD_API_KEY, DD_APP_KEY } = readEnvFile(envFile);
      const changed = await fetch(`${DD_HOST}/api/v1/integration/webhooks/configuration/webhooks/${WEBHOOK}`, {
        method: "PUT",
        headers: { "dd-api-key": DD_API_KEY, "dd-application-key": DD_APP_KEY, "content-type": "application/json" },
        body: JSON.stringify({ url: "http://127.0.0.1:9/elsewhere" }),
      });
      expectEqual(changed.status, 200, "the Datadog fake's answer to the changed URL");
      const result = await inShell(`${ILERT_DATADOG} smoke-test ${STACK}`, `ilert-datadog smoke-test ${STACK}`);
      expectEqual(result.code, 1, "the smoke test's exit status");
      const line = new RegExp(
        `^FAIL  ${STACK}: @webhook-${WEBHOOK} -> alert source (\\d+) "Payments \\(Datadog\\)": webhook posts elsewhere: Datadog webhook ${WEBHOOK} posts to http://127.0.0.1:9, not to the integration URL of alert source \\1; deploy the stack again to point it back$`,
        "m",
      );
      expectThat(line.test(result.output), `the smoke test does not name the webhook that posts elsewhere:\n${result.output}`);
      run.note("Sandbox", `smoke test after the URL changed: ${result.output.trim().split("\n").pop()}`);
    });
  } finally {
    if (sandbox !== undefined) {
      const stopped = sandbox;
      await run.step("sandbox: Ctrl-C stops it and removes sandbox.env", async () => {
        expectEqual(await stopped.stop(), 0, "the sandbox's exit status after SIGINT");
        expectThat(!fs.existsSync(envFile), "sandbox.env is still there after the sandbox stopped");
      });
    }
  }
}
