import { randomUUID } from "crypto";
import * as fs from "fs";
import * as path from "path";

/**
 * `ilert-datadog init`: a new cdktf TypeScript project with one integration, ready for
 * `npm install && npx cdktf synth`. It overwrites nothing.
 */

/** What the package says about itself: name, version, peers. */
export interface PackageInfo {
  readonly name: string;
  readonly version: string;
  readonly peerDependencies: Readonly<Record<string, string>>;
}

/**
 * The tools the project runs with, pinned: cdktf-cli 0.21 is cdktf's last release, and ts-node 10.9
 * fails under TypeScript 7 (`Cannot read properties of undefined (reading 'fileExists')`).
 */
export const DEV_DEPENDENCIES: Readonly<Record<string, string>> = {
  "cdktf-cli": "0.21.0",
  "ts-node": "10.9.2",
  typescript: "~5.9.3",
};

/** The example app `init` writes: one escalation policy, the integration, and a monitor that pages through it. */
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

/** The files `init` writes besides package.json, by name. */
export function projectFiles(projectId: string = randomUUID()): Record<string, string> {
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
    "main.ts": MAIN_TS,
    ".gitignore": GITIGNORE,
  };
}

/** The package.json of a new project named `name`. */
export function packageJson(name: string, pkg: PackageInfo): Record<string, unknown> {
  return {
    name,
    version: "0.1.0",
    private: true,
    scripts: {
      synth: "cdktf synth",
      typecheck: "tsc",
      oncall: "ilert-datadog oncall",
      diagram: "ilert-datadog diagram",
      preview: "ilert-datadog preview",
    },
    dependencies: { [pkg.name]: `^${pkg.version}`, ...pkg.peerDependencies },
    devDependencies: { ...DEV_DEPENDENCIES },
  };
}

/** What {@link initProject} did. */
export interface InitResult {
  /** The files written (package.json too when it was added to). */
  readonly written: string[];
  /** Entries of an existing package.json kept although init would write another value. */
  readonly kept: string[];
}

/** A file `init` would overwrite: nothing was written. */
export class InitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InitError";
  }
}

/**
 * Writes the project into `dir`. An existing package.json (e.g. from `npm install
 * cdktf-ilert-datadog`) gets the missing scripts and dependencies, never a changed value; any other
 * file being there stops it before anything is written.
 */
export function initProject(dir: string, pkg: PackageInfo, projectId?: string): InitResult {
  const files = projectFiles(projectId);
  const existing = Object.keys(files).filter((f) => fs.existsSync(path.join(dir, f)));
  if (existing.length > 0) {
    throw new InitError(
      `${existing.join(", ")} already ${existing.length === 1 ? "exists" : "exist"} in ${dir}; init overwrites nothing: run it in a new, empty folder (mkdir payments-oncall && cd payments-oncall), or move ${existing.length === 1 ? "it" : "them"} away first`,
    );
  }
  const manifestFile = path.join(dir, "package.json");
  const wanted = packageJson(projectName(dir), pkg);
  let manifest = wanted;
  const kept: string[] = [];
  if (fs.existsSync(manifestFile)) {
    let current: Record<string, unknown>;
    try {
      current = JSON.parse(fs.readFileSync(manifestFile, "utf8"));
    } catch (e) {
      throw new InitError(`package.json in ${dir} is not valid JSON (${(e as Error).message}); fix it or remove it, then run init again`);
    }
    manifest = merge(current, wanted, kept);
  }
  fs.writeFileSync(manifestFile, json(manifest));
  for (const [file, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, file), content, { flag: "wx" });
  return { written: ["package.json", ...Object.keys(files)], kept };
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
          kept.push(`${key}.${name} ${JSON.stringify(entries[name])} (init writes ${JSON.stringify(v)})`);
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
