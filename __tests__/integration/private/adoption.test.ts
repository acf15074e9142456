import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { App, Fn, TerraformStack } from "cdktf";
import { DatadogProvider } from "@cdktf/provider-datadog/lib/provider";
import { IlertProvider } from "../../../.gen/providers/ilert/provider";
import { AdoptExistingProps, IlertDatadogIntegration, IlertDatadogIntegrationProps } from "../../../constructs";
import { declare, SOURCE, WEBHOOK } from "../../helpers/adoption";
import { thrown } from "../../helpers/synth";

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "adoption-"));
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

interface Synthesized {
  readonly outdir: string;
  readonly tf: Record<string, any>;
  readonly integration: IlertDatadogIntegration;
}

/**
 * A real `app.synth()` (unlike Testing.synth it keeps the `"//"` comments) of one stack "payments"
 * whose integration adopts `adopt`. skipValidation: import blocks make cdktf run `terraform version`
 * at synth, and these tests must not depend on a Terraform binary; that check has its own test.
 */
function synthAdopting(
  adopt: AdoptExistingProps,
  props: Partial<IlertDatadogIntegrationProps> = {},
  providers?: (stack: TerraformStack) => Partial<IlertDatadogIntegrationProps>,
): Synthesized {
  const outdir = path.join(tmp, "out");
  const app = new App({ outdir, skipValidation: true });
  const integration = declare(app, props, providers);
  integration.adoptExisting(adopt);
  app.synth();
  return { outdir, tf: JSON.parse(fs.readFileSync(path.join(outdir, "stacks", "payments", "cdk.tf.json"), "utf8")), integration };
}

describe("adoptExisting with import blocks (Terraform >= 1.5)", () => {
  test("synthesizes one import block per adopted object: the alert source by numeric id, the webhook by name", () => {
    const { tf } = synthAdopting({ alertSourceId: "1234", webhookName: "ilert-payments" });
    expect(tf.import).toEqual([
      { to: SOURCE, id: "1234" },
      { to: WEBHOOK, id: "ilert-payments" },
    ]);
    // The addresses are those of the resources the stack declares.
    expect(Object.keys(tf.resource.ilert_alert_source)).toEqual([SOURCE.split(".")[1]]);
    expect(Object.keys(tf.resource.datadog_webhook)).toEqual([WEBHOOK.split(".")[1]]);
  });

  test("leaves the resources themselves as they are: adopting is not recreating", () => {
    const adopted = synthAdopting({ alertSourceId: 1234, webhookName: "ilert-payments" }).tf;
    fs.rmSync(path.join(tmp, "out"), { recursive: true });
    const app = new App({ outdir: path.join(tmp, "out"), skipValidation: true });
    declare(app);
    app.synth();
    const created = JSON.parse(fs.readFileSync(path.join(tmp, "out", "stacks", "payments", "cdk.tf.json"), "utf8"));
    expect(adopted.resource).toEqual(created.resource);
  });

  test("accepts the alert source id as a number (JSON config) and adopts only what is named", () => {
    expect(synthAdopting({ alertSourceId: 1234 }).tf.import).toEqual([{ to: SOURCE, id: "1234" }]);
    fs.rmSync(path.join(tmp, "out"), { recursive: true });
    expect(synthAdopting({ webhookName: "ilert-payments" }).tf.import).toEqual([{ to: WEBHOOK, id: "ilert-payments" }]);
  });

  // Only known at apply time, so not compared with the other name; the import id is the expression.
  test.each<[string, AdoptExistingProps, Partial<IlertDatadogIntegrationProps>, string]>([
    ["the adopted webhook name", { webhookName: Fn.lower("ILERT-PAYMENTS") }, {}, '${lower("ILERT-PAYMENTS")}'],
    ["the integration's webhook name", { webhookName: "ilert-payments" }, { webhookName: Fn.lower("ILERT-PAYMENTS") }, "ilert-payments"],
  ])("adopts by name when %s is a Terraform expression", (_, adopt, props, id) => {
    expect(synthAdopting(adopt, props).tf.import).toEqual([{ to: WEBHOOK, id }]);
  });

  test("an import block names the resource's aliased provider, so it imports from that account", () => {
    const { tf } = synthAdopting({ alertSourceId: "1234", webhookName: "ilert-payments" }, {}, (stack) => ({
      ilertProvider: new IlertProvider(stack, "Eu", { alias: "eu" }),
      datadogProvider: new DatadogProvider(stack, "DdEu", { alias: "eu" }),
    }));
    expect(tf.import).toEqual([
      { to: SOURCE, id: "1234", provider: "ilert.eu" },
      { to: WEBHOOK, id: "ilert-payments", provider: "datadog.eu" },
    ]);
    expect(tf.resource.ilert_alert_source[SOURCE.split(".")[1]].provider).toBe("ilert.eu");
  });
});

describe("adoptExisting with importBlocks: false (Terraform before 1.5)", () => {
  test("synthesizes no import block, only an import_id comment in each adopted resource", () => {
    const { tf } = synthAdopting({ alertSourceId: "1234", webhookName: "ilert-payments", importBlocks: false });
    expect(tf.import).toBeUndefined();
    const source = tf.resource.ilert_alert_source[SOURCE.split(".")[1]];
    const webhook = tf.resource.datadog_webhook[WEBHOOK.split(".")[1]];
    expect(source["//"]).toEqual({ import_id: "1234", metadata: { path: "payments/Datadog/AlertSource", uniqueId: SOURCE.split(".")[1] } });
    expect(webhook["//"]).toEqual({
      import_id: "ilert-payments",
      metadata: { path: "payments/Datadog/Webhook", uniqueId: WEBHOOK.split(".")[1] },
    });
  });
});

describe("cdktf's Terraform version check for import blocks", () => {
  // cdktf runs `terraform version` while synthesizing a stack with import blocks. The real module
  // object is spied on (cdktf looks execSync up on it at each call), so no Terraform binary is needed.
  const childProcess: typeof import("child_process") = require("child_process");

  /** Synthesizes with validation while `terraform version` reports `terraformVersion`; returns the commands run. */
  function synthUnder(terraformVersion: string, adopt: AdoptExistingProps): unknown[][] {
    const execSync = jest.spyOn(childProcess, "execSync").mockReturnValue(Buffer.from(`Terraform v${terraformVersion}\non linux_amd64\n`));
    try {
      const app = new App({ outdir: path.join(tmp, "validated") });
      declare(app).adoptExisting(adopt);
      app.synth();
      return [...execSync.mock.calls];
    } finally {
      execSync.mockRestore();
    }
  }

  test("synth fails under Terraform 1.4 with import blocks, and passes under 1.5", () => {
    expect(thrown(() => synthUnder("1.4.6", { alertSourceId: "1234" })).message).toBe(
      "Validation failed with the following errors:\n" +
        "  [payments/Datadog/AlertSource] terraform version 1.4.6 is lower than the required version >=1.5 for this construct. Import blocks are only supported for Terraform >=1.5. Please upgrade your Terraform version.\n\n" +
        "If you wish to ignore these validations, pass 'skipValidation: true' to your App configuration.\n",
    );
    expect(synthUnder("1.5.7", { alertSourceId: "1234" })).toEqual([["terraform version", { stdio: "pipe" }]]);
  });

  test("with importBlocks: false, synth asks Terraform nothing, so any version (or none) will do", () => {
    expect(synthUnder("1.4.6", { alertSourceId: "1234", webhookName: "ilert-payments", importBlocks: false })).toEqual([]);
  });
});

describe("adoptExisting errors", () => {
  function error(adopt: unknown, props: Partial<IlertDatadogIntegrationProps> = {}): string {
    const app = new App({ outdir: path.join(tmp, "out"), skipValidation: true });
    const integration = declare(app, props);
    return thrown(() => integration.adoptExisting(adopt as AdoptExistingProps)).message;
  }

  test.each([
    ["a name", "Payments"],
    ["zero", 0],
    ["a negative number", -5],
    ["a fraction", 12.5],
  ])("rejects an alert source id that is %s", (_, id) => {
    expect(error({ alertSourceId: id })).toBe(
      `payments/Datadog: invalid alertSourceId ${JSON.stringify(id)}: expected digits (a numeric iLert id); use the numeric id in the alert source's iLert URL, e.g. "1234"`,
    );
  });

  test("rejects a webhook name other than the integration's, telling which webhookName to set", () => {
    expect(error({ webhookName: "payments-hook" })).toBe(
      'payments/Datadog: invalid webhookName "payments-hook": expected the integration\'s webhookName "ilert-payments"; set webhookName: "payments-hook" on the integration, so monitors that mention @webhook-payments-hook keep paging',
    );
    expect(() => error({ webhookName: "payments-hook" }, { webhookName: "payments-hook" })).toThrow("expected an error, none was thrown");
  });

  test("rejects a webhook name Datadog would reject, and a non-boolean importBlocks", () => {
    expect(error({ webhookName: "my hook" })).toBe(
      'payments/Datadog: invalid webhookName "my hook": expected only letters, digits, "-" and "_"; rename it, e.g. "my-hook"; Datadog rejects other characters only at apply time',
    );
    expect(error({ alertSourceId: "1", importBlocks: "no" })).toBe(
      'payments/Datadog: invalid importBlocks "no": expected true or false; set importBlocks to a boolean',
    );
  });

  test("rejects a misspelled key", () => {
    expect(error({ alertSourceID: "1" } as never)).toBe(
      'payments/Datadog: invalid alertSourceID "1": expected a key of AdoptExistingProps; did you mean alertSourceId?',
    );
  });

  test("rejects props that are not an object", () => {
    expect(error(undefined)).toBe("payments/Datadog: missing props: expected an object; pass { alertSourceId, webhookName }");
  });
});
