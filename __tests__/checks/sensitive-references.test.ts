import { directExposure, Exposure, indirectExposure } from "../../constructs/checks/sensitive-references";

describe("directExposure", () => {
  test.each<[string, string | undefined]>([
    ["${ilert_alert_source.Payments_AlertSource_1.integration_key}", "integration_key"],
    ['${"https://x/" ~ data.ilert_alert_source.Existing.integration_url}', "integration_url"],
    ["${ilert_alert_source.Payments.id}", undefined],
    ["${ilert_alert_source.Payments}", undefined], // a whole resource is indirectExposure's
    ["${nonsensitive(ilert_alert_source.Payments.integration_key)}", undefined],
    ["${nonsensitive(upper(trimspace(ilert_alert_source.P.integration_key)))}", undefined],
    ["${nonsensitive(upper(x))} ${ilert_alert_source.P.integration_url}", "integration_url"],
    ["${nonsensitive(x) ~ nonsensitive(ilert_alert_source.P.integration_key)}", undefined],
    ["${nonsensitive(ilert_alert_source.P.integration_key", undefined], // unclosed: to the end
    ["${nonsensitive(lower(x) ~ ilert_alert_source.P.integration_key)}", undefined], // parentheses inside
    ["${nonsensitive(nonsensitive(x) ~ ilert_alert_source.P.integration_key)}", undefined],
    ["${nonsensitive() ~ ilert_alert_source.P.integration_key}", "integration_key"],
    ["${my_nonsensitive(ilert_alert_source.P.integration_key)}", "integration_key"],
    ["${my_ilert_alert_source.P.integration_key}", undefined],
  ])("%s -> %j", (text, expected) => {
    expect(directExposure(text)).toBe(expected);
  });
  test("an output with 100,000 nonsensitive(...) calls is read without exhausting the stack", () => {
    const calls = "nonsensitive(x) ~ ".repeat(100_000);
    expect(directExposure(`\${${calls}ilert_alert_source.P.integration_key}`)).toBe("integration_key");
    expect(directExposure(`\${${calls}nonsensitive(ilert_alert_source.P.integration_key)}`)).toBeUndefined();
  });
});

describe("indirectExposure", () => {
  const exposure = (text: string, locals: Record<string, string> = {}): Exposure | undefined =>
    indirectExposure(text, new Map(Object.entries(locals)), new Map());

  test("a whole alert source, resource or data source, outside nonsensitive(...)", () => {
    expect(exposure("${ilert_alert_source.Payments}")).toEqual({ exposed: "ilert_alert_source.Payments", via: [] });
    expect(exposure("${jsonencode(data.ilert_alert_source.Old)}")).toEqual({ exposed: "data.ilert_alert_source.Old", via: [] });
    expect(exposure("${nonsensitive(ilert_alert_source.Payments)}")).toBeUndefined();
    expect(exposure("${ilert_alert_source.Payments.name}")).toBeUndefined();
  });

  test("a sensitive value reached through locals, outermost first", () => {
    const locals = { a: "${local.b}", b: "${[local.c]}", c: "${ilert_alert_source.P.integration_url}", d: "${ilert_alert_source.P}" };
    expect(exposure("${local.a}", locals)).toEqual({ exposed: "integration_url", via: ["local.a", "local.b", "local.c"] });
    expect(exposure("${local.d}", locals)).toEqual({ exposed: "ilert_alert_source.P", via: ["local.d"] });
    expect(exposure("${nonsensitive(local.a)}", locals)).toBeUndefined();
    expect(exposure("${local.missing}", locals)).toBeUndefined();
  });

  test("a cycle of locals ends, and each local is followed once (memo)", () => {
    const locals = new Map(Object.entries({ a: "${local.b}", b: "${local.a} ${local.c}", c: "${ilert_alert_source.P.integration_key}" }));
    const memo = new Map<string, Exposure | undefined>();
    expect(indirectExposure("${local.a}", locals, memo)).toEqual({ exposed: "integration_key", via: ["local.a", "local.b", "local.c"] });
    expect([...memo.keys()].sort()).toEqual(["a", "b", "c"]);
    expect(memo.get("c")).toEqual({ exposed: "integration_key", via: [] });
    expect(indirectExposure("${local.x}", new Map([["x", "${local.x}"]]), new Map())).toBeUndefined();
  });
});
