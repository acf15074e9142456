import { execFile } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { promisify } from "util";

// Packing a package of this repository as `npm run pack` / `npm run pack:cdktn` do (scripts/package.js:
// the build, then `npm pack` of the staged package) and installing it into a throwaway app, offline:
// the peers come from this repository's node_modules (linked with file: specs), so nothing is downloaded.

export const ROOT = path.resolve(__dirname, "../..");
export const TSC = require.resolve("typescript/bin/tsc");
const run = promisify(execFile);

/** What packing runs and reads, copied so packing neither races other runs nor sees an old dist/. */
const BUILD_INPUTS = [
  "package.json",
  "README.md",
  "LICENSE",
  "CHANGELOG.md",
  "docs",
  "examples",
  "scripts/package.js",
  "tsconfig.json",
  "tsconfig.package.json",
  "scripts/toolchain.js",
  "scripts/args.js",
  "scripts/cdktn",
  "toolchains/cdktn/package.json",
  "packages/cdktn/package.json",
  "packages/cdktn/README.md",
  "packages/cdktf/README.md",
  "constructs",
  "tools",
  "app",
  "cli",
  ".gen",
];

/** npm without its update check or any prompt; the tests must not need the network. */
export const NPM_ENV = { ...process.env, npm_config_update_notifier: "false", npm_config_fund: "false", npm_config_audit: "false" };

export async function exec(file: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = NPM_ENV): Promise<string> {
  try {
    return (await run(file, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 })).stdout;
  } catch (e) {
    const { stdout, stderr } = e as { stdout?: string; stderr?: string };
    throw new Error(
      `${path.basename(file)} ${args.join(" ")} failed in ${cwd}: ${(e as Error).message}\n--- stdout\n${stdout}\n--- stderr\n${stderr}`,
    );
  }
}

export interface Packed {
  /** The tarball's path. */
  readonly filename: string;
  /** The paths it holds, sorted. */
  readonly files: string[];
}

/** Packs the cdktf or the cdktn package into `tmp`. */
export async function pack(tmp: string, framework: "cdktf" | "cdktn"): Promise<Packed> {
  const src = path.join(tmp, "src");
  for (const input of BUILD_INPUTS) fs.cpSync(path.join(ROOT, input), path.join(src, input), { recursive: true });
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(src, "node_modules"), "dir");
  // The cdktn build type-checks against the cdktn toolchain's install, when there is one.
  const cdktn = path.join(ROOT, CDKTN_MODULES);
  if (fs.existsSync(cdktn)) fs.symlinkSync(cdktn, path.join(src, CDKTN_MODULES), "dir");
  const [result] = JSON.parse(await exec(process.execPath, ["scripts/package.js", framework, "--out", tmp, "--json"], src));
  return { filename: path.join(tmp, result.filename), files: result.files.map((f: { path: string }) => f.path).sort() };
}

/** What packing the companion package ilert-datadog-sandbox reads (scripts/sandbox-package.js), copied for the same reasons. */
const SANDBOX_BUILD_INPUTS = [
  "package.json",
  "LICENSE",
  "packages/sandbox",
  "__tests__/e2e/package.json",
  "__tests__/e2e/fakes",
  "scripts/sandbox-package.js",
  "scripts/package.js",
  "scripts/toolchain.js",
  "scripts/args.js",
  "scripts/cdktn",
];

/**
 * Packs the companion package ilert-datadog-sandbox (the sandbox's API fakes, `npm run pack:sandbox`)
 * into `tmp`; needs the e2e install (`npm run setup:e2e`), which it links.
 */
export async function packSandbox(tmp: string): Promise<Packed> {
  const src = path.join(tmp, "sandbox-src");
  for (const input of SANDBOX_BUILD_INPUTS) fs.cpSync(path.join(ROOT, input), path.join(src, input), { recursive: true });
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(src, "node_modules"), "dir");
  fs.symlinkSync(path.join(ROOT, E2E_MODULES), path.join(src, E2E_MODULES), "dir");
  const [result] = JSON.parse(await exec(process.execPath, ["scripts/sandbox-package.js", "--out", tmp, "--json"], src));
  return { filename: path.join(tmp, result.filename), files: result.files.map((f: { path: string }) => f.path).sort() };
}

/** Where the e2e's install (`npm run setup:e2e`: the fakes' dependencies) is, relative to the repository. */
export const E2E_MODULES = "__tests__/e2e/node_modules";

/** Where the cdktn toolchain (`npm run setup:cdktn`) installs, relative to the repository. */
export const CDKTN_MODULES = "toolchains/cdktn/node_modules";

/**
 * Creates the app `app` with the packed package and the given peers installed, linked from
 * `modules` (this repository's node_modules, or a toolchain's), and `dependencies` (the package's
 * own, e.g. zod) linked from this repository's node_modules.
 */
export async function installApp(
  app: string,
  name: string,
  packed: Packed,
  peers: string[],
  modules = path.join(ROOT, "node_modules"),
  packageDependencies: string[] = [],
): Promise<void> {
  fs.mkdirSync(app, { recursive: true });
  const dependencies = Object.fromEntries([
    [name, `file:${packed.filename}`],
    ...peers.map((p) => [p, `file:${path.join(modules, p)}`]),
    ...packageDependencies.map((d) => [d, `file:${path.join(ROOT, "node_modules", d)}`]),
  ]);
  fs.writeFileSync(
    path.join(app, "package.json"),
    JSON.stringify({ name: "checkout-infra", version: "1.0.0", private: true, dependencies }, null, 2),
  );
  // --legacy-peer-deps: the peers are the app's own (linked) dependencies, so npm need not place them.
  await exec("npm", ["install", "--offline", "--no-package-lock", "--ignore-scripts", "--legacy-peer-deps"], app);
}

/** The tsconfig `<cli> init --template typescript` writes (cdktf-cli 0.21, cdktn-cli 0.24), less its inline source maps. */
export function templateTsconfig(cli: "cdktf-cli" | "cdktn-cli"): Record<string, any> {
  const template = path.join(path.dirname(require.resolve(`${cli}/package.json`)), "bundle", "templates", "typescript", "tsconfig.json");
  const config = JSON.parse(fs.readFileSync(template, "utf8"));
  const { inlineSourceMap: _maps, inlineSources: _sources, incremental: _incremental, ...compilerOptions } = config.compilerOptions;
  return { ...config, compilerOptions };
}

/** The Markdown a package ships beside its README: the guides (docs/*.md), then the generated API reference (docs/api/*.md). */
export function documentsShipped(): string[] {
  return ["docs", "docs/api"].flatMap((folder) =>
    fs
      .readdirSync(path.join(ROOT, folder))
      .filter((f) => f.endsWith(".md"))
      .map((f) => `${folder}/${f}`),
  );
}

/**
 * The relative links of the installed package's Markdown files that point at no file of the package
 * (`file: target`): on the registry's page and in node_modules, such a link is dead.
 */
export function deadLinks(installed: string, files: string[]): string[] {
  const dead: string[] = [];
  for (const file of files.filter((f) => f.endsWith(".md"))) {
    const text = fs.readFileSync(path.join(installed, file), "utf8");
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("#")) continue;
      const linked = path.posix.normalize(path.posix.join(path.posix.dirname(file), target.split("#")[0]));
      if (!files.includes(linked)) dead.push(`${file}: ${target}`);
    }
  }
  return dead;
}

/** What {@link runQuickStart} leaves: the project the commands made, the environment, the stack, the time. */
export interface QuickStart {
  readonly project: string;
  readonly env: NodeJS.ProcessEnv;
  /** The synthesized stack `payments`. */
  readonly tf: Record<string, any>;
  readonly seconds: number;
  /** The requests to HashiCorp's checkpoint service (telemetry) the commands made, refused: none, when the Quick start turns it off. */
  readonly telemetry: string[];
}

/**
 * Runs `commands` (a README's Quick start, as written) in `<tmp>/quick-start` with `tarball` (the path
 * the README writes) replaced by the packed tarball, the one thing replaced; the npm cache first (the
 * registry only for what it lacks), no update checks; `path` first on PATH if given. Telemetry is
 * left to the commands (CHECKPOINT_DISABLE is not set): every request to the checkpoint service is
 * refused and recorded (no-telemetry.js, preloaded), and {@link QuickStart.telemetry} lists them.
 */
export async function runQuickStart(
  commands: string,
  tarball: string,
  packed: Packed,
  tmp: string,
  pathFirst?: string,
): Promise<QuickStart> {
  if (!commands.includes(tarball)) throw new Error(`the Quick start does not install ${tarball}`);
  if (path.basename(packed.filename) !== path.basename(tarball)) throw new Error(`packed ${packed.filename}, the README names ${tarball}`);
  const root = path.join(tmp, "quick-start");
  fs.mkdirSync(root);
  const telemetryLog = path.join(tmp, "telemetry.log");
  // The process may have CHECKPOINT_DISABLE (CI sets it): the Quick start must turn telemetry off
  // itself. TF_CLI_CONFIG_FILE may name a file this machine lacks, which Terraform warns about.
  const { CHECKPOINT_DISABLE: _checkpoint, TF_CLI_CONFIG_FILE: _terraformrc, ...npmEnv }: NodeJS.ProcessEnv = NPM_ENV;
  const quickStartEnv: NodeJS.ProcessEnv = {
    ...npmEnv,
    ...(pathFirst ? { PATH: `${pathFirst}${path.delimiter}${process.env.PATH}` } : {}),
    npm_config_prefer_offline: "true",
    DISABLE_VERSION_CHECK: "true",
    CDKTF_HOME: path.join(tmp, "cdktf-home"),
    // With the memory setting the CLI would add, so that it does not warn about NODE_OPTIONS.
    NODE_OPTIONS: `--max-old-space-size=4096 --require ${path.join(__dirname, "no-telemetry.js")}`,
    TELEMETRY_LOG: telemetryLog,
  };
  const started = Date.now();
  await exec("sh", ["-e", "-c", commands.replaceAll(tarball, packed.filename)], root, quickStartEnv);
  const seconds = (Date.now() - started) / 1000;
  const project = path.join(root, "payments-oncall");
  const tf = JSON.parse(fs.readFileSync(path.join(project, "cdktf.out", "stacks", "payments", "cdk.tf.json"), "utf8"));
  const telemetry = fs.existsSync(telemetryLog) ? fs.readFileSync(telemetryLog, "utf8").trim().split("\n") : [];
  // The project's further commands, as after the Quick start's exports.
  const { NODE_OPTIONS: _probe, TELEMETRY_LOG: _log, ...rest } = quickStartEnv;
  const env: NodeJS.ProcessEnv = { ...rest, CHECKPOINT_DISABLE: "1" };
  return { project, env, tf, seconds, telemetry };
}

/** How an installed package's `.jsii` assembly and its main module agree (see {@link assemblyAgainstEntry}). */
export interface AssemblyAgainstEntry {
  /** Types of the assembly with a runtime value (classes, enums) not found by their name's path from the main module. */
  readonly unreachable: string[];
  /** Classes whose constructor lacks jsii's type information (`Symbol.for("jsii.rtti")`) naming them. */
  readonly withoutTypeInfo: string[];
  /** Names the main module exports that the assembly has no type of. */
  readonly notInAssembly: string[];
  /** The main module's `ilert` namespace holds the deep imports' objects (`<name>/ilert/<resource>`). */
  readonly sameBindings: boolean;
}

/**
 * What {@link assemblyAgainstEntry} finds for both packages: nothing amiss, but for the one export that
 * is TypeScript-only (`IlertDatadogValidationError`, @internal for jsii; `IlertDatadogErrors.isValidationError`
 * recognises it in every language).
 */
export const ENTRY_MATCHES_ASSEMBLY: AssemblyAgainstEntry = {
  unreachable: [],
  withoutTypeInfo: [],
  notInAssembly: ["IlertDatadogValidationError"],
  sameBindings: true,
};

/**
 * Reads package `name`'s `.jsii` and requires its main module in a Node process in `app` (where it is
 * installed): what the jsii runtime does when Python creates a type by its name.
 */
export async function assemblyAgainstEntry(app: string, name: string): Promise<AssemblyAgainstEntry> {
  const script = `
    const fs = require("fs");
    const name = ${JSON.stringify(name)};
    const assembly = JSON.parse(fs.readFileSync(require.resolve(name + "/.jsii"), "utf8"));
    const main = require(name);
    const valueOf = (fqn) => fqn.slice(name.length + 1).split(".").reduce((v, part) => (v == null ? v : v[part]), main);
    const typed = Object.entries(assembly.types).filter(([, t]) => t.kind !== "interface");
    const rtti = Symbol.for("jsii.rtti");
    console.log(JSON.stringify({
      unreachable: typed.filter(([fqn]) => valueOf(fqn) === undefined).map(([fqn]) => fqn),
      withoutTypeInfo: typed.filter(([fqn, t]) => t.kind === "class" && valueOf(fqn)?.[rtti]?.fqn !== fqn).map(([fqn]) => fqn),
      notInAssembly: Object.keys(main).filter((k) => k !== "ilert" && !assembly.types[name + "." + k]),
      sameBindings: main.ilert.alertSource.AlertSource === require(name + "/ilert/alert-source").AlertSource,
    }));`;
  return JSON.parse(await exec(process.execPath, ["-e", script], app));
}

/**
 * The types of an installed package's `.jsii` whose symbol id a jsii library compiled against the
 * package would not find: jsii (the compiler, and jsii-rosetta) computes the id of an imported type
 * from the declaration file it comes from and the package's `jsii` block, and looks it up in the
 * assembly. Each type's declaration is read from the installed package (`dist/lib/<source>.d.ts`).
 */
export function unmappedSymbolIds(installed: string): string[] {
  // jsii exports no subpath; its own function, by file.
  const { symbolIdentifier } = require(path.join(ROOT, "node_modules/jsii/lib/common/symbol-id.js"));
  const assembly = JSON.parse(fs.readFileSync(path.join(installed, ".jsii"), "utf8"));
  const { outDir } = JSON.parse(fs.readFileSync(path.join(installed, "package.json"), "utf8")).jsii.tsc;
  const types = Object.entries<any>(assembly.types);
  const files = [...new Set(types.map(([, t]) => path.join(installed, outDir, `${t.symbolId.split(":")[0]}.d.ts`)))];
  const program = ts.createProgram(files, { noResolve: false, skipLibCheck: true, types: [] });
  const checker = program.getTypeChecker();
  return types
    .filter(([, type]) => {
      const [file, name] = type.symbolId.split(":");
      const source = program.getSourceFile(path.join(installed, outDir, `${file}.d.ts`));
      const module = source && checker.getSymbolAtLocation(source);
      const symbol = module && checker.getExportsOfModule(module).find((s) => s.name === name.split(".")[0]);
      return symbolIdentifier(checker, symbol, { assembly }) !== type.symbolId;
    })
    .map(([fqn]) => fqn);
}
