import { randomUUID } from "crypto";
import * as fs from "fs";
import * as path from "path";
import { describeFsError, kindOf, ReadFileError, readRegularFile } from "../app/read-file";
import { describeValue, escapeControls, shortText } from "../constructs/core/shown-text";
import { CI_FILES, CiSystem, ciWorkflow } from "./ci-workflow";
import { writeFiles } from "./write-files";
import { UserError } from "../constructs/core/private/user-error";

/**
 * `ilert-datadog init`: a new TypeScript project with one integration, ready for `npm install` and
 * `npx cdktf synth` (`npx cdktn synth` when run from the cdktn package). It overwrites nothing.
 */

/** What the package says about itself: name, version, peers. */
export interface PackageInfo {
  readonly name: string;
  readonly version: string;
  readonly peerDependencies: Readonly<Record<string, string>>;
}

/**
 * What a project of one framework names differently: the package (cdktf-ilert-datadog or
 * cdktn-ilert-datadog, whose own package.json tells which one runs `init`), the framework's module,
 * its Datadog bindings and its CLI. The rest of the project is the same for both.
 */
export interface Framework {
  /** The framework's module: `cdktf` or `cdktn`. */
  readonly name: "cdktf" | "cdktn";
  /** This library's package for it. */
  readonly packageName: string;
  /** Its Datadog bindings, imported by deep path. */
  readonly datadogBindings: string;
  /** Its CLI, pinned: `cdktf-cli` 0.21 (cdktf's last release) or `cdktn-cli` 0.24. */
  readonly cli: { readonly name: string; readonly version: string };
  /** package.json `engines`, when the CLI needs more than the package does. */
  readonly engines?: Readonly<Record<string, string>>;
  /** The oldest Node.js the CLI starts on, `[major, minor]`, when it needs more than the package does. */
  readonly minimumNode?: readonly [number, number];
}

export const CDKTF: Framework = {
  name: "cdktf",
  packageName: "cdktf-ilert-datadog",
  datadogBindings: "@cdktf/provider-datadog",
  cli: { name: "cdktf-cli", version: "0.21.0" },
};

/** cdktn-cli 0.24 declares `engines.node` >=22.19.0 (its dependencies need it; on Node 20 it crashes at start). */
export const CDKTN: Framework = {
  name: "cdktn",
  packageName: "cdktn-ilert-datadog",
  datadogBindings: "@cdktn/provider-datadog",
  cli: { name: "cdktn-cli", version: "0.24.0" },
  engines: { node: ">=22.19" },
  minimumNode: [22, 19],
};

/** The framework of the package named `packageName`. */
export function frameworkOf(packageName: string): Framework {
  const framework = [CDKTF, CDKTN].find((f) => f.packageName === packageName);
  if (framework === undefined)
    throw new Error(`${packageName}: not a package of this library (${CDKTF.packageName}, ${CDKTN.packageName})`);
  return framework;
}

/**
 * The tools the project runs with, pinned: the framework's CLI, and ts-node 10.9, which fails under
 * TypeScript 7 (`Cannot read properties of undefined (reading 'fileExists')`).
 */
export function devDependencies(framework: Framework = CDKTF): Record<string, string> {
  return { [framework.cli.name]: framework.cli.version, "ts-node": "10.9.2", typescript: "~5.9.3" };
}

/** The cdktf project's {@link devDependencies}. */
export const DEV_DEPENDENCIES: Readonly<Record<string, string>> = devDependencies(CDKTF);

/**
 * The example app `init` writes for cdktf: one escalation policy, the integration, and a monitor
 * that pages through it. {@link mainTs} names the other framework's modules in it.
 */
export const MAIN_TS = `import { App, TerraformOutput, TerraformStack } from "cdktf";
import { Monitor } from "@cdktf/provider-datadog/lib/monitor";
import { EscalationPolicy, EscalationTarget, IlertDatadogIntegration, User } from "cdktf-ilert-datadog";

const app = new App();
const stack = new TerraformStack(app, "payments");

// Who is paged: an existing iLert user, looked up by login email.
const policy = new EscalationPolicy(stack, "Policy", {
  name: "Payments",
  rules: [{ target: EscalationTarget.user(User.fromEmail(stack, "Lead", "lead@example.com")), escalationTimeoutMin: 15 }],
});

// An iLert alert source of type Datadog on that policy, and the Datadog webhook that posts to it.
const datadog = new IlertDatadogIntegration(stack, "Datadog", { name: "Payments (Datadog)", escalationPolicy: policy });

// A monitor that pages: connectMonitor appends datadog.notificationHandle (@webhook-ilert-payments-datadog).
const errors = new Monitor(stack, "Errors", {
  name: "Payments: checkout errors",
  type: "query alert",
  query: "sum(last_5m):sum:checkout.errors{env:prod}.as_count() > 50",
  message: "More than 50 checkout errors in 5 minutes.",
  monitorThresholds: { critical: "50" },
});
datadog.connectMonitor(errors);

new TerraformOutput(stack, "notification_handle", { value: datadog.notificationHandle });
app.synth();
`;

/** {@link MAIN_TS} importing `framework`'s modules: the framework, its Datadog bindings, this library's package. */
export function mainTs(framework: Framework = CDKTF): string {
  return MAIN_TS.replaceAll('"cdktf"', JSON.stringify(framework.name))
    .replaceAll('"@cdktf/provider-datadog/', `"${framework.datadogBindings}/`)
    .replaceAll('"cdktf-ilert-datadog"', JSON.stringify(framework.packageName));
}

/**
 * tsconfig.json of both frameworks' projects: type checking only (`npm run typecheck`; ts-node runs
 * main.ts), so no main.js lands beside main.ts. (cdktf-cli's and cdktn-cli's own templates are
 * identical to each other, and emit.)
 */
const TSCONFIG = {
  compilerOptions: {
    target: "ES2022",
    module: "commonjs",
    moduleResolution: "node",
    lib: ["ES2022"],
    strict: true,
    esModuleInterop: true,
    skipLibCheck: true,
    noEmit: true,
  },
  include: ["**/*.ts"],
  exclude: ["node_modules", "cdktf.out"],
};

const GITIGNORE = `node_modules/
cdktf.out/
.terraform/
terraform.*.tfstate*
*.tfstate
*.tfstate.backup
`;

/**
 * The files `init` writes besides package.json, by name. The same for both frameworks but for
 * main.ts's imports: cdktn-cli reads cdktf.json too, and writes cdktf.out.
 */
export function projectFiles(projectId: string = randomUUID(), framework: Framework = CDKTF): Record<string, string> {
  const cdktfJson = {
    language: "typescript",
    // ts-node without type checking: a synth in about a second; `npm run typecheck` type-checks.
    app: "npx ts-node --transpile-only main.ts",
    output: "cdktf.out",
    projectId,
    sendCrashReports: "false",
    terraformProviders: [],
    terraformModules: [],
  };
  return {
    "cdktf.json": json(cdktfJson),
    "tsconfig.json": json(TSCONFIG),
    "main.ts": mainTs(framework),
    ".gitignore": GITIGNORE,
  };
}

/** The package.json of a new project named `name`, for the package `pkg` (whose name tells the framework). */
export function packageJson(name: string, pkg: PackageInfo): Record<string, unknown> {
  const framework = frameworkOf(pkg.name);
  return {
    name,
    version: "0.1.0",
    private: true,
    ...(framework.engines ? { engines: { ...framework.engines } } : {}),
    scripts: {
      synth: `${framework.name} synth`,
      typecheck: "tsc",
      // Every tool of the command, as the docs name them (npm run import-commands, ...).
      ...Object.fromEntries(TOOLS.map((tool) => [tool, `ilert-datadog ${tool}`])),
    },
    dependencies: { [pkg.name]: `^${pkg.version}`, ...pkg.peerDependencies },
    devDependencies: devDependencies(framework),
  };
}

/** The subcommands that read a synthesized app (or, `smoke-test`, the deployed one), each a script of the project. */
export const TOOLS = ["oncall", "diagram", "preview", "import-commands", "stacks", "sandbox", "smoke-test"] as const;

/**
 * Refuses a Node.js older than `framework`'s CLI starts on (cdktn-cli 0.24 on Node 20 fails at
 * start with a minified trace), before anything is written: what is needed, and how to get it.
 */
export function checkNodeVersion(framework: Framework, version: string = process.versions.node): void {
  if (framework.minimumNode === undefined) return;
  const [major, minor] = version.split(".").map(Number);
  const [needMajor, needMinor] = framework.minimumNode;
  if (major > needMajor || (major === needMajor && minor >= needMinor)) return;
  throw new InitError(
    `${framework.cli.name} ${framework.cli.version} needs Node.js ${needMajor}.${needMinor} or later, and this is Node.js ${version}; install Node.js ${needMajor} (https://nodejs.org/, or \`nvm install ${needMajor}\` with nvm), then run init again with it; nothing was written`,
  );
}

/** What {@link initProject} did. */
export interface InitResult {
  /** The files written (package.json too when it was added to). */
  readonly written: string[];
  /** Entries of an existing package.json kept although init would write another value. */
  readonly kept: string[];
}

/** A reason `init` stops (a file it would overwrite, a link, a folder it cannot write in): nothing was written. */
export class InitError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = "InitError";
  }
}

/**
 * Writes the project into `dir`, and only there. An existing package.json (e.g. from `npm install
 * cdktf-ilert-datadog`) gets the missing scripts and dependencies, never a changed value; any other
 * of the files being there, even as a dangling symbolic link, stops it. Everything is checked before
 * anything is written, and the files are written whole, all or none (cli/write-files.ts): a
 * package.json that is a symbolic link, or anything but a regular file, stops it too, since writing
 * it would write into the file it points at.
 */
export function initProject(dir: string, pkg: PackageInfo, projectId?: string, nodeVersion?: string, ci?: CiSystem): InitResult {
  const framework = frameworkOf(pkg.name);
  checkNodeVersion(framework, nodeVersion);
  const files = { ...projectFiles(projectId, framework), ...(ci === undefined ? {} : { [CI_FILES[ci]]: ciWorkflow(ci, framework) }) };
  const existing = Object.keys(files).flatMap((f) => {
    const stat = lstatIfAny(dir, f);
    return stat === undefined ? [] : [stat.isSymbolicLink() ? `${f} (a symbolic link to ${fs.readlinkSync(path.join(dir, f))})` : f];
  });
  if (existing.length > 0) {
    throw new InitError(
      `${existing.join(", ")} already ${existing.length === 1 ? "exists" : "exist"} in ${dir}; init overwrites nothing: run it in a new, empty folder (mkdir payments-oncall && cd payments-oncall), or move ${existing.length === 1 ? "it" : "them"} away first`,
    );
  }
  const manifestFile = path.join(dir, "package.json");
  const wanted = packageJson(projectName(dir), pkg);
  const kept: string[] = [];
  const current = readManifest(dir);
  const manifest = current === undefined ? wanted : merge(current, wanted, kept);
  // The CI workflow's folders (.github/workflows), removed again if the project cannot be written.
  const madeFolders: string[] = [];
  try {
    for (const file of Object.keys(files)) {
      const made = fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      if (made !== undefined) madeFolders.push(made);
    }
    writeFiles([
      { file: manifestFile, content: json(manifest), replace: current !== undefined },
      ...Object.entries(files).map(([file, content]) => ({ file: path.join(dir, file), content, replace: false })),
    ]);
  } catch (e) {
    for (const folder of madeFolders) fs.rmSync(folder, { recursive: true, force: true });
    throw new InitError(
      `cannot write the project in ${dir}: ${describeFsError(e)}${(e as { dest?: string }).dest === undefined ? "" : ` (${path.basename((e as { dest: string }).dest)} appeared while init ran)`}; nothing was written: run init again in a folder you can write to`,
    );
  }
  return { written: ["package.json", ...Object.keys(files)], kept };
}

/** The entry `file` of `dir` as it is (a link is not followed), if there is one. */
function lstatIfAny(dir: string, file: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(path.join(dir, file));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new InitError(`cannot check ${file} in ${dir}: ${describeFsError(e)}; run init in a folder you can read and write`);
  }
}

/** The package.json in `dir` to add to: none, or a regular file of valid JSON (an object). */
function readManifest(dir: string): Record<string, unknown> | undefined {
  const stat = lstatIfAny(dir, "package.json");
  if (stat === undefined) return undefined;
  if (stat.isSymbolicLink())
    throw new InitError(
      `package.json in ${dir} is a symbolic link (to ${fs.readlinkSync(path.join(dir, "package.json"))}); init writes only in ${dir}, never through a link: replace the link with a copy of the file, or remove it, then run init again`,
    );
  if (!stat.isFile())
    throw new InitError(
      `package.json in ${dir} is ${kindOf(stat)}, not a regular file; remove it or replace it with your package.json, then run init again`,
    );
  let current: unknown;
  try {
    current = JSON.parse(readRegularFile(path.join(dir, "package.json")));
  } catch (e) {
    const problem = e instanceof ReadFileError ? e.problem : (e as Error).message;
    throw new InitError(`package.json in ${dir} cannot be read as JSON (${problem}); fix it or remove it, then run init again`);
  }
  if (!isRecord(current))
    throw new InitError(
      `package.json in ${dir} is not a JSON object (it holds ${describeJson(current)}); fix it or remove it, then run init again`,
    );
  return current;
}

function describeJson(value: unknown): string {
  return Array.isArray(value) ? "a list" : value === null ? "null" : `a ${typeof value}`;
}

/** `current` with what `wanted` adds: missing keys, and missing entries of its objects. */
function merge(current: Record<string, unknown>, wanted: Record<string, unknown>, kept: string[]): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(wanted)) {
    if (!(key in current)) merged[key] = value;
    else if (isRecord(value) && isRecord(current[key])) {
      const entries = { ...(current[key] as Record<string, unknown>) };
      for (const [name, v] of Object.entries(value)) {
        if (!(name in entries)) entries[name] = v;
        else if (entries[name] !== v && !(key === "dependencies" && name === Object.keys(value)[0]))
          kept.push(`${key}.${shortText(escapeControls(name))} ${describeValue(entries[name])} (init writes ${JSON.stringify(v)})`);
      }
      merged[key] = entries;
    }
  }
  return merged;
}

/** An npm package name from the folder's name. */
function projectName(dir: string): string {
  const name = path
    .basename(path.resolve(dir))
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/^[._-]+|-+$/g, "");
  return name === "" ? "ilert-datadog-app" : name;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
