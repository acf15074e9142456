#!/usr/bin/env node
// `npm run e2e:providers`: builds the real iLert and Datadog Terraform providers from their sources
// in ../shared/providers (this project's private provider mirror: no Terraform registry is reachable
// where it is built) into a Terraform filesystem mirror under .e2e/providers, for the end-to-end
// test. The sources are copied to .e2e/build first (the shared folder may be read-only); Go's module
// and build caches stay in Go's default folders, so a second run takes seconds. Nothing here is
// committed (.e2e/ is git-ignored), and the library itself never needs this folder.
"use strict";
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "../..");
const E2E = path.join(ROOT, ".e2e");
const BUILD = path.join(E2E, "build");
/** The Terraform filesystem mirror the e2e's CLI config names. */
const MIRROR = path.join(E2E, "providers");
/** A Terraform CLI config naming that mirror, for deploys outside the e2e (`TF_CLI_CONFIG_FILE`). */
const CLI_CONFIG = path.join(E2E, "providers.tfrc");
const SOURCES = path.resolve(ROOT, process.env.ILERT_DATADOG_PROVIDER_SOURCES ?? "../shared/providers");
const PLATFORM = "linux_amd64";

/** The providers, as ../shared/providers/README.md builds them. */
const PROVIDERS = [
  {
    name: "iLert",
    folder: "terraform-provider-ilert-v2.20.0",
    address: "ilert/ilert",
    version: "2.20.0",
    // iLert 2.20.0 builds against the ilert-go source beside it (the Go module proxy refuses that module).
    prepare: ["go", "mod", "edit", "-replace", "github.com/iLert/ilert-go/v3=../ilert-go-v3.19.0"],
    ldflags: "-s -w",
  },
  {
    name: "Datadog",
    folder: "terraform-provider-datadog-v3.82.0",
    address: "datadog/datadog",
    version: "3.82.0",
    ldflags: "-s -w -X github.com/terraform-providers/terraform-provider-datadog/version.ProviderVersion=3.82.0",
  },
];
const COPIED = ["terraform-provider-ilert-v2.20.0", "ilert-go-v3.19.0", "terraform-provider-datadog-v3.82.0"];

/** Where a provider's binary goes in the mirror (the layout `terraform init` looks for). */
function binaryOf(provider) {
  const [namespace, type] = provider.address.split("/");
  return path.join(
    MIRROR,
    "registry.terraform.io",
    namespace,
    type,
    provider.version,
    PLATFORM,
    `terraform-provider-${type}_v${provider.version}`,
  );
}

function say(message) {
  process.stdout.write(`e2e:providers: ${message}\n`);
}

function stop(message) {
  process.stderr.write(`e2e:providers: ${message}\n`);
  process.exit(1);
}

function run(command, args, cwd, env) {
  const result = spawnSync(command, args, { cwd, env, stdio: "inherit" });
  if (result.error) stop(`${command} could not run: ${result.error.message}`);
  if (result.status !== 0) stop(`${command} ${args.join(" ")} failed in ${path.relative(ROOT, cwd)} (exit ${result.status})`);
}

function main() {
  const missing = COPIED.filter((f) => !fs.existsSync(path.join(SOURCES, f)));
  if (missing.length > 0) {
    stop(
      `no provider sources at ${SOURCES} (missing ${missing.join(", ")}): this builds the providers only from their sources, ` +
        "which it looks for in shared/providers beside this checkout (<checkout>/../shared/providers) unless " +
        "ILERT_DATADOG_PROVIDER_SOURCES names another folder; " +
        'with registry access, fill a mirror from the registry instead (docs/e2e.md, "With registry access")',
    );
  }
  const go = spawnSync("go", ["version"], { encoding: "utf8" });
  if (go.status !== 0) stop("Go is not on the PATH: install Go 1.24 or later to build the providers");
  say(`${go.stdout.trim()}; sources from ${SOURCES}`);

  fs.rmSync(BUILD, { recursive: true, force: true });
  for (const folder of COPIED) {
    fs.cpSync(path.join(SOURCES, folder), path.join(BUILD, folder), { recursive: true });
    fs.chmodSync(path.join(BUILD, folder), 0o755);
  }
  // The copies must be writable (go mod edit, go.sum updates): the shared folder may be read-only.
  for (const file of walk(BUILD)) fs.chmodSync(file, fs.statSync(file).isDirectory() ? 0o755 : 0o644);

  // -mod=mod lets go fill in go.sum from the module proxy; GOTOOLCHAIN=local never downloads a toolchain.
  const env = { ...process.env, GOFLAGS: "-mod=mod", GOTOOLCHAIN: "local", CGO_ENABLED: "0" };
  for (const provider of PROVIDERS) {
    const cwd = path.join(BUILD, provider.folder);
    const started = Date.now();
    say(`building ${provider.name} ${provider.version} (cold Go caches: minutes; warm: seconds) ...`);
    if (provider.prepare) run(provider.prepare[0], provider.prepare.slice(1), cwd, env);
    run("go", ["build", "-trimpath", "-ldflags", provider.ldflags, "-o", binaryOf(provider), "."], cwd, env);
    say(
      `${provider.name} ${provider.version} built in ${((Date.now() - started) / 1000).toFixed(0)} s: ${path.relative(ROOT, binaryOf(provider))}`,
    );
  }
  fs.writeFileSync(CLI_CONFIG, cliConfig(MIRROR));
  say(`filesystem mirror ready: ${path.relative(ROOT, MIRROR)}, and a Terraform CLI config naming it: ${path.relative(ROOT, CLI_CONFIG)}`);
  say(
    `to deploy with these providers outside the e2e (e.g. against \`npm run fakes\`): export TF_CLI_CONFIG_FILE=${CLI_CONFIG}, ` +
      `set "context": { "ilertProviderVersion": "${PROVIDERS[0].version}" } in the project's cdktf.json, and run cdktf deploy with --skip-provider-lock`,
  );
}

/** A Terraform CLI config that installs the two providers only from `mirror`: nothing from a registry. */
function cliConfig(mirror) {
  const include = PROVIDERS.map((p) => `registry.terraform.io/${p.address}`);
  return `provider_installation {
  filesystem_mirror {
    path    = ${JSON.stringify(mirror)}
    include = ${JSON.stringify(include)}
  }
  direct { exclude = ["registry.terraform.io/*/*"] }
}
`;
}

function* walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    yield p;
    if (entry.isDirectory()) yield* walk(p);
  }
}

module.exports = { MIRROR, PROVIDERS, binaryOf, cliConfig };
if (require.main === module) main();
