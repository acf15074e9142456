// `npm run test:e2e`: the end-to-end test. Builds the real providers (scripts/e2e/providers.js) and
// runs scenarios side by side, each against local iLert and Datadog fakes of its own (__tests__/e2e/fakes)
// in this process: the example app, the config app and the surface app deployed with the real cdktf
// CLI, planned again, the alert flows, injected faults, an update in place, adoption (of a setup made
// by hand, by `ilert-datadog adopt`), the destroys;
// and the providers' own examples of every kind the library declares, applied, planned and destroyed
// with Terraform. Ends with a summary (what deployed each kind) and a "N passed, N failed" line;
// exits non-zero on any failure, or at once, in one line, when Terraform, Go or the provider sources
// are missing. What this proves, and what not: docs/e2e.md.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { E2eResults, E2eRun } from "./e2e-run";
import { startFakes } from "./fakes/fakes";
import { IlertSeed, readSeed } from "./fakes/ilert/ilert-fake";
import { libraryKinds } from "./kinds/library-kinds";
import { adoptByHand } from "./scenarios/adopt-by-hand";
import { configApp } from "./scenarios/config-app";
import { exampleApp } from "./scenarios/example-app";
import { sandboxExampleApp } from "./scenarios/sandbox";
import { tryItLocally } from "./scenarios/try-it-locally";
import { surfaceApp } from "./scenarios/surface-app";
import { vendorExample, vendorExamples } from "./scenarios/vendor-examples";

const ROOT = path.resolve(__dirname, "../..");
const E2E = path.join(ROOT, ".e2e");
const WORK = path.join(E2E, "work");
const CLI_CONFIG = path.join(E2E, "terraformrc");
const FAKES_LOG = path.join(E2E, "fakes.log");
// CommonJS build scripts: the provider build shared with `npm run e2e:providers`, and the app command's dist/.
const { MIRROR, PROVIDERS, cliConfig } = require("../../scripts/e2e/providers.js") as {
  MIRROR: string;
  PROVIDERS: { version: string }[];
  cliConfig: (mirror: string) => string;
};
const { ensureBuilt } = require("../../scripts/dist.js") as { ensureBuilt: (entry: string) => void };
/** How many scenarios run side by side: the apps and the provider examples spend much of their time waiting on each other's processes. */
const JOBS = Number(process.env.ILERT_DATADOG_E2E_JOBS ?? 3);
/** While working on one scenario: only the scenarios named here (comma-separated labels); the check that every kind deployed is then skipped. */
const ONLY = process.env.ILERT_DATADOG_E2E_ONLY?.split(",").map((label) => label.trim());

function stop(message: string): never {
  console.error(`test:e2e: ${message}`);
  process.exit(1);
}

/** Terraform installs the providers only from `mirror`: nothing from a registry. */
function writeCliConfig(mirror: string): void {
  fs.writeFileSync(CLI_CONFIG, cliConfig(mirror));
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
  // The apps' app command compiles dist/ when the sources changed: once, here, not by apps side by side.
  ensureBuilt("main.ts");
  const log = fs.openSync(FAKES_LOG, "w");
  const baseEnv: NodeJS.ProcessEnv = {
    ...process.env,
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
  // The library targets iLert 2.25.0; the newest provider that builds here is 2.20.0 (docs/e2e.md).
  // A mirror of the user's own holds the providers the library requires, unless they pin another.
  const pinned = process.env.ILERT_DATADOG_E2E_ILERT_VERSION ?? (ownMirror === undefined ? PROVIDERS[0].version : undefined);
  const context = pinned === undefined ? {} : { ilertProviderVersion: pinned };
  const results = new E2eResults();
  const seed = readSeed(path.join(__dirname, "fakes/seed.json"));

  /** A scenario with fakes of its own (so that scenarios run side by side), closed when it ends. */
  const scenario = (label: string, scenarioSeed: IlertSeed, body: (run: E2eRun) => Promise<void>) => ({
    label,
    run: async () => {
      const fakes = await startFakes(scenarioSeed, (line) => {
        fs.writeSync(log, `[${label}] ${line}\n`);
        console.log(`[${label}] ${line}`);
      });
      console.log(`[${label}] fakes on ${fakes.ilertServer.url} (iLert) and ${fakes.datadogServer.url} (Datadog)`);
      try {
        await body(new E2eRun(label, fakes, { ...baseEnv, ...fakes.env }, WORK, results));
      } finally {
        for (const server of [fakes.ilertServer, fakes.datadogServer])
          results.requests.set(server.api.name, (results.requests.get(server.api.name) ?? 0) + server.requests.length);
        await fakes.close();
      }
    },
  });
  const { examples, missing } = vendorExamples();
  // The longest first: the pool then ends with the short provider examples.
  const scenarios = [
    // The package README's Try it locally (packages/cdktf/README.md): packs both packages and installs the Quick start's project first.
    scenario("try-it-locally", seed, (run) => tryItLocally(run, context, path.resolve(ownMirror ?? MIRROR))),
    scenario("config-app", seed, (run) => configApp(run, context)),
    scenario("surface-app", seed, (run) => surfaceApp(run, context)),
    scenario("adopt-by-hand", seed, (run) => adoptByHand(run, context)),
    scenario("example-app", seed, (run) => exampleApp(run, context)),
    // The sandbox runs fakes of its own, in its own process; the scenario's stay unused.
    scenario("sandbox-app", seed, (run) => sandboxExampleApp(run, context, path.resolve(ownMirror ?? MIRROR))),
    ...examples.map((example) => scenario(example.name, { users: [], teams: [] }, (run) => vendorExample(run, example))),
  ].filter((s) => ONLY === undefined || ONLY.includes(s.label));
  console.log(
    `test:e2e: ${scenarios.length} scenarios, ${JOBS} at a time (ILERT_DATADOG_E2E_JOBS); fakes' requests logged to ${path.relative(ROOT, FAKES_LOG)}`,
  );

  const started = Date.now();
  await inParallel(
    scenarios.map((s) => s.run),
    JOBS,
  );
  fs.closeSync(log);
  for (const line of missing) results.note("Provider examples not applied", line);
  if (ONLY === undefined) checkEveryKindDeployed(results);
  else
    results.note(
      "Kinds the library declares or reads, and what deployed them",
      `not checked: only ${ONLY.join(", ")} ran (ILERT_DATADOG_E2E_ONLY)`,
    );

  console.log("\n=== Summary");
  for (const [heading, lines] of results.summary) {
    console.log(`${heading}:`);
    for (const line of lines) console.log(`  - ${line}`);
  }
  console.log(
    `Requests answered: ${results.requests.get("ilert") ?? 0} by the iLert fakes, ${results.requests.get("datadog") ?? 0} by the Datadog fakes`,
  );
  for (const f of results.failed) console.log(`FAILED: ${f.step}\n  ${f.error.replace(/\n/g, "\n  ")}`);
  console.log(`took ${Math.round((Date.now() - started) / 1000)} s`);
  console.log(`e2e: ${results.passed.length} passed, ${results.failed.length} failed`);
  process.exit(results.failed.length === 0 ? 0 : 1);
}

/** Runs `tasks` with at most `jobs` at a time; resolves when all have ended. */
async function inParallel(tasks: (() => Promise<void>)[], jobs: number): Promise<void> {
  const queue = [...tasks];
  const worker = async () => {
    for (let task = queue.shift(); task !== undefined; task = queue.shift()) await task();
  };
  await Promise.all(Array.from({ length: Math.min(jobs, tasks.length) }, worker));
}

/** Lists each kind the library declares with what deployed it; a kind nothing deployed fails the run. */
function checkEveryKindDeployed(results: E2eResults): void {
  const step = "every kind the library declares or reads was deployed by an app or a provider example";
  const undeployed: string[] = [];
  for (const kind of libraryKinds()) {
    const by = [...(results.deployed.get(kind.name) ?? [])].sort();
    if (by.length === 0) undeployed.push(kind.name);
    results.note("Kinds the library declares or reads, and what deployed them", `${kind.name}: ${by.join(", ") || "NOTHING"}`);
  }
  if (undeployed.length === 0) results.passed.push(step);
  else results.failed.push({ step, error: `never in a deployed state: ${undeployed.join(", ")}` });
}

main().catch((e: Error) => stop(e.stack ?? e.message));
