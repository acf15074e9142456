import { Annotations, App, Aspects, TerraformOutput, TerraformStack, Testing } from "cdktf";
import { IConstruct } from "constructs";
import { DatadogProvider } from "@cdktf/provider-datadog/lib/provider";
import { Monitor } from "@cdktf/provider-datadog/lib/monitor";
import { IlertProvider } from "../../.gen/providers/ilert/provider";
import * as appIndex from "../../constructs/checks/check-index";
import { RULES, SUPPRESSION } from "../../constructs/checks/checks-engine";
import * as monitorMessage from "../../constructs/datadog/private/monitor-message";
import { EscalationPolicy, IlertDatadogIntegration, IlertDatadogValidationError } from "../../constructs";
import { errors, warnings } from "../helpers/annotations";
import { thrown } from "../helpers/synth";

function integration(stack: TerraformStack, id = "Payments"): IlertDatadogIntegration {
  return new IlertDatadogIntegration(stack, id, { name: id, escalationPolicy: EscalationPolicy.fromId(stack, `${id}Policy`, "1") });
}

function monitor(stack: TerraformStack, id: string, message = "CPU high"): Monitor {
  return new Monitor(stack, id, { name: id, type: "metric alert", query: "avg(last_5m):avg:system.cpu.user{*} > 90", message });
}

describe("the checks engine", () => {
  test("one aspect per stack, however many constructs use it; stacks without the library get none", () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, "test");
    for (const id of ["A", "B", "C"]) integration(stack, id);
    const plain = new TerraformStack(app, "plain");
    expect(Aspects.of(stack).all).toHaveLength(2);
    expect(Aspects.of(plain).all).toHaveLength(0);
  });

  test("adds the default providers each stack needs, at synth", () => {
    const app = Testing.app();
    const first = new TerraformStack(app, "first");
    integration(first);
    const second = new TerraformStack(app, "second");
    EscalationPolicy.fromName(second, "Policy", "Payments");
    const synthesized = Testing.synth(second);
    expect(synthesized).toHaveProvider(IlertProvider);
    expect(synthesized).not.toHaveProvider(DatadogProvider);
    expect(Testing.synth(first)).toHaveProvider(DatadogProvider);
  });

  test("reports each stack's findings on that stack, errors and warnings with their ids, once per synth (the app indexed once per synth)", () => {
    const app = new App({ outdir: Testing.app().outdir });
    const eu = new TerraformStack(app, "eu");
    const us = new TerraformStack(app, "us");
    const payments = integration(eu);
    const search = integration(us, "Search");
    monitor(us, "Cpu");
    const url = new TerraformOutput(us, "url", { value: search.integrationUrl });
    const indexes = jest.spyOn(appIndex, "buildAppIndex");
    try {
      expect(() => app.synth()).toThrow(/^Encountered Annotations with level "ERROR":\n\[us\/url\] \[ILDD-E1\] invalid output value/);
      expect(() => app.synth()).toThrow(/ILDD-E1/);
      expect(indexes).toHaveBeenCalledTimes(2);
    } finally {
      jest.restoreAllMocks();
    }
    expect(warnings(payments)).toEqual([expect.stringMatching(/^\[ILDD-W1\] no datadog_monitor /)]);
    expect(warnings(search)).toEqual([expect.stringMatching(/^\[ILDD-W1\] no datadog_monitor /)]);
    expect(errors(url)).toEqual([expect.stringMatching(/^\[ILDD-E1\] invalid output value/)]);
    // Without a trace: the cdktf CLI prints an error annotation's trace below its message.
    expect([...payments.node.metadata, ...url.node.metadata].map((m) => m.trace)).toEqual([undefined, undefined]);
  });

  test("a finding of a rule that throws (ILDD-E4) stops the synth at once, as an IlertDatadogValidationError, before any annotation", () => {
    const app = new App({ outdir: Testing.app().outdir });
    const stack = new TerraformStack(app, "test");
    const search = integration(stack, "Search");
    const url = new TerraformOutput(stack, "url", { value: search.integrationUrl });
    const ilert = new IlertProvider(stack, "Ilert", { apiToken: "literal" });
    new DatadogProvider(stack, "Datadog", { apiKey: "literal" });
    const err = thrown(() => app.synth());
    expect(err).toBeInstanceOf(IlertDatadogValidationError);
    // The first finding only; its message as formatFinding writes it.
    expect(err.message).toMatch(/^\[ILDD-E4\] test\/Ilert: invalid api_token \(a literal value, not shown here\): /);
    expect(RULES.filter((r) => r.throws).map((r) => r.id)).toEqual(["ILDD-E4"]);
    expect([...errors(url), ...errors(ilert), ...warnings(search)]).toEqual([]);
  });

  test("each synth indexes the app once: no rule scans monitors per integration (200 integrations, 100 stacks)", () => {
    // Without stack traces in construct metadata, declaring 200 integrations takes 1 s instead of 5.
    const app = new App({ outdir: Testing.app().outdir, stackTraces: false });
    const integrations: IlertDatadogIntegration[] = [];
    for (let s = 0; s < 100; s++) {
      const stack = new TerraformStack(app, `team${s}`);
      for (const id of ["Api", "Worker"]) {
        const i = integration(stack, `${id}${s}`);
        i.connectMonitor(monitor(stack, `${id}${s}Cpu`));
        integrations.push(i);
      }
    }
    const shared = new TerraformStack(app, "shared");
    new DatadogProvider(shared, "Datadog");
    monitor(shared, "Unrelated", "nobody is paged");
    const indexes = jest.spyOn(appIndex, "buildAppIndex");
    const scans = jest.spyOn(monitorMessage, "mentionedHandles");
    const perHandle = jest.spyOn(monitorMessage, "mentions");
    try {
      app.synth();
      expect(indexes).toHaveBeenCalledTimes(1);
      expect(scans).toHaveBeenCalledTimes(201);
      expect(perHandle).not.toHaveBeenCalled();
    } finally {
      jest.restoreAllMocks();
    }
    expect(integrations.flatMap((i) => warnings(i))).toEqual([]);
  });

  test("an integration declared after a stack was checked is in the index of the next stack checked", () => {
    const app = new App({ outdir: Testing.app().outdir });
    const eu = new TerraformStack(app, "eu");
    integration(eu);
    Testing.synth(eu);
    const us = new TerraformStack(app, "us");
    integration(us, "Search");
    const again = new IlertDatadogIntegration(us, "Again", {
      name: "Search",
      escalationPolicy: EscalationPolicy.fromId(us, "AgainPolicy", "1"),
    });
    Testing.synth(us);
    expect(errors(again)).toEqual([
      '[ILDD-E3] invalid webhookName "ilert-search": expected a webhook name not used elsewhere in the app (already declared by us/Search); give one of them another webhookName; Datadog webhook names are global to the organisation',
    ]);
  });

  const W1 =
    '[ILDD-W1] no datadog_monitor in this app mentions @webhook-ilert-payments, so this integration pages nobody; connect monitors with connectMonitor(monitor) or put @webhook-ilert-payments in their messages (if monitors outside this app mention it, suppress this warning with IlertDatadogChecks.suppress(integration, "ILDD-W1", reason))';

  test.each<[string, (payments: IConstruct, url: IConstruct) => void]>([
    ["nothing", () => {}],
    ["a suppression of another id", (payments) => payments.node.addMetadata(SUPPRESSION, { id: "ILDD-W2", reason: "r" })],
    ["metadata of another type naming the warning", (payments) => payments.node.addMetadata("note", { id: "ILDD-W1" })],
    // suppress() refuses an error's id; one written by hand suppresses nothing either.
    ["a suppression of the error, written by hand", (_payments, url) => url.node.addMetadata(SUPPRESSION, { id: "ILDD-E1", reason: "r" })],
    // A finding is reported once per type: the same text as an info is another annotation.
    ["an info with the warning's text", (payments) => Annotations.of(payments).addInfo(W1)],
  ])("findings are reported despite %s", (_label, add) => {
    const stack = new TerraformStack(Testing.app(), "test");
    const payments = integration(stack);
    monitor(stack, "Cpu");
    const url = new TerraformOutput(stack, "url", { value: payments.integrationUrl });
    add(payments, url);
    Testing.synth(stack);
    expect(warnings(payments)).toEqual([W1]);
    expect(errors(url)).toEqual([expect.stringMatching(/^\[ILDD-E1\] invalid output value/)]);
  });
});
