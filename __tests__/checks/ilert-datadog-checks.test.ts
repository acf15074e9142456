import { TerraformStack, Testing } from "cdktf";
import { Monitor } from "@cdktf/provider-datadog/lib/monitor";
import { EscalationPolicy, IlertDatadogChecks, IlertDatadogIntegration, IlertDatadogValidationError } from "../../constructs";
import * as engine from "../../constructs/checks/checks-engine";
import { warnings } from "../helpers/annotations";
import { thrown } from "../helpers/synth";

function integration(stack: TerraformStack, id = "Payments"): IlertDatadogIntegration {
  return new IlertDatadogIntegration(stack, id, { name: id, escalationPolicy: EscalationPolicy.fromId(stack, `${id}Policy`, "1") });
}

function monitor(stack: TerraformStack, id: string, message = "CPU high"): Monitor {
  return new Monitor(stack, id, { name: id, type: "metric alert", query: "avg(last_5m):avg:system.cpu.user{*} > 90", message });
}

describe("IlertDatadogChecks.suppress", () => {
  test("suppresses a warning for the scope and its children only", () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, "test");
    const payments = integration(stack);
    const search = integration(stack, "Search");
    const other = new TerraformStack(app, "other");
    const billing = integration(other, "Billing");
    monitor(stack, "Cpu");
    IlertDatadogChecks.suppress(payments, "ILDD-W1", "monitors in the platform repository mention this webhook");
    IlertDatadogChecks.suppress(other, "ILDD-W1", "paged by synthetic checks defined elsewhere");
    Testing.synth(stack);
    Testing.synth(other);
    expect(warnings(payments)).toEqual([]);
    expect(warnings(billing)).toEqual([]);
    expect(warnings(search)).toEqual([expect.stringMatching(/^\[ILDD-W1\] no datadog_monitor in this app mentions @webhook-ilert-search/)]);
  });

  test.each([
    [
      "an error id",
      "ILDD-E1",
      'test/Payments: invalid id "ILDD-E1": expected the id of a warning, one of "ILDD-W1"; ILDD-E1 is an error, which cannot be suppressed: fix what it reports',
    ],
    [
      "an unknown id",
      "ILDD-W9",
      `test/Payments: invalid id "ILDD-W9": expected the id of a warning, one of "ILDD-W1"; use the id that starts the warning's message (docs/checks.md lists them)`,
    ],
  ])("refuses %s, listing the suppressible ids", (_label, id, message) => {
    const stack = new TerraformStack(Testing.app(), "test");
    const err = thrown(() => IlertDatadogChecks.suppress(integration(stack), id, "because"));
    expect(err).toBeInstanceOf(IlertDatadogValidationError);
    expect(err.message).toBe(message);
  });

  test("lists every suppressible id, in rule order", () => {
    const stack = new TerraformStack(Testing.app(), "test");
    const w2 = { id: "ILDD-W2", level: "warning", check: () => [] } as const;
    jest.replaceProperty(engine, "RULES", [...engine.RULES, w2]);
    try {
      expect(thrown(() => IlertDatadogChecks.suppress(stack, "ILDD-W9", "because")).message).toBe(
        `test: invalid id "ILDD-W9": expected the id of a warning, one of "ILDD-W1", "ILDD-W2"; use the id that starts the warning's message (docs/checks.md lists them)`,
      );
    } finally {
      jest.restoreAllMocks();
    }
  });

  test.each(["", "   ", undefined])("refuses the empty reason %j", (reason) => {
    const stack = new TerraformStack(Testing.app(), "test");
    const err = thrown(() => IlertDatadogChecks.suppress(stack, "ILDD-W1", reason as string));
    expect(err).toBeInstanceOf(IlertDatadogValidationError);
    expect(err.message).toBe(
      `test: ${reason === undefined ? "missing reason" : `invalid reason ${JSON.stringify(reason)}`}: expected a non-empty reason; say why the warning does not apply, e.g. "monitors in the platform repository mention this webhook"`,
    );
  });
});
