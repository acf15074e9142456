import { listStacks } from "../../cli/stack-list";
import { SynthesizedStack } from "../../tools";

const stack = (name: string, webhook = "ilert-payments"): SynthesizedStack => ({
  name,
  workingDirectory: `stacks/${name}`,
  config: { resource: { datadog_webhook: { Webhook: { name: webhook } } } },
});
const app = [stack("prod-payments"), stack("prod-search"), stack("staging-payments")];
const none = { node: { tryGetContext: () => undefined } };

describe("listStacks", () => {
  test("every stack in the manifest's order, without a selection", () => {
    expect(listStacks(app, { context: none, env: {} })).toEqual(["prod-payments", "prod-search", "staging-payments"]);
  });

  test("ILERT_DATADOG_STACKS selects (patterns, commas), before the context key", () => {
    const context = { node: { tryGetContext: (key: string) => (key === "stacks" ? "staging-*" : undefined) } };
    expect(listStacks(app, { context, env: { ILERT_DATADOG_STACKS: "prod-*, staging-payments" } })).toEqual([
      "prod-payments",
      "prod-search",
      "staging-payments",
    ]);
    expect(listStacks(app, { context, env: {} })).toEqual(["staging-payments"]);
  });

  test("a name that matches no stack fails, listing the stacks", () => {
    expect(() => listStacks(app, { context: none, env: { ILERT_DATADOG_STACKS: "prod-payments,dev-*" } })).toThrow(
      'ILERT_DATADOG_STACKS names no stack of the synthesized app: "dev-*"; the stacks are: prod-payments, prod-search, staging-payments',
    );
  });

  test("with a base: only stacks that are new or whose configuration differs; removed ones are not listed", () => {
    const base = [stack("prod-payments", "old-name"), stack("prod-search"), stack("prod-gone")];
    expect(listStacks(app, { context: none, env: {}, base })).toEqual(["prod-payments", "staging-payments"]);
    expect(listStacks(app, { context: none, env: { ILERT_DATADOG_STACKS: "prod-*" }, base })).toEqual(["prod-payments"]);
    expect(listStacks(app, { context: none, env: {}, base: app })).toEqual([]);
  });
});
