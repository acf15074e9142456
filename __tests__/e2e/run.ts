// `npm run test:e2e`: the end-to-end test. Builds the real providers (scripts/e2e/providers.js),
// starts the local iLert and Datadog fakes (__tests__/e2e/fakes) in this process, and runs the real
// cdktf CLI and Terraform against them: the example app and the config app deployed, planned again,
// the alert flow, injected faults, an update in place, the destroys. Ends with a summary and a
// "N passed, N failed" line; exits non-zero on any failure, or at once, in one line, when Terraform,
// Go or the provider sources are missing. What this proves, and what not: docs/e2e.md.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { E2eRun } from "./e2e-run";
import { startFakes } from "./fakes/fakes";
import { readSeed } from "./fakes/ilert/ilert-fake";
import { configApp } from "./scenarios/config-app";
import { exampleApp } from "./scenarios/example-app";

const ROOT = path.resolve(__dirname, "../..");
const E2E = path.join(ROOT, ".e2e");
const WORK = path.join(E2E, "work");
const CLI_CONFIG = path.join(E2E, "terraformrc");
const FAKES_LOG = path.join(E2E, "fakes.log");
// A CommonJS build script, shared with `npm run e2e:providers`.
const { MIRROR, PROVIDERS } = require("../../scripts/e2e/providers.js") as { MIRROR: string; PROVIDERS: { version: string }[] };

function stop(message: string): never {
  console.error(`test:e2e: ${message}`);
  process.exit(1);
}

/** Terraform installs the providers only from `mirror`: nothing from a registry. */
function writeCliConfig(mirror: string): void {
  const include = ["registry.terraform.io/ilert/ilert", "registry.terraform.io/datadog/datadog"];
  fs.writeFileSync(
    CLI_CONFIG,
    `provider_installation {
  filesystem_mirror {
    path    = ${JSON.stringify(mirror)}
    include = ${JSON.stringify(include)}
  }
  direct { exclude = ["registry.terraform.io/*/*"] }
}
`,
  );
}

async function main(): Promise<void> {
  const terraform = spawnSync("terraform", ["version"], { encoding: "utf8", env: { ...process.env, CHECKPOINT_DISABLE: "1" } });
  if (terraform.status !== 0) stop("terraform is not on the PATH: install Terraform 1.5 or later to run the end-to-end test");
  // A mirror of the user's own (e.g. filled by `terraform providers mirror` from the registry), or the one built here.
  const ownMirror = process.env.ILERT_DATADOG_E2E_MIRROR;
  if (ownMirror === undefined) {
    const built = spawnSync(process.execPath, [path.join(ROOT, "scripts/e2e/providers.js")], { stdio: "inherit" });
    if (built.status !== 0) process.exit(1); // providers.js said what is missing, in one line
  } else if (!fs.existsSync(path.join(ownMirror, "registry.terraform.io"))) {
    stop(`ILERT_DATADOG_E2E_MIRROR=${ownMirror} is not a Terraform filesystem mirror (no registry.terraform.io folder in it)`);
  }

  fs.rmSync(WORK, { recursive: true, force: true }); // state of an earlier run points at fakes that are gone
  fs.mkdirSync(WORK, { recursive: true });
  writeCliConfig(path.resolve(ownMirror ?? MIRROR));
  const log = fs.openSync(FAKES_LOG, "w");
  const fakes = await startFakes(readSeed(path.join(__dirname, "fakes/seed.json")), (line) => {
    fs.writeSync(log, `${line}\n`);
    console.log(`  ${line}`);
  });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...fakes.env,
    TF_CLI_CONFIG_FILE: CLI_CONFIG,
    CHECKPOINT_DISABLE: "1",
    DISABLE_VERSION_CHECK: "true",
    // cdktf would otherwise point Terraform at a shared plugin cache outside .e2e.
    CDKTF_DISABLE_PLUGIN_CACHE_ENV: "1",
    TF_IN_AUTOMATION: "1",
    CI: "true",
    NO_COLOR: "1",
    FORCE_COLOR: "0",
  };
  const run = new E2eRun(fakes, env, WORK);
  // The library targets iLert 2.25.0; the newest provider that builds here is 2.20.0 (docs/e2e.md).
  // A mirror of the user's own holds the providers the library requires, unless they pin another.
  const pinned = process.env.ILERT_DATADOG_E2E_ILERT_VERSION ?? (ownMirror === undefined ? PROVIDERS[0].version : undefined);
  const context = pinned === undefined ? {} : { ilertProviderVersion: pinned };
  console.log(
    `test:e2e: fakes on ${fakes.ilertServer.url} (iLert) and ${fakes.datadogServer.url} (Datadog); requests logged to ${path.relative(ROOT, FAKES_LOG)}`,
  );

  const started = Date.now();
  await exampleApp(run, context);
  await configApp(run, context);
  await fakes.close();
  fs.closeSync(log);

  console.log("\n=== Summary");
  for (const [heading, lines] of run.summary) {
    console.log(`${heading}:`);
    for (const line of lines) console.log(`  - ${line}`);
  }
  console.log(
    `Requests answered: ${fakes.ilertServer.requests.length} by the iLert fake, ${fakes.datadogServer.requests.length} by the Datadog fake`,
  );
  for (const f of run.failed) console.log(`FAILED: ${f.step}\n  ${f.error.replace(/\n/g, "\n  ")}`);
  console.log(`took ${Math.round((Date.now() - started) / 1000)} s`);
  console.log(`e2e: ${run.passed.length} passed, ${run.failed.length} failed`);
  process.exit(run.failed.length === 0 ? 0 : 1);
}

main().catch((e: Error) => stop(e.stack ?? e.message));
