import * as fs from "fs";
import { builtinModules } from "module";
import * as os from "os";
import * as path from "path";
import * as ts from "typescript";
import { spawnSync } from "child_process";
import { stripVTControlCharacters } from "util";
import { fencedBlocks } from "../helpers/markdown";
import {
  assemblyAgainstEntry,
  deadLinks,
  documentsShipped,
  ENTRY_MATCHES_ASSEMBLY,
  exec,
  installApp,
  pack,
  Packed,
  ROOT,
  runQuickStart,
  templateTsconfig,
  TSC,
  unmappedSymbolIds,
} from "./packing";
import { describeWithCdktfCli } from "../helpers/cdktf-cli";
import { CONTROL_CHARACTERS } from "../../constructs/core/shown-text";

// Packs the library as `npm run pack` does (scripts/package.js), installs the tarball into a
// throwaway cdktf TypeScript app that already has a Datadog provider, a monitor and an output,
// compiles that app with tsc against the installed declarations, runs it and reads what it synthesized.
// The peers come from this repository's node_modules (linked with file: specs), so nothing is
// downloaded: npm installs offline.

// The fixture's builder is a script of the Python tests too (JavaScript).
const { compileConsumer } = require("./jsii-consumer/build") as { compileConsumer: (dir: string, tarball: string) => string };

const PKG = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
const PEERS = Object.keys(PKG.peerDependencies).sort();

/** The package's README (its npm page), in the repository. */
const PACKAGE_README = fs.readFileSync(path.join(ROOT, "packages/cdktf/README.md"), "utf8");

/** The package README's Quick start section. */
function quickStart(): string {
  const start = PACKAGE_README.indexOf("## Quick start");
  return PACKAGE_README.slice(start, PACKAGE_README.indexOf("\n## ", start + 1));
}

/** The throwaway app: an existing stack (provider, monitor, output) that then adopts the constructs. */
const CONSUMER_MAIN = `
import { App, TerraformOutput, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { Monitor } from "@cdktf/provider-datadog/lib/monitor";
import { DatadogProvider } from "@cdktf/provider-datadog/lib/provider";
import { EscalationPolicy, IlertDatadogIntegration, IlertDatadogValidationError } from "cdktf-ilert-datadog";
import { IlertProvider } from "cdktf-ilert-datadog/ilert/provider";
import { readSynthesizedStacks, SynthesizedStack } from "cdktf-ilert-datadog/tools";

class CheckoutStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    // What the stack had before.
    new DatadogProvider(this, "datadog", { apiUrl: "https://api.datadoghq.eu/" });
    const cpu = new Monitor(this, "cpu", {
      name: "Checkout CPU",
      type: "metric alert",
      query: "avg(last_5m):avg:system.cpu.user{service:checkout} > 90",
      message: "Checkout CPU is high.",
    });
    new TerraformOutput(this, "monitor_id", { value: cpu.id });

    // What it adds: an aliased iLert provider from the package's bindings, and the integration.
    const ilert = new IlertProvider(this, "ilert", { alias: "eu", endpoint: "https://ilert.example.com/" });
    const paging = new IlertDatadogIntegration(this, "Paging", {
      name: "Checkout",
      escalationPolicy: EscalationPolicy.fromId(this, "Policy", "4711"),
      ilertProvider: ilert,
    });
    paging.connectMonitor(cpu);
    new TerraformOutput(this, "handle", { value: paging.notificationHandle });

    try {
      new IlertDatadogIntegration(this, "Broken", { name: "Broken", escalationPolicy: EscalationPolicy.fromId(this, "P2", "x") });
    } catch (e) {
      new TerraformOutput(this, "validation_error", { value: e instanceof IlertDatadogValidationError ? e.prop : "not an IlertDatadogValidationError" });
    }
  }
}

/** Never called: tsc fails if the installed declarations degrade to \`any\` (an unused @ts-expect-error). */
export function typedProps(stack: TerraformStack): void {
  // @ts-expect-error name is a string
  new IlertDatadogIntegration(stack, "Typed", { name: 42, escalationPolicy: EscalationPolicy.fromId(stack, "P", "1") });
  // @ts-expect-error alias is a string
  new IlertProvider(stack, "typed", { alias: 1 });
}

const app = new App();
new CheckoutStack(app, "checkout");
app.synth();

/** Never called: tsc checks the tools subpath's declarations. */
export function stackNames(outdir: string): string[] {
  return readSynthesizedStacks(outdir).map((stack: SynthesizedStack) => stack.name);
}
`;

// One tarball for both parts of this file: the app below, and the README's Quick start.
let tmp: string;
let packed: Packed;
beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "package-"));
  packed = await pack(tmp, "cdktf");
}, 120_000);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("npm pack, installed into a cdktf app", () => {
  let installed: string;
  let app: string;
  let tf: Record<string, any>;
  let toolsRead: unknown;

  beforeAll(async () => {
    app = path.join(tmp, "app");
    await installApp(app, "cdktf-ilert-datadog", packed, [...PEERS, "zod"]);
    installed = path.join(app, "node_modules", "cdktf-ilert-datadog");

    fs.writeFileSync(path.join(app, "main.ts"), CONSUMER_MAIN);
    fs.writeFileSync(path.join(app, "tsconfig.json"), JSON.stringify(templateTsconfig("cdktf-cli"), null, 2));
    await exec(process.execPath, [TSC, "-p", "."], app);
    const outdir = path.join(tmp, "cdktf.out");
    await exec(process.execPath, ["main.js"], app, { ...process.env, CDKTF_OUTDIR: outdir });
    tf = JSON.parse(fs.readFileSync(path.join(outdir, "stacks", "checkout", "cdk.tf.json"), "utf8"));
    const read = `const [s] = require("cdktf-ilert-datadog/tools").readSynthesizedStacks(${JSON.stringify(outdir)}); console.log(JSON.stringify({ name: s.name, types: Object.keys(s.config.resource).sort() }))`;
    toolsRead = JSON.parse(await exec(process.execPath, ["-e", read], app));
  }, 240_000);

  test("the package holds compiled JavaScript and declarations (the library, the config app, the command), the jsii assembly, zod, LICENSE and the documents", () => {
    const others = packed.files.filter((f) => !/^dist\/lib\/.+\.(js|d\.ts)$/.test(f) && !f.startsWith("node_modules/zod/"));
    const docs = documentsShipped();
    expect(others).toEqual(
      [".jsii", "CHANGELOG.md", "LICENSE", "README.md", ...docs, "examples/config.example.json", "package.json"].sort(),
    );
    // zod bundled (jsii's way for a dependency that is no jsii module): its own manifest, at the locked version.
    const zod = JSON.parse(fs.readFileSync(path.join(installed, "node_modules/zod/package.json"), "utf8"));
    expect(zod.version).toBe(JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules/zod/package.json"), "utf8")).version);
    expect(fs.readFileSync(path.join(installed, "LICENSE"), "utf8")).toBe(fs.readFileSync(path.join(ROOT, "LICENSE"), "utf8"));
    const lib = packed.files.filter((f) => f.startsWith("dist/lib/"));
    expect(lib.filter((f) => !/^dist\/lib\/(constructs|tools|app|cli|\.gen\/providers\/ilert)\//.test(f))).toEqual([]);
    for (const entry of [
      "constructs/index",
      "constructs/integration/ilert-datadog-integration",
      "tools/index",
      "app/config-app",
      "cli/ilert-datadog",
      ".gen/providers/ilert/provider/index",
    ]) {
      expect(lib).toEqual(expect.arrayContaining([`dist/lib/${entry}.js`, `dist/lib/${entry}.d.ts`]));
    }
    // Every .js has its declarations.
    expect(lib.filter((f) => f.endsWith(".js")).map((f) => f.replace(/\.js$/, ".d.ts"))).toEqual(lib.filter((f) => f.endsWith(".d.ts")));
  });

  test("its package.json holds a consumer's fields only: entry points, bin, peers and the config app's one dependency", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(installed, "package.json"), "utf8"));
    // No scripts, dev dependencies or "private" of the repository's own package.json (npm adds its own underscore fields when installing).
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
    expect([manifest.license, manifest.engines]).toEqual(["MPL-2.0", { node: "^20.9.0 || ^22.0.0 || ^24.0.0" }]);
    // Keywords for the registry's search; no homepage or bugs URL: there is no public repository yet.
    expect(manifest.keywords).toEqual(PKG.keywords);
    expect([manifest.homepage, manifest.bugs, manifest.repository]).toEqual([undefined, undefined, undefined]);
    // zod, for the config app (app/, the `ilert-datadog app` command); the constructs need the peers only.
    expect(manifest.dependencies).toEqual({ zod: PKG.dependencies.zod });
    expect(manifest.optionalDependencies).toBeUndefined();
    expect(manifest.bundleDependencies).toEqual(["zod"]);
    expect(manifest.jsii).toEqual({
      outdir: "pacmak",
      targets: { python: { distName: "cdktf-ilert-datadog", module: "cdktf_ilert_datadog" } },
      tsc: { rootDir: ".", outDir: "dist/lib" },
    });
    expect(manifest.peerDependencies).toEqual(PKG.peerDependencies);
    expect(manifest.main).toBe("dist/lib/constructs/index.js");
    expect(manifest.types).toBe("dist/lib/constructs/index.d.ts");
    expect(manifest.bin).toEqual({
      "cdktf-ilert-datadog": "dist/lib/cli/ilert-datadog.js",
      "ilert-datadog": "dist/lib/cli/ilert-datadog.js",
    });
    expect(fs.readFileSync(path.join(installed, manifest.bin["ilert-datadog"]), "utf8")).toMatch(/^#!\/usr\/bin\/env node\n/);
    expect(Object.keys(manifest.exports)).toEqual([".", "./tools", "./ilert/*", "./package.json", "./.jsii"]);
    for (const [spec, target] of Object.entries<any>(manifest.exports)) {
      if (typeof target === "string") continue;
      const file = (t: string) => t.replace("*", "provider");
      expect({
        spec,
        js: fs.existsSync(path.join(installed, file(target.default))),
        dts: fs.existsSync(path.join(installed, file(target.types))),
      }).toEqual({ spec, js: true, dts: true });
    }
  });

  test("its README is the one written for package users (the npm page), and it and the documents link only to files the package has", () => {
    // The README is packages/cdktf/README.md, unchanged: it begins with what the library is, not with the repository's commands.
    const readme = fs.readFileSync(path.join(installed, "README.md"), "utf8");
    expect(readme).toBe(PACKAGE_README);
    expect(readme.split("\n").slice(0, 3)).toEqual([
      "# cdktf-ilert-datadog",
      "",
      "CDK for Terraform (cdktf 0.21) constructs that turn the iLert ↔ Datadog click-path into reviewed, versioned",
    ]);
    expect(readme).not.toMatch(/npm ci|npm run pack|npm test/);
    // The bundled zod's own README is zod's.
    expect(
      deadLinks(
        installed,
        packed.files.filter((f) => !f.startsWith("node_modules/")),
      ),
    ).toEqual([]);
    // The docs' links to the package README (packages/cdktf/README.md in the repository) point at README.md;
    // a link to a repository file that is not shipped keeps its text (scripts/package.js).
    const monitors = fs.readFileSync(path.join(installed, "docs/monitors.md"), "utf8");
    expect(monitors).toContain("The package README's [Monitors](../README.md#monitors) section");
    expect(fs.readFileSync(path.join(installed, "docs/validation.md"), "utf8")).toContain("(BENCHMARKS.md). Python apps");
  });

  test("its JavaScript requires only its own files, Node built-ins, the peer dependencies and zod", () => {
    const required = new Set<string>();
    for (const file of packed.files.filter((f) => f.startsWith("dist/lib/") && f.endsWith(".js"))) {
      for (const [, spec] of fs.readFileSync(path.join(installed, file), "utf8").matchAll(/\brequire\("([^"]+)"\)/g)) {
        const target = path.join(installed, path.dirname(file), spec);
        if (spec.startsWith("."))
          expect({ file, spec, exists: [`${target}.js`, path.join(target, "index.js")].some((f) => fs.existsSync(f)) }).toEqual({
            file,
            spec,
            exists: true,
          });
        else required.add(spec);
      }
    }
    const outside = [...required].filter(
      (spec) => !builtinModules.includes(spec) && ![...PEERS, "zod"].some((peer) => spec === peer || spec.startsWith(`${peer}/`)),
    );
    expect(outside).toEqual([]);
    // Datadog bindings only by deep path: the root barrel costs ~0.8 s and 250 MB to load.
    expect(
      [...required]
        .filter((spec) => spec.startsWith("@cdktf/provider-datadog"))
        .every((spec) => spec.startsWith("@cdktf/provider-datadog/lib/")),
    ).toBe(true);
  });

  test("the app compiles with tsc against the installed declarations and synthesizes with the constructs wired in", () => {
    // The app's own provider, monitor and output are kept; its Datadog provider is used, not a default one.
    expect(tf.provider).toEqual({
      datadog: [{ api_url: "https://api.datadoghq.eu/" }],
      ilert: [{ alias: "eu", endpoint: "https://ilert.example.com/" }],
    });
    expect(tf.output.monitor_id.value).toBe("${datadog_monitor.cpu.id}");
    expect(tf.output.handle.value).toBe("@webhook-ilert-checkout");
    expect(tf.resource.datadog_monitor.cpu.message).toContain("@webhook-ilert-checkout");
    const [sourceName, source] = Object.entries<any>(tf.resource.ilert_alert_source)[0];
    expect(source).toMatchObject({ name: "Checkout", integration_type: "DATADOG", escalation_policy: "4711", provider: "ilert.eu" });
    expect(Object.values<any>(tf.resource.datadog_webhook)).toEqual([
      expect.objectContaining({ name: "ilert-checkout", url: `\${ilert_alert_source.${sourceName}.integration_url}`, encode_as: "json" }),
    ]);
    expect(tf.terraform.required_providers).toEqual({
      datadog: { source: "DataDog/datadog", version: "3.82.0" },
      ilert: { source: "iLert/ilert", version: "2.25.0" },
    });
    // The class the app catches is the one the package throws.
    expect(tf.output.validation_error.value).toBe("policyId");
    // The tools subpath reads the synthesized stack back.
    expect(toolsRead).toEqual({ name: "checkout", types: ["datadog_monitor", "datadog_webhook", "ilert_alert_source"] });
  });

  test("its .jsii assembly describes the main module: each type by its name's path, each class with jsii's type information", async () => {
    expect(await assemblyAgainstEntry(app, "cdktf-ilert-datadog")).toEqual(ENTRY_MATCHES_ASSEMBLY);
  }, 60_000); // it loads the whole installed package: past 5 s at load 12 on two cores

  test("a jsii library that imports any of its types finds it in the assembly by the symbol id jsii computes", () => {
    expect(unmappedSymbolIds(installed)).toEqual([]);
  });

  test("a jsii library compiles against the installed package: the types it imports, by the root or a deep path, get the assembly's names", () => {
    const project = compileConsumer(path.join(tmp, "jsii-consumer"), packed.filename);
    const { types } = JSON.parse(fs.readFileSync(path.join(project, ".jsii"), "utf8"));
    const typeOf = (ref: any) => ref.fqn ?? ref.primitive ?? ref;
    expect(Object.fromEntries(types["acme-paging.Paging"].properties.map((p: any) => [p.name, typeOf(p.type)]))).toEqual({
      alertSource: "cdktf-ilert-datadog.ilert.alertSource.AlertSource",
      escalationPolicy: "cdktf-ilert-datadog.IEscalationPolicy",
      integration: "cdktf-ilert-datadog.IlertDatadogIntegration",
    });
    expect(typeOf(types["acme-paging.Paging"].methods[0].parameters[0].type)).toBe(
      "cdktf-ilert-datadog.ilert.alertSource.AlertSourceConfig",
    );
    expect(typeOf(types["acme-paging.PagingProps"].properties.find((p: any) => p.name === "escalationPolicy").type)).toBe(
      "cdktf-ilert-datadog.IEscalationPolicy",
    );
  }, 60_000);

  test("the declarations also resolve through the exports map (moduleResolution node16 and bundler)", () => {
    // The compile above used the template's node10 resolution (main, types, typesVersions).
    const main = path.join(app, "main.ts");
    const modes: [string, ts.CompilerOptions][] = [
      ["node16", { module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16 }],
      ["bundler", { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler }],
    ];
    for (const [mode, options] of modes) {
      const resolved = (spec: string) =>
        path.relative(installed, ts.resolveModuleName(spec, main, options, ts.sys).resolvedModule?.resolvedFileName ?? "unresolved");
      expect({
        mode,
        root: resolved("cdktf-ilert-datadog"),
        tools: resolved("cdktf-ilert-datadog/tools"),
        deep: resolved("cdktf-ilert-datadog/ilert/provider"),
      }).toEqual({
        mode,
        root: "dist/lib/constructs/index.d.ts",
        tools: "dist/lib/tools/index.d.ts",
        deep: "dist/lib/.gen/providers/ilert/provider/index.d.ts",
      });
    }
  });

  test("the exports map lets Node resolve the three entry points and hides the package's internal files", async () => {
    // A plain Node process: jest's own resolver reports blocked paths differently.
    const specs = [
      "cdktf-ilert-datadog",
      "cdktf-ilert-datadog/tools",
      "cdktf-ilert-datadog/ilert/alert-source",
      "cdktf-ilert-datadog/dist/lib/constructs/index.js",
      "cdktf-ilert-datadog/dist/lib/constructs/core/validate",
    ];
    const script = `for (const spec of ${JSON.stringify(specs)}) { try { console.log(require.resolve(spec)); } catch (e) { console.log(e.code); } }`;
    const outcomes = (await exec(process.execPath, ["-e", script], app)).trim().split("\n");
    expect(outcomes.map((o) => (path.isAbsolute(o) ? path.relative(installed, o) : o))).toEqual([
      "dist/lib/constructs/index.js",
      "dist/lib/tools/index.js",
      "dist/lib/.gen/providers/ilert/alert-source/index.js",
      "ERR_PACKAGE_PATH_NOT_EXPORTED",
      "ERR_PACKAGE_PATH_NOT_EXPORTED",
    ]);
  });
});

describeWithCdktfCli("the package README's Quick start, run verbatim against the tarball, then every ilert-datadog command in it", () => {
  /** The tarball's path as the README writes it; the one thing replaced. */
  const TARBALL = "/path/to/cdktf-ilert-datadog/cdktf-ilert-datadog-0.1.0.tgz";
  let project: string;
  let env: NodeJS.ProcessEnv;
  let tf: Record<string, any>;
  let seconds: number;
  let telemetry: string[];

  /** `ilert-datadog` as installed in the project (what `npx ilert-datadog` runs). */
  const bin = (...args: string[]) => exec(path.join(project, "node_modules", ".bin", "ilert-datadog"), args, project, env);
  const failing = (...args: string[]) =>
    spawnSync(path.join(project, "node_modules", ".bin", "ilert-datadog"), args, { cwd: project, env, encoding: "utf8" });

  beforeAll(async () => {
    const commands = fencedBlocks(quickStart()).find((b) => b.lang === "sh")!.code;
    ({ project, env, tf, seconds, telemetry } = await runQuickStart(commands, TARBALL, packed, tmp));
  }, 300_000);

  test("it sends no telemetry: every request to HashiCorp's checkpoint service was refused and recorded, and there was none", () => {
    expect(telemetry).toEqual([]);
  });

  test("npx cdktf synth writes the stack with the alert source and the webhook that posts to it", () => {
    const [name, source] = Object.entries<any>(tf.resource.ilert_alert_source)[0];
    expect(source).toMatchObject({ name: "Payments (Datadog)", integration_type: "DATADOG" });
    expect(Object.values<any>(tf.resource.datadog_webhook)).toEqual([
      expect.objectContaining({
        name: "ilert-payments-datadog",
        url: `\${ilert_alert_source.${name}.integration_url}`,
        encode_as: "json",
      }),
    ]);
    expect(Object.values<any>(tf.resource.datadog_monitor)[0].message).toContain("@webhook-ilert-payments-datadog");
    expect(seconds).toBeLessThan(300);
  });

  test("a hard-coded credential (issue 30): npx cdktf synth fails with ILDD-E4 and writes the credential nowhere", () => {
    const secret = "SECRET_TOKEN_12345";
    // The reproduction: init's main.ts with an iLert provider holding a literal token. (--hcl
    // takes the same road through the app: __tests__/safety/secrets.test.ts runs it in-process.)
    const main = fs.readFileSync(path.join(project, "main.ts"), "utf8");
    const declared = 'const stack = new TerraformStack(app, "payments");';
    expect(main).toContain(declared);
    const leaky = main.replace(declared, `${declared}\nnew IlertProvider(stack, "Ilert", { apiToken: "${secret}" });`);
    fs.writeFileSync(path.join(project, "leaky.ts"), `import { IlertProvider } from "cdktf-ilert-datadog/ilert/provider";\n${leaky}`);
    try {
      const synth = spawnSync(
        path.join(project, "node_modules", ".bin", "cdktf"),
        ["synth", "--app", "npx ts-node --transpile-only leaky.ts", "--output", "leaky.out"],
        { cwd: project, env, encoding: "utf8" },
      );
      expect(synth.status).toBe(1);
      expect(synth.stderr).toContain(
        "[ILDD-E4] payments/Ilert: invalid api_token (a literal value, not shown here): expected a credential from outside the code",
      );
      // Nothing of the failing stack is written (cdktf makes the empty folder of stacks first).
      expect(fs.readdirSync(path.join(project, "leaky.out"), { recursive: true })).toEqual(["stacks"]);
      expect(filesContaining(project, secret)).toEqual(["leaky.ts"]);
    } finally {
      for (const f of ["leaky.ts", "leaky.out"]) fs.rmSync(path.join(project, f), { recursive: true, force: true });
    }
  }, 120_000);

  test("init wrote the pinned tools, says what is next, and refuses to run again over them", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(project, "package.json"), "utf8"));
    expect(manifest.devDependencies).toEqual({ "cdktf-cli": "0.21.0", "ts-node": "10.9.2", typescript: "~5.9.3" });
    const fresh = path.join(tmp, "fresh");
    fs.mkdirSync(fresh);
    expect(
      spawnSync(path.join(project, "node_modules", ".bin", "ilert-datadog"), ["init"], { cwd: fresh, env, encoding: "utf8" }),
    ).toMatchObject({
      status: 0,
      stdout:
        "wrote package.json, cdktf.json, tsconfig.json, main.ts, .gitignore\nnext: npm install && npx cdktf synth (export CHECKPOINT_DISABLE=1 first: cdktf then sends no telemetry to HashiCorp)\n",
      stderr: "",
    });
    expect(manifest.dependencies["cdktf-ilert-datadog"]).toBe(`file:${path.relative(project, packed.filename)}`);
    expect(failing("init")).toMatchObject({
      status: 1,
      stderr: `ilert-datadog init: cdktf.json, tsconfig.json, main.ts, .gitignore already exist in ${project}; init overwrites nothing: run it in a new, empty folder (mkdir payments-oncall && cd payments-oncall), or move them away first\n`,
    });
  });

  test("preview, diagram, oncall, stacks and import-commands read cdktf.out; init --ci writes a workflow", async () => {
    expect(await bin("preview")).toContain("== stack payments: datadog_webhook.");
    expect(await bin("diagram", "--out", "-")).toContain("Datadog webhook<br/>@webhook-ilert-payments-datadog");
    // A policy paging one user, no schedule: one time column in UTC, no rotation-engine choices (issue 28).
    expect(await bin("oncall", "--from", "2026-03-23", "--days", "7")).toBe(
      [
        "# Who is on call: 7 days from 2026-03-23",
        "",
        "Computed from the schedules as declared in this app. Overrides, vacations and other changes made in iLert are not included.",
        "",
        "## Escalation policy Payments",
        "",
        "Stack payments, `ilert_escalation_policy.Policy_23B91518`. Who its first rule notifies:",
        "",
        "| From (UTC) | Paged first |",
        "| --- | --- |",
        "| 2026-03-23 00:00Z | lead\\@example.com |",
        "",
      ].join("\n"),
    );
    expect(await bin("oncall", "--diff", "cdktf.out", "--from", "2026-03-23", "--days", "7")).toBe(
      "Who moves: nobody. The 1 escalation policy puts the same people on call in the 7 days from 2026-03-23 as before the change.\n",
    );
    expect(await bin("stacks", "--json")).toBe('["payments"]\n');
    const ci = path.join(project, "ci-project");
    fs.mkdirSync(ci);
    const init = spawnSync(path.join(project, "node_modules", ".bin", "ilert-datadog"), ["init", "--ci", "github"], {
      cwd: ci,
      env,
      encoding: "utf8",
    });
    expect(init.status).toBe(0);
    expect(fs.readFileSync(path.join(ci, ".github", "workflows", "ilert-datadog.yml"), "utf8")).toContain(
      "npx ilert-datadog oncall --diff",
    );
    fs.rmSync(ci, { recursive: true, force: true });
    expect(failing("import-commands")).toMatchObject({
      status: 0,
      stderr: "nothing to adopt: no stack of the app adopts an existing object (adoptExisting)\n",
    });
    // init wrote a script for each tool the docs name (docs/adopting.md: npm run import-commands).
    expect(spawnSync("npm", ["run", "--silent", "import-commands"], { cwd: project, env, encoding: "utf8" })).toMatchObject({
      status: 0,
      stdout: "",
      stderr: "nothing to adopt: no stack of the app adopts an existing object (adoptExisting)\n",
    });
  }, 120_000);

  test("--version prints the package's version; no command is a usage error, status 2, the usage on stderr; oncall --help is aligned", () => {
    expect(failing("--version")).toMatchObject({ status: 0, stdout: `${PKG.version}\n`, stderr: "" });
    const none = failing();
    expect({
      status: none.status,
      stdout: none.stdout,
      usage: none.stderr.startsWith("usage: ilert-datadog <command> [options]\n"),
    }).toEqual({
      status: 2,
      stdout: "",
      usage: true,
    });
    expect(failing("oncall", "--help").stdout).toContain(
      [
        "  --out DIR           write md (oncall.md) or json (oncall.json) to DIR instead of printing it",
        "                      (with --diff: oncall-diff.md, oncall-diff.json); an existing file is",
        "                      replaced only if oncall wrote it",
        "  --diff BASE         compare with the app synthesized into the folder BASE (e.g. the base",
        "                      branch's cdktf.out): per schedule and escalation policy, every span whose",
        "                      person on call (or paged first) differs, before -> after, in the schedule's",
        "                      time zone and UTC; added and removed schedules listed; md or json",
        `  [outdir]            the synthesized app to read (default: cdktf.json's "output", else cdktf.out);`,
        "                      run `npx cdktf synth` first, or give --synth",
        `  --synth             synthesize the project's app first (the "app" command of ./cdktf.json, as`,
      ].join("\n"),
    );
  });

  test("--synth synthesizes through the project's cdktf.json app; a bad option fails at once, before it", async () => {
    expect(await bin("preview", "--synth")).toContain("== stack payments: datadog_webhook.");
    // A folder whose cdktf.json app would leave a file behind: a run that synthesized would show.
    const probe = path.join(project, "probe");
    fs.mkdirSync(probe);
    fs.writeFileSync(path.join(probe, "cdktf.json"), JSON.stringify({ app: "node -e \"require('fs').writeFileSync('synthesized', '')\"" }));
    const bad = spawnSync(path.join(project, "node_modules", ".bin", "ilert-datadog"), ["oncall", "--synth", "--days", "0"], {
      cwd: probe,
      env,
      encoding: "utf8",
    });
    expect(bad).toMatchObject({ status: 2, stdout: "" });
    expect(bad.stderr).toBe(
      'ilert-datadog oncall: --days: invalid value "0": expected a whole number of days from 1 to 3660; e.g. --days 28\n(ilert-datadog oncall --help lists the options)\n',
    );
    expect(fs.readdirSync(probe)).toEqual(["cdktf.json"]);
  }, 120_000);

  test("app is the config app: a config file's stacks, selective synth, and config problems by JSON path", async () => {
    const team = { key: "payments", escalation: { existingId: "4711" } };
    fs.writeFileSync(
      path.join(project, "teams.json"),
      JSON.stringify({ environments: [{ key: "staging" }, { key: "prod" }], teams: [team] }),
    );
    fs.writeFileSync(
      path.join(project, "bad.json"),
      JSON.stringify({ environments: [{ key: "prod" }], teams: [{ ...team, reminders: { beforeMin: "60" } }] }),
    );
    const out = (dir: string) => ({ ...env, CDKTF_OUTDIR: path.join(project, dir) });
    expect(
      await exec(path.join(project, "node_modules", ".bin", "ilert-datadog"), ["app", "--config", "teams.json"], project, out("all")),
    ).toBe(
      `staging: ${path.join("all", "stacks", "staging", "cdk.tf.json")}\nprod: ${path.join("all", "stacks", "prod", "cdk.tf.json")}\n`,
    );
    const selected = { ...out("one"), ILERT_DATADOG_STACKS: "prod" };
    expect(
      await exec(path.join(project, "node_modules", ".bin", "ilert-datadog"), ["app", "--config", "teams.json"], project, selected),
    ).toBe(`prod: ${path.join("one", "stacks", "prod", "cdk.tf.json")}\n`);
    const bad = spawnSync(path.join(project, "node_modules", ".bin", "ilert-datadog"), ["app", "--config", "bad.json"], {
      cwd: project,
      env: out("bad"),
      encoding: "utf8",
    });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain(
      'teams[0].reminders.beforeMin: invalid value "60": expected minutes before the shift, a number, e.g. 60; remove the quotes: 60',
    );
    const none = spawnSync(path.join(project, "node_modules", ".bin", "ilert-datadog"), ["app"], { cwd: project, env, encoding: "utf8" });
    expect(none).toMatchObject({
      status: 1,
      stderr:
        'ilert-datadog app: no config file named: give one with --config teams.json, ILERT_DATADOG_CONFIG=teams.json, or "context": { "config": "teams.json" } in cdktf.json\n',
    });
  }, 120_000);

  describe("a newcomer's mistakes (issue 28): each reported in one line, with the construct path or the file, and no stack", () => {
    /** A project beside the Quick start's, sharing its node_modules, whose main.ts is the Quick start's with `edits` made. */
    let mistakes: string;
    beforeAll(() => {
      mistakes = path.join(project, "..", "mistakes");
      fs.mkdirSync(mistakes);
      for (const file of ["package.json", "cdktf.json", "tsconfig.json"])
        fs.copyFileSync(path.join(project, file), path.join(mistakes, file));
      fs.symlinkSync(path.join(project, "node_modules"), path.join(mistakes, "node_modules"), "dir");
    });
    const withMainTs = (...edits: [string, string][]) => {
      let main = fs.readFileSync(path.join(project, "main.ts"), "utf8");
      for (const [from, to] of edits) {
        expect(main).toContain(from);
        main = main.replace(from, to);
      }
      fs.writeFileSync(path.join(mistakes, "main.ts"), main);
    };
    const run = (command: string, ...args: string[]) =>
      spawnSync(path.join(mistakes, "node_modules", ".bin", command), args, {
        cwd: mistakes,
        env,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
      });
    /** `npx cdktf synth`: its status, what it logged (colours, timestamps and spinner frames left out) and its stderr. */
    const cdktfSynth = () => {
      const result = run("cdktf", "synth");
      const logged = stripVTControlCharacters(result.stdout)
        .split("\n")
        .map((line) => line.replace(/^\[\d{4}-\d\d-\d\dT[\d:.]+\] /, ""))
        .filter((line) => line.trim() !== "" && !/^[\u2800-\u28ff] {2}\w+$/.test(line));
      return { status: result.status, logged, stderr: result.stderr };
    };
    /** What cdktf-cli prints on stderr when the app it ran failed, printing `line`. */
    const cdktfFailed = (line: string) =>
      `ERROR: cdktf encountered an error while synthesizing\n\nSynth command: npx ts-node --transpile-only main.ts\nError:         non-zero exit code 1\n\nCommand output on stderr:\n\n    ${line}\n\n\n\n`;
    const timeoutMessage =
      "payments/Policy: invalid rules[0].escalationTimeoutMin -5: expected an integer from 0 to 525600; give the minutes to wait before escalating";

    test("npx cdktf synth of a bad prop: the library's message in one line, no code frame, no stack, exit 1; as the package README shows it", () => {
      withMainTs(["escalationTimeoutMin: 15", "escalationTimeoutMin: -5"]);
      const line = `[IlertDatadogValidationError: ${timeoutMessage}]`;
      expect(cdktfSynth()).toEqual({ status: 1, logged: [`[ERROR] default - ${line}`], stderr: cdktfFailed(line) });
      const [shown] = fencedBlocks(quickStart()).filter((b) => b.lang === "text");
      expect(shown.code).toBe(line);
    }, 120_000);

    test("ilert-datadog preview --synth of the same app: the app's line, then the tool's", () => {
      withMainTs(["escalationTimeoutMin: 15", "escalationTimeoutMin: -5"]);
      const failedApp = 'ilert-datadog preview: the app of cdktf.json ("npx ts-node --transpile-only main.ts") failed; see above\n';
      expect(run("ilert-datadog", "preview", "--synth")).toMatchObject({
        status: 1,
        stdout: "",
        stderr: `[IlertDatadogValidationError: ${timeoutMessage}]\n${failedApp}`,
      });
      // A bad email, an empty name, a webhook name with a space, a time zone iLert does not know; and
      // a misspelled required prop, reported missing with the key given (issue 28, item 3).
      const cases: [[string, string][], string][] = [
        [
          [['"lead@example.com"', '"lead"']],
          'payments/Lead: invalid email "lead": expected an email address, 1-255 bytes (UTF-8); pass the user\'s login email',
        ],
        [
          [['name: "Payments",', 'name: "",']],
          'payments/Policy: invalid name "": expected a string of 1-255 bytes (UTF-8); use a policy name of 1-255 bytes',
        ],
        [
          [["escalationPolicy: policy }", 'escalationPolicy: policy, webhookName: "payments pager" }']],
          'payments/Datadog: invalid webhookName "payments pager": expected only letters, digits, "-" and "_"; rename it, e.g. "payments-pager"; Datadog rejects other characters only at apply time',
        ],
        [
          [
            [
              "app.synth();",
              'new User(stack, "Ada", { email: "ada@example.com", firstName: "Ada", lastName: "L", timezone: "Berlin" });\napp.synth();',
            ],
          ],
          'payments/Ada: invalid timezone "Berlin": expected an IANA time zone name such as "Europe/Berlin" or "America/New_York"; use the tz database name of the zone',
        ],
        [
          [["escalationTimeoutMin: 15", "escalationTimeoutMn: 15"]],
          "payments/Policy: missing rules[0].escalationTimeoutMin: expected escalationTimeoutMin, found escalationTimeoutMn, which EscalationRule does not have; did you mean escalationTimeoutMin?",
        ],
      ];
      for (const [edits, message] of cases) {
        withMainTs(...edits);
        expect(run("ilert-datadog", "preview", "--synth")).toMatchObject({
          status: 1,
          stdout: "",
          stderr: `[IlertDatadogValidationError: ${message}]\n${failedApp}`,
        });
      }
    }, 120_000);

    test("npx cdktf synth of a misspelled optional prop: refused with a did-you-mean, not synthesized with the default (item 2)", () => {
      withMainTs(["escalationPolicy: policy }", 'escalationPolicy: policy, webhookNam: "payments-pager" }']);
      const line =
        '[IlertDatadogValidationError: payments/Datadog: invalid webhookNam "payments-pager": expected a key of IlertDatadogIntegrationProps; did you mean webhookName?]';
      expect(cdktfSynth()).toEqual({ status: 1, logged: [`[ERROR] default - ${line}`], stderr: cdktfFailed(line) });
    }, 120_000);

    test("npx cdktf synth of a check's error (ILDD-E3): cdktf's one line for the annotation, without its stack trace", () => {
      withMainTs([
        "new TerraformOutput(",
        'new IlertDatadogIntegration(stack, "Datadog2", { name: "Payments (Datadog)", escalationPolicy: policy });\nnew TerraformOutput(',
      ]);
      expect(cdktfSynth()).toEqual({
        status: 1,
        logged: [
          'ERROR [payments/Datadog2]: [ILDD-E3] invalid webhookName "ilert-payments-datadog": expected a webhook name not used elsewhere in the app (already declared by payments/Datadog); give one of them another webhookName; Datadog webhook names are global to the organisation',
        ],
        stderr: "Error: While synthesizing one or more error annotations have been encountered. Please check the log output above.\n",
      });
    }, 120_000);

    test("oncall --config in a main.ts project: a missing file, and a file the app will not build, one line each (item 4)", () => {
      fs.writeFileSync(
        path.join(mistakes, "teams.json"),
        JSON.stringify({ environments: [{ key: "prod" }], teams: [{ key: "payments", escalation: { existingId: "4711" } }] }),
      );
      withMainTs();
      expect(run("ilert-datadog", "oncall", "--config", "missing.json")).toEqual(
        expect.objectContaining({
          status: 1,
          stdout: "",
          stderr: `ilert-datadog oncall: --config "missing.json": the config file does not exist (${path.join(mistakes, "missing.json")}); give the path of your config file, e.g. teams.json\n`,
        }),
      );
      expect(run("ilert-datadog", "oncall", "--config", "teams.json")).toEqual(
        expect.objectContaining({
          status: 1,
          stdout: "",
          stderr:
            'ilert-datadog oncall: --config "teams.json": the app of cdktf.json ("npx ts-node --transpile-only main.ts") did not build it: it builds no config file (`ilert-datadog app` and apps made with createConfigApp do); set cdktf.json\'s "app" to "npx ilert-datadog app --config teams.json", or drop --config to read what the app builds\n',
        }),
      );
    }, 120_000);

    test("app --config of a YAML file: the real line and column, and that config files are JSON; of a missing file: that it does not exist (item 5)", () => {
      fs.writeFileSync(path.join(mistakes, "teams.yaml"), "environments:\n  - key: prod\nteams:\n  - key: payments\n");
      expect(run("ilert-datadog", "app", "--config", "teams.yaml")).toMatchObject({
        status: 1,
        stdout: "",
        stderr:
          "config: teams.yaml (from argument)\nilert-datadog app: teams.yaml: invalid config:\n  - not valid JSON at line 1, column 1: Unexpected token 'e'; a config file is JSON (YAML is not read)\n",
      });
      expect(run("ilert-datadog", "app", "--config", "nothere.json")).toMatchObject({
        status: 1,
        stdout: "",
        stderr: `config: nothere.json (from argument)\nilert-datadog app: nothere.json: the config file does not exist (${path.join(mistakes, "nothere.json")}); give the path of your config file, e.g. teams.json\n`,
      });
    });
  });

  describe("files and hostile input (issue 30): one line each, nothing outside the folder touched", () => {
    /** The installed command in `cwd`, its exit status and output. */
    const runIn = (cwd: string, args: string[], extra: NodeJS.ProcessEnv = {}) =>
      spawnSync(path.join(project, "node_modules", ".bin", "ilert-datadog"), args, { cwd, env: { ...env, ...extra }, encoding: "utf8" });
    let work: string;
    let outside: string;
    const team = (key: string) => ({ key, escalation: { existingId: "4711" } });
    beforeAll(() => {
      work = path.join(project, "issue-30");
      outside = path.join(tmp, "outside");
      fs.mkdirSync(work);
      fs.mkdirSync(outside);
      fs.writeFileSync(path.join(work, "teams.json"), JSON.stringify({ environments: [{ key: "prod" }], teams: [team("payments")] }));
      fs.writeFileSync(path.join(work, "other.json"), JSON.stringify({ environments: [{ key: "staging" }], teams: [team("search")] }));
      // The form the docs recommend: the app names its own config.
      fs.writeFileSync(
        path.join(work, "cdktf.json"),
        JSON.stringify({ app: "npx ilert-datadog app --config other.json", output: "cdktf.out" }),
      );
    });

    test("a tool's --config wins over the app's own --config; one that is missing, or an app that builds no config, is refused", () => {
      const preview = runIn(work, ["preview", "--config", "teams.json"]);
      expect({
        status: preview.status,
        prod: preview.stdout.includes("== stack prod: datadog_webhook."),
        staging: preview.stdout.includes("staging"),
      }).toEqual({
        status: 0,
        prod: true,
        staging: false,
      });
      expect(runIn(work, ["diagram", "--config", "does-not-exist.json"])).toMatchObject({
        status: 1,
        stdout: "",
        stderr: `ilert-datadog diagram: --config "does-not-exist.json": the config file does not exist (${path.join(work, "does-not-exist.json")}); give the path of your config file, e.g. teams.json\n`,
      });
      // The init project's app (main.ts) builds no config file: its output is not shown for one.
      expect(runIn(project, ["oncall", "--config", path.join(work, "teams.json")])).toMatchObject({
        status: 1,
        stdout: "",
        stderr: expect.stringMatching(
          /^ilert-datadog oncall: --config ".*teams\.json": the app of cdktf.json \("npx ts-node --transpile-only main.ts"\) did not build it: /,
        ),
      });
    });

    test("--config naming a named pipe or /dev/zero is refused at once, by app and by the tools", () => {
      spawnSync("mkfifo", [path.join(work, "pipe.json")]);
      const accepted = "expected a regular JSON file of at most 10 MiB; give the path of your config file, e.g. teams.json";
      expect(runIn(work, ["app", "--config", "pipe.json"], { CDKTF_OUTDIR: path.join(tmp, "fifo-out") })).toMatchObject({
        status: 1,
        stderr: `config: pipe.json (from argument)\nilert-datadog app: pipe.json: invalid config:\n  - cannot read the file: a named pipe (FIFO), not a regular file: ${accepted}\n`,
      });
      expect(runIn(work, ["preview", "--config", "/dev/zero"])).toMatchObject({
        status: 1,
        stderr: `ilert-datadog preview: --config "/dev/zero": cannot read it: a character device, not a regular file: ${accepted}\n`,
      });
    });

    test('reserved keys ("constructor") and provider URLs with ${...} are config problems by path, not traces', () => {
      fs.writeFileSync(
        path.join(work, "hostile.json"),
        JSON.stringify({
          environments: [{ key: "prod", datadogApiUrl: "https://api.datadoghq.eu/${var.x}" }],
          teams: [team("constructor")],
        }),
      );
      const result = runIn(work, ["app", "--config", "hostile.json"], { CDKTF_OUTDIR: path.join(tmp, "hostile-out") });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(
        '  - environments[0].datadogApiUrl: invalid value "https://api.datadoghq.eu/${var.x}": expected a URL without "${" or "%{"',
      );
      fs.writeFileSync(path.join(work, "hostile.json"), JSON.stringify({ environments: [{ key: "prod" }], teams: [team("constructor")] }));
      expect(runIn(work, ["app", "--config", "hostile.json"], { CDKTF_OUTDIR: path.join(tmp, "hostile-out") }).stderr).toBe(
        'config: hostile.json (from argument)\nilert-datadog app: hostile.json: invalid config:\n  - teams[0].key: invalid value "constructor": expected a key other than "backend", "user-settings", "constructor" ("constructor": a name every JavaScript object has, so cdktf finds a construct by that name already); rename the team, e.g. "constructor-team"\n',
      );
    });

    test("the stale-output cleanup of app does not follow a symbolic link out of cdktf.out", () => {
      expect(runIn(work, ["app", "--config", "teams.json"]).status).toBe(0);
      const linked = path.join(outside, "prod");
      fs.mkdirSync(linked);
      fs.writeFileSync(path.join(linked, "cdk.tf.json"), "keep");
      fs.rmSync(path.join(work, "cdktf.out", "stacks", "prod"), { recursive: true });
      fs.symlinkSync(linked, path.join(work, "cdktf.out", "stacks", "prod"));
      expect(runIn(work, ["app", "--config", "other.json"])).toMatchObject({
        status: 0,
        stdout: `staging: ${path.join("cdktf.out", "stacks", "staging", "cdk.tf.json")}\n`,
      });
      expect(fs.readFileSync(path.join(linked, "cdk.tf.json"), "utf8")).toBe("keep");
    });

    test("--out onto cdktf's manifest.json, a file outside, a folder, or a too-long name: one line each, nothing written", () => {
      const notes = path.join(outside, "notes.md");
      fs.writeFileSync(notes, "mine");
      const manifest = fs.readFileSync(path.join(work, "cdktf.out", "manifest.json"), "utf8");
      const refused = (out: string) => runIn(work, ["diagram", "--out", out]);
      expect(refused("cdktf.out/manifest.json")).toMatchObject({
        status: 1,
        stdout: "",
        stderr: expect.stringMatching(
          /^ilert-datadog diagram: --out "cdktf.out\/manifest.json": cdktf.out\/manifest.json exists and is not a wiring diagram that ilert-datadog diagram wrote \(a tool replaces only its own files\): give a new name, e.g. --out wiring.md, or move cdktf.out\/manifest.json away first\n$/,
        ),
      });
      expect(refused(notes).stderr).toMatch(
        /^ilert-datadog diagram: --out ".*notes\.md": .*notes\.md exists and is not a wiring diagram that ilert-datadog diagram wrote/,
      );
      expect(refused("cdktf.out").stderr).toBe(
        'ilert-datadog diagram: --out "cdktf.out": cdktf.out is a folder: expected the name of a file to write; e.g. --out cdktf.out/wiring.md\n',
      );
      expect(refused(`${"w".repeat(300)}.md`).stderr).toMatch(/\(ENAMETOOLONG\); give another name, e.g. --out wiring.md\n$/);
      expect(fs.readFileSync(path.join(work, "cdktf.out", "manifest.json"), "utf8")).toBe(manifest);
      expect(fs.readFileSync(notes, "utf8")).toBe("mine");
      // What the tool wrote itself it replaces.
      expect(runIn(work, ["diagram"]).stdout).toBe(`wrote ${path.join("cdktf.out", "wiring.md")}\n`);
      expect(runIn(work, ["diagram"]).status).toBe(0);
    });

    test("init writes nothing through a symbolic link and leaves no half project", () => {
      const linked = path.join(work, "linked");
      const dangling = path.join(work, "dangling");
      fs.mkdirSync(linked);
      fs.mkdirSync(dangling);
      fs.writeFileSync(path.join(outside, "package.json"), '{"name":"theirs"}');
      fs.symlinkSync(path.join(outside, "package.json"), path.join(linked, "package.json"));
      fs.symlinkSync(path.join(outside, "main.ts"), path.join(dangling, "main.ts"));
      expect(runIn(linked, ["init"])).toMatchObject({
        status: 1,
        stderr: `ilert-datadog init: package.json in ${linked} is a symbolic link (to ${path.join(outside, "package.json")}); init writes only in ${linked}, never through a link: replace the link with a copy of the file, or remove it, then run init again\n`,
      });
      expect(runIn(dangling, ["init"])).toMatchObject({
        status: 1,
        stderr: `ilert-datadog init: main.ts (a symbolic link to ${path.join(outside, "main.ts")}) already exists in ${dangling}; init overwrites nothing: run it in a new, empty folder (mkdir payments-oncall && cd payments-oncall), or move it away first\n`,
      });
      expect([fs.readdirSync(linked), fs.readdirSync(dangling), fs.readFileSync(path.join(outside, "package.json"), "utf8")]).toEqual([
        ["package.json"],
        ["main.ts"],
        '{"name":"theirs"}',
      ]);
      expect(fs.existsSync(path.join(outside, "main.ts"))).toBe(false);
    });
  });
  test("hostile values (issue 30, items 8 and 11-13): a huge key, a backtracking stack pattern, a date out of range, names with HTML and control characters", () => {
    const ilertDatadog = (args: string[], extra: NodeJS.ProcessEnv = {}) =>
      spawnSync(path.join(project, "node_modules", ".bin", "ilert-datadog"), args, {
        cwd: project,
        env: { ...env, ...extra },
        encoding: "utf8",
      });
    const long = "a".repeat(40);
    const team = { key: long, escalation: { existingId: "4711" } };
    fs.writeFileSync(
      path.join(project, "huge.json"),
      JSON.stringify({ environments: [{ key: "prod" }], teams: [team], ["k".repeat(5_000_000)]: 1 }),
    );
    expect(ilertDatadog(["app", "--config", "huge.json"])).toMatchObject({
      status: 1,
      stderr: `config: huge.json (from argument)\nilert-datadog app: huge.json: invalid config:\n  - ${"k".repeat(60)}... (5000000 characters): unknown key "${"k".repeat(60)}..." (5000000 characters): expected one of the keys stackPer, backend, environments, teams; remove it, or move it where it belongs\n`,
    });
    fs.writeFileSync(path.join(project, "long.json"), JSON.stringify({ stackPer: "team", environments: [{ key: long }], teams: [team] }));
    expect(ilertDatadog(["app", "--config", "long.json"], { ILERT_DATADOG_STACKS: "*a*a*a*a*a*a*a*a*a*X" })).toMatchObject({
      status: 1,
      stderr: `config: long.json (from argument)\nilert-datadog app: ILERT_DATADOG_STACKS names no stack of long.json: "*a*a*a*a*a*a*a*a*a*X"; the stacks are: ${long}-${long}\n`,
    });
    expect(ilertDatadog(["oncall", "--from", "9999-12-31", "--days", "2"])).toMatchObject({
      status: 2,
      stderr: `ilert-datadog oncall: --from: invalid value "9999-12-31": expected a day from 1970-01-01 to 9999-12-30 (the range of the on-call calendar); e.g. --from ${new Date().toISOString().slice(0, 10)}\n(ilert-datadog oncall --help lists the options)\n`,
    });
    const schedule = { timezone: "Europe/Berlin", rotation: "weekly", start: "2026-01-05T09:00", users: ["carol@example.com"] };
    const named = {
      key: "payments",
      name: "<script>x</script>\u001b[2J\u202e",
      schedule,
      escalation: { rules: [{ notify: { schedule: true }, escalateAfterMin: 15 }] },
    };
    fs.writeFileSync(path.join(project, "names.json"), JSON.stringify({ environments: [{ key: "prod" }], teams: [named] }));
    expect(ilertDatadog(["app", "--config", "names.json"], { CDKTF_OUTDIR: path.join(project, "names") }).status).toBe(0);
    const markdown = ilertDatadog(["oncall", "--from", "2026-03-23", "--days", "1", "names"]);
    expect(markdown.stdout).toContain("## Schedule &lt;script&gt;x&lt;/script&gt;\\\\u001b\\[2J\\\\u202e on-call (prod)\n");
    const ics = ilertDatadog(["oncall", "--format", "ics", "--out", "names-ics", "--from", "2026-03-23", "--days", "1", "names"]);
    expect(ics.stdout).toBe(
      `${path.join("names-ics", "prod-script-x-script-2j-on-call-prod.ics")}: 2 shifts of <script>x</script>\\u001b[2J\\u202e on-call (prod)\n`,
    );
    for (const text of [
      markdown.stdout,
      ics.stdout,
      fs.readFileSync(path.join(project, "names-ics", "prod-script-x-script-2j-on-call-prod.ics"), "utf8"),
    ]) {
      expect(text.replace(/\r?\n/g, "")).not.toMatch(CONTROL_CHARACTERS);
    }
  }, 120_000);
});

/** The files under `dir` (node_modules aside) whose text contains `text`, relative to `dir`. */
function filesContaining(dir: string, text: string, from = dir): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const file = path.join(dir, e.name);
      if (e.isDirectory()) return e.name === "node_modules" ? [] : filesContaining(file, text, from);
      return e.isFile() && fs.readFileSync(file, "utf8").includes(text) ? [path.relative(from, file)] : [];
    })
    .sort();
}
