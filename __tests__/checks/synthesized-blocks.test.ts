import {
  CloudBackend,
  DataTerraformRemoteStateS3,
  Fn,
  NamedCloudWorkspace,
  S3Backend,
  TerraformLocal,
  TerraformOutput,
  TerraformStack,
  TerraformVariable,
  Testing,
  Tokenization,
} from "cdktf";
import { Construct } from "constructs";
import { DatadogProvider } from "@cdktf/provider-datadog/lib/provider";
import { IlertProvider } from "../../.gen/providers/ilert/provider";
import { memberAt, synthesizedBlocks } from "../../constructs/checks/synthesized-blocks";

/** The blocks by name (construct path: value), and what cdktf itself writes for the same stack. */
function blocksAndWritten(stack: TerraformStack) {
  const blocks = synthesizedBlocks(stack);
  const named = (entries: readonly { construct: Construct; name: string; value: unknown }[]) =>
    entries.map((e) => [e.name, e.construct.node.path, e.value]);
  const written = JSON.parse(Testing.synth(stack));
  return {
    providers: named(blocks.providers),
    variables: named(blocks.variables),
    locals: named(blocks.locals),
    outputs: named(blocks.outputs),
    written,
  };
}

describe("synthesizedBlocks", () => {
  test("providers, variables, locals and outputs as cdktf writes them, each with its construct", () => {
    const stack = new TerraformStack(Testing.app(), "s");
    const token = new TerraformVariable(stack, "token", { type: "string", sensitive: true });
    new IlertProvider(stack, "Ilert", { apiToken: token.stringValue });
    new IlertProvider(new Construct(stack, "Eu"), "Ilert", { alias: "eu", endpoint: "https://eu.example.com" });
    new DatadogProvider(stack, "Datadog", { apiUrl: "https://api.datadoghq.eu/" });
    const local = new TerraformLocal(stack, "key", Fn.lower(token.stringValue));
    new TerraformOutput(stack, "plain", { value: local.asString, sensitive: true });

    const { providers, variables, locals, outputs, written } = blocksAndWritten(stack);
    expect(providers).toEqual([
      ["ilert", "s/Ilert", { api_token: "${var.token}" }],
      ["ilert", "s/Eu/Ilert", { alias: "eu", endpoint: "https://eu.example.com" }],
      ["datadog", "s/Datadog", { api_url: "https://api.datadoghq.eu/" }],
    ]);
    expect(variables).toEqual([["token", "s/token", { type: "string", sensitive: true }]]);
    expect(locals).toEqual([["key", "s/key", "${lower(var.token)}"]]);
    expect(outputs).toEqual([["plain", "s/plain", { value: "${local.key}", sensitive: true }]]);
    expect(written.provider).toEqual({ ilert: providers.slice(0, 2).map((p) => p[2]), datadog: [providers[2][2]] });
  });

  test("element overrides and the stack's overrides are applied, as cdktf applies them", () => {
    const stack = new TerraformStack(Testing.app(), "s");
    const ilert = new IlertProvider(stack, "Ilert", { endpoint: "https://a.example.com" });
    ilert.addOverride("password", "from-element-override");
    new IlertProvider(stack, "Second", { alias: "b", endpoint: "https://b.example.com" });
    const output = new TerraformOutput(stack, "o", { value: "x", sensitive: true });
    output.addOverride("sensitive", false);
    new TerraformVariable(stack, "v", { type: "string" });
    new TerraformVariable(stack, "n", { type: "string", nullable: true });
    stack.addOverride("provider.ilert.0.api_token", "from-stack-override");
    stack.addOverride("provider.ilert.1.endpoint", undefined);
    stack.addOverride("variable.v.default", "d");
    stack.addOverride("variable.n.default", null);
    stack.addOverride("locals.extra", "${var.v}");
    stack.addOverride("output.added", { value: "y" });

    const { providers, variables, locals, outputs, written } = blocksAndWritten(stack);
    expect(providers).toEqual([
      ["ilert", "s/Ilert", { endpoint: "https://a.example.com", password: "from-element-override", api_token: "from-stack-override" }],
      ["ilert", "s/Second", { alias: "b" }],
    ]);
    expect(variables).toEqual([
      ["v", "s/v", { type: "string", default: "d" }],
      ["n", "s/n", { type: "string", nullable: true, default: null }],
    ]);
    // Entries only a stack override declares belong to the stack.
    expect(locals).toEqual([["extra", "s", "${var.v}"]]);
    expect(outputs).toEqual([
      ["o", "s/o", { value: "x", sensitive: false }],
      ["added", "s", { value: "y" }],
    ]);
    expect({ provider: written.provider, variable: written.variable, locals: written.locals, output: written.output }).toEqual({
      provider: { ilert: providers.map((p) => p[2]) },
      variable: { v: variables[0][2], n: variables[1][2] },
      locals: { extra: "${var.v}" },
      output: { o: outputs[0][2], added: outputs[1][2] },
    });
  });

  test("a provider only a stack override declares, as one configuration (not a list), belongs to the stack", () => {
    const stack = new TerraformStack(Testing.app(), "s");
    stack.addOverride("provider.ilert", { api_token: "t" });
    const { providers } = synthesizedBlocks(stack);
    expect(providers.map((p) => [p.name, p.construct.node.path, p.value, p.overriddenAt(["api_token"])])).toEqual([
      ["ilert", "s", { api_token: "t" }, "provider.ilert"],
    ]);
    expect(JSON.parse(Testing.synth(stack)).provider).toEqual({ ilert: providers[0].value });
  });

  test("an entry a stack override writes as null has no attributes", () => {
    const stack = new TerraformStack(Testing.app(), "s");
    new TerraformOutput(stack, "o", { value: "x" });
    stack.addOverride("output.o", null);
    expect(synthesizedBlocks(stack).outputs.map((o) => [o.name, o.value])).toEqual([["o", {}]]);
  });

  test("entries are matched to their elements by kind and name: a provider or backend with a variable's logical id is not that variable", () => {
    const stack = new TerraformStack(Testing.app(), "s");
    new TerraformVariable(stack, "v", { type: "string" }).overrideLogicalId("token");
    new TerraformVariable(stack, "w", { type: "string" }).overrideLogicalId("backend");
    new IlertProvider(stack, "token", { alias: "t" });
    new S3Backend(stack, { bucket: "b", key: "k" });
    const { variables, providers, backends } = synthesizedBlocks(stack);
    expect([...variables, ...providers, ...backends].map((e) => [e.name, e.construct.node.path])).toEqual([
      ["token", "s/v"],
      ["backend", "s/w"],
      ["ilert", "s/token"],
      ["s3", "s/backend"],
    ]);
  });

  test("resolves each element and then the blocks once, and the blocks once more for a stack with overrides", () => {
    const resolves = jest.spyOn(Tokenization, "resolve");
    try {
      const stack = new TerraformStack(Testing.app(), "s");
      new IlertProvider(stack, "Ilert", { apiToken: "t" });
      new TerraformOutput(stack, "o", { value: "x" });
      synthesizedBlocks(stack);
      expect(resolves).toHaveBeenCalledTimes(3);
      resolves.mockClear();
      stack.addOverride("output.o.sensitive", true);
      synthesizedBlocks(stack);
      expect(resolves).toHaveBeenCalledTimes(4);
    } finally {
      jest.restoreAllMocks();
    }
  });

  test("a provider entry a stack override adds, beyond the declared ones, belongs to the stack; nested stacks are not read", () => {
    const stack = new TerraformStack(Testing.app(), "s");
    new IlertProvider(stack, "Ilert");
    stack.addOverride("provider.ilert", [{ alias: "extra", api_token: "t" }]);
    const nested = new TerraformStack(stack, "nested");
    new TerraformOutput(nested, "inner", { value: "z" });
    expect(blocksAndWritten(stack)).toMatchObject({
      providers: [
        ["ilert", "s/Ilert", {}],
        ["ilert", "s", { alias: "extra", api_token: "t" }],
      ],
      outputs: [],
    });
  });

  test("the backend (terraform.backend.<type>, or the cloud block) and remote state data sources, as written", () => {
    const stack = new TerraformStack(Testing.app(), "s");
    new S3Backend(stack, { bucket: "b", key: "k", secretKey: "x" });
    new DataTerraformRemoteStateS3(stack, "network", { bucket: "n", key: "k" });
    const blocks = synthesizedBlocks(stack);
    const written = JSON.parse(Testing.synth(stack));
    expect(blocks.backends.map((b) => [b.name, b.construct.node.path, b.value])).toEqual([
      ["s3", "s/backend", written.terraform.backend.s3],
    ]);
    expect(blocks.remoteStates.map((r) => [r.name, r.construct.node.path, r.value])).toEqual([
      ["network", "s/network", written.data.terraform_remote_state.network],
    ]);
    const cloud = new TerraformStack(Testing.app(), "c");
    new CloudBackend(cloud, { organization: "o", workspaces: new NamedCloudWorkspace("w") });
    expect(synthesizedBlocks(cloud).backends.map((b) => [b.name, b.construct.node.path, b.value])).toEqual([
      ["cloud", "c/backend", { organization: "o", workspaces: { name: "w" } }],
    ]);
  });

  test("reading the blocks changes no stack: a reference to another stack is read as written, without wiring the two stacks", () => {
    // cdktf wires a cross-stack reference (an output in one stack, remote state in the other) when it
    // prepares an app for synth; a check reading the blocks must not, or it would add both itself.
    const app = Testing.app();
    const origin = new TerraformStack(app, "origin");
    const token = new TerraformVariable(origin, "token", { type: "string" });
    const user = new TerraformStack(app, "user");
    new TerraformLocal(user, "from_origin", token.stringValue);
    const before = [JSON.parse(Testing.synth(origin)), JSON.parse(Testing.synth(user))];
    expect(synthesizedBlocks(user).locals.map((l) => [l.name, l.value])).toEqual([["from_origin", "${var.token}"]]);
    expect([JSON.parse(Testing.synth(origin)), JSON.parse(Testing.synth(user))]).toEqual(before);
    expect(before[0].output).toBeUndefined();
    expect(before[1].data).toBeUndefined();
  });

  test("overriddenAt: the path of the stack override that wrote a value, or undefined for the element's own", () => {
    const stack = new TerraformStack(Testing.app(), "s");
    const ilert = new IlertProvider(stack, "Ilert", { endpoint: "https://a.example.com" });
    ilert.addOverride("password", "own");
    new TerraformOutput(stack, "o", { value: "x" });
    new S3Backend(stack, { bucket: "b", key: "k" });
    stack.addOverride("provider.ilert.0.api_token", "t");
    stack.addOverride("output.o.sensitive", true);
    stack.addOverride("output.added", { value: "y" });
    stack.addOverride("terraform.backend.s3.secret_key", "k");
    const { providers, outputs, backends } = synthesizedBlocks(stack);
    expect(providers.map((p) => [p.overriddenAt(["api_token"]), p.overriddenAt(["password"]), p.overriddenAt(["endpoint"])])).toEqual([
      ["provider.ilert.0.api_token", undefined, undefined],
    ]);
    // A whole configuration in a list: the override's path is the list's.
    const listed = new TerraformStack(Testing.app(), "listed");
    new IlertProvider(listed, "Ilert");
    listed.addOverride("provider.ilert", [{ alias: "extra", api_token: "t" }]);
    expect(
      synthesizedBlocks(listed).providers.map((p) => [p.construct.node.path, p.overriddenAt(["api_token"]), p.overriddenAt()]),
    ).toEqual([
      ["listed/Ilert", undefined, undefined],
      ["listed", "provider.ilert", "provider.ilert"],
    ]);
    expect(outputs.map((o) => [o.name, o.overriddenAt(["value"]), o.overriddenAt(["sensitive"]), o.overriddenAt()])).toEqual([
      ["o", undefined, "output.o.sensitive", "output.o"],
      ["added", "output.added.value", "output.added", "output.added"],
    ]);
    expect([backends[0].overriddenAt(["secret_key"]), backends[0].overriddenAt(["bucket"])]).toEqual([
      "terraform.backend.s3.secret_key",
      undefined,
    ]);
    // The cloud block and remote state data sources, at their own paths.
    const cloud = new TerraformStack(Testing.app(), "cloud");
    new CloudBackend(cloud, { organization: "o", workspaces: new NamedCloudWorkspace("w") });
    new DataTerraformRemoteStateS3(cloud, "network", { bucket: "n", key: "k" });
    cloud.addOverride("terraform.cloud.token", "t");
    cloud.addOverride("data.terraform_remote_state.network.config.secret_key", "k");
    const blocks = synthesizedBlocks(cloud);
    expect([blocks.backends[0].overriddenAt(["token"]), blocks.backends[0].overriddenAt(["organization"])]).toEqual([
      "terraform.cloud.token",
      undefined,
    ]);
    expect([
      blocks.remoteStates[0].overriddenAt(["config", "secret_key"]),
      blocks.remoteStates[0].overriddenAt(["config", "bucket"]),
    ]).toEqual(["data.terraform_remote_state.network.config.secret_key", undefined]);
    const plain = new TerraformStack(Testing.app(), "plain");
    new IlertProvider(plain, "Ilert", { apiToken: "t" });
    expect(synthesizedBlocks(plain).providers[0].overriddenAt(["api_token"])).toBeUndefined();
  });
});

test("memberAt: object keys and list indexes along a path; undefined where the path leaves the value", () => {
  const value = { provider: { ilert: [{ api_token: "t" }] } };
  expect(memberAt(value, ["provider", "ilert", "0", "api_token"])).toBe("t");
  expect(memberAt(value, [])).toBe(value);
  expect(memberAt(value, ["provider", "datadog", "0"])).toBeUndefined();
  expect(memberAt(value, ["provider", "ilert", "0", "api_token", "length"])).toBeUndefined();
  expect(memberAt(null, ["a"])).toBeUndefined();
});
