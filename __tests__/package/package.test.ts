import * as fs from "fs";
import { builtinModules } from "module";
import * as os from "os";
import * as path from "path";
import * as ts from "typescript";
import { exec, installApp, pack, Packed, ROOT, templateTsconfig, TSC } from "./packing";

// Packs the library as `npm pack` does (its prepack build included), installs the tarball into a
// throwaway cdktf TypeScript app that already has a Datadog provider, a monitor and an output,
// compiles that app with tsc against the installed declarations, runs it and reads what it synthesized.
// The peers come from this repository's node_modules (linked with file: specs), so nothing is
// downloaded: npm installs offline.

const PKG = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
const PEERS = Object.keys(PKG.peerDependencies).sort();

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

describe("npm pack, installed into a cdktf app", () => {
  let tmp: string;
  let packed: Packed;
  let installed: string;
  let app: string;
  let tf: Record<string, any>;
  let toolsRead: unknown;

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "package-"));
    packed = await pack(tmp);
    app = path.join(tmp, "app");
    await installApp(app, "cdktf-ilert-datadog", packed, PEERS);
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

  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test("the package holds compiled JavaScript and declarations of the library only", () => {
    const others = packed.files.filter((f) => !/^dist\/lib\/.+\.(js|d\.ts)$/.test(f));
    expect(others).toEqual(["README.md", "package.json"]);
    const lib = packed.files.filter((f) => f.startsWith("dist/lib/"));
    expect(lib.filter((f) => !/^dist\/lib\/(constructs|tools|\.gen\/providers\/ilert)\//.test(f))).toEqual([]);
    for (const entry of [
      "constructs/index",
      "constructs/integration/ilert-datadog-integration",
      "tools/index",
      ".gen/providers/ilert/provider/index",
    ]) {
      expect(lib).toEqual(expect.arrayContaining([`dist/lib/${entry}.js`, `dist/lib/${entry}.d.ts`]));
    }
    // Every .js has its declarations.
    expect(lib.filter((f) => f.endsWith(".js")).map((f) => f.replace(/\.js$/, ".d.ts"))).toEqual(lib.filter((f) => f.endsWith(".d.ts")));
  });

  test("its package.json has an exports map, main and types, peers and no runtime dependencies", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(installed, "package.json"), "utf8"));
    expect(manifest.dependencies).toBeUndefined();
    expect(manifest.optionalDependencies).toBeUndefined();
    expect(manifest.bundleDependencies ?? manifest.bundledDependencies).toBeUndefined();
    expect(manifest.peerDependencies).toEqual(PKG.peerDependencies);
    expect(manifest.main).toBe("dist/lib/constructs/index.js");
    expect(manifest.types).toBe("dist/lib/constructs/index.d.ts");
    expect(Object.keys(manifest.exports)).toEqual([".", "./tools", "./ilert/*", "./package.json"]);
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

  test("its JavaScript requires only its own files, Node built-ins and the peer dependencies", () => {
    const required = new Set<string>();
    for (const file of packed.files.filter((f) => f.endsWith(".js"))) {
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
      (spec) => !builtinModules.includes(spec) && !PEERS.some((peer) => spec === peer || spec.startsWith(`${peer}/`)),
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
