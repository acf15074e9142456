import { TerraformStack, TerraformVariable, Testing } from "cdktf";
import { DatadogProvider } from "@cdktf/provider-datadog/lib/provider";
import { IlertProvider } from "../../../.gen/providers/ilert/provider";
import { EscalationPolicy, IlertDatadogIntegration } from "../../../constructs";
import { errors } from "../../helpers/annotations";

const E4 = (path: string, attribute: string, variable: string, type: string) =>
  `[ILDD-E4] ${path}: invalid ${attribute} (a literal value, not shown here): expected a credential from outside the code, since a literal is written in plain text to cdktf.out; leave ${attribute} unset and set ${variable} in the environment, or pass a sensitive TerraformVariable (new TerraformVariable(this, "${type}_${attribute}", { type: "string", sensitive: true }).stringValue)`;

function libraryStack(): TerraformStack {
  const stack = new TerraformStack(Testing.app(), "test");
  new IlertDatadogIntegration(stack, "Payments", { name: "Payments", escalationPolicy: EscalationPolicy.fromId(stack, "P", "1") });
  return stack;
}

describe("ILDD-E4: provider credentials are not literals", () => {
  test("each literal secret of a Datadog provider is reported, without its value", () => {
    const stack = libraryStack();
    const datadog = new DatadogProvider(stack, "Datadog", {
      apiKey: "0123abcd",
      appKey: "4567efgh",
      awsSecretAccessKey: "aws-secret",
      awsSessionToken: "aws-session",
      awsAccessKeyId: "AKIAEXAMPLE",
      apiUrl: "https://api.datadoghq.eu/",
    });
    Testing.synth(stack);
    expect(errors(datadog)).toEqual([
      E4("test/Datadog", "api_key", "DD_API_KEY", "datadog"),
      E4("test/Datadog", "app_key", "DD_APP_KEY", "datadog"),
      E4("test/Datadog", "aws_secret_access_key", "AWS_SECRET_ACCESS_KEY", "datadog"),
      E4("test/Datadog", "aws_session_token", "AWS_SESSION_TOKEN", "datadog"),
    ]);
    expect(JSON.stringify(errors(datadog))).not.toMatch(/0123abcd|4567efgh|aws-secret|aws-session/);
  });

  test("iLert api_token and password, aliased providers and overrides included", () => {
    const stack = libraryStack();
    const ilert = new IlertProvider(stack, "Ilert", { apiToken: "il-token", alias: "eu" });
    const basic = new IlertProvider(stack, "Basic", { organization: "acme", username: "ops" });
    basic.addOverride("password", "hunter2");
    Testing.synth(stack);
    expect(errors(ilert)).toEqual([E4("test/Ilert", "api_token", "ILERT_API_TOKEN", "ilert")]);
    expect(errors(basic)).toEqual([E4("test/Basic", "password", "ILERT_PASSWORD", "ilert")]);
  });

  test("fails a real synth", () => {
    const stack = libraryStack();
    new IlertProvider(stack, "Ilert", { apiToken: "il-token" });
    expect(() => Testing.fullSynth(stack)).toThrow(/\[ILDD-E4\] test\/Ilert: invalid api_token/);
  });

  test("tokens (sensitive variables) and the environment pass; stacks without the library are not checked", () => {
    const stack = libraryStack();
    const token = new TerraformVariable(stack, "ilert_api_token", { type: "string", sensitive: true });
    const ilert = new IlertProvider(stack, "Ilert", { apiToken: token.stringValue });
    const datadog = new DatadogProvider(stack, "Datadog", {
      apiKey: `${new TerraformVariable(stack, "k", { type: "string" }).stringValue}`,
    });
    const other = new TerraformStack(Testing.app(), "other");
    const unrelated = new IlertProvider(other, "Ilert", { apiToken: "il-token" });
    Testing.synth(stack);
    Testing.synth(other);
    expect([...errors(ilert), ...errors(datadog), ...errors(unrelated)]).toEqual([]);
    expect(Testing.synth(stack)).toHaveProviderWithProperties(IlertProvider, { api_token: "${var.ilert_api_token}" });
  });
});
