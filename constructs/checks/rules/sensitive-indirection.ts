import type { IndexedOutput } from "../check-index";
import { CheckRule, outputValue, whereSensitive, writtenByOverride } from "../check-rule";
import { Exposure, indirectExposure } from "../sensitive-references";

/**
 * ILDD-E2: an output that reaches the integration key or URL through locals or a whole-resource
 * reference must be `sensitive` too: Terraform carries the sensitive mark along and fails
 * `terraform plan` ("Output refers to sensitive values"), long after synth said nothing.
 */
export const SENSITIVE_INDIRECTION: CheckRule = {
  id: "ILDD-E2",
  level: "error",
  check: (index) => {
    const memo = new Map<string, Exposure | undefined>();
    // A local as written is JSON (a local without a value is not written).
    const locals = new Map([...index.values.locals].map(([name, value]) => [name, JSON.stringify(value)]));
    return index.plainOutputs.flatMap((indexed) => {
      const found = indirectExposure(indexed.text, locals, memo);
      return found === undefined ? [] : [{ construct: indexed.output, message: message(found, indexed, index.localOverrides) }];
    });
  },
};

function message({ exposed, via }: Exposure, output: IndexedOutput, localOverrides: ReadonlyMap<string, string>): string {
  const what = exposed.includes(".") ? `the whole ${exposed} (it holds integration_key and integration_url)` : exposed;
  // A local a stack override wrote is named with the override: the code the user looks for.
  const named = via.map((local) => {
    const override = localOverrides.get(local.slice("local.".length));
    return override === undefined ? local : `${local} (${writtenByOverride(override)})`;
  });
  const through = named.length === 0 ? "" : ` through ${named.join(" -> ")}`;
  return (
    `invalid ${outputValue(output)}: it exposes ${what}${through}, and Terraform keeps the sensitive mark through locals, whole-resource references and functions, so terraform plan fails; ` +
    `expected sensitive: true; set sensitive: true ${whereSensitive(output)}, or wrap the value in Fn.nonsensitive(...) if it may be shown`
  );
}
