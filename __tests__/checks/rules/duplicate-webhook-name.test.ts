import { App, TerraformStack, Testing } from "cdktf";
import { EscalationPolicy, IlertDatadogIntegration, IlertDatadogIntegrationProps } from "../../../constructs";
import { errors } from "../../helpers/annotations";

function integration(stack: TerraformStack, id: string, props: Partial<IlertDatadogIntegrationProps> = {}): IlertDatadogIntegration {
  return new IlertDatadogIntegration(stack, id, {
    name: "Payments",
    escalationPolicy: EscalationPolicy.fromId(stack, `${id}Policy`, "1"),
    ...props,
  });
}

const E3 = (name: string, owner: string) =>
  `[ILDD-E3] invalid webhookName "${name}": expected a webhook name not used elsewhere in the app (already declared by ${owner}); give one of them another webhookName; Datadog webhook names are global to the organisation`;

describe("ILDD-E3: one webhook name per app", () => {
  test("the second integration declaring a name fails, naming the first", () => {
    const stack = new TerraformStack(Testing.app(), "app");
    const first = integration(stack, "Payments");
    const second = integration(stack, "Payments2");
    const third = integration(stack, "Payments3", { webhookName: "ilert-payments" });
    Testing.synth(stack);
    expect(errors(first)).toEqual([]);
    expect(errors(second)).toEqual([E3("ilert-payments", "app/Payments")]);
    expect(errors(third)).toEqual([E3("ilert-payments", "app/Payments")]);
  });

  test("across the stacks of an app, failing cdktf synth", () => {
    const app = new App({ outdir: Testing.app().outdir });
    integration(new TerraformStack(app, "eu"), "Payments");
    integration(new TerraformStack(app, "us"), "Payments");
    expect(() => app.synth()).toThrow(`Encountered Annotations with level "ERROR":\n[us/Payments] ${E3("ilert-payments", "eu/Payments")}`);
  });

  test("distinct names, and names of separate apps, pass", () => {
    const stack = new TerraformStack(Testing.app(), "app");
    const checked = [integration(stack, "Payments"), integration(stack, "Search", { name: "Search" })];
    const other = new TerraformStack(Testing.app(), "app");
    checked.push(integration(other, "Payments"));
    Testing.synth(stack);
    Testing.synth(other);
    for (const i of checked) expect(errors(i)).toEqual([]);
  });
});
