import type { IndexedOutput } from "../check-index";
import { CheckRule, outputValue, whereSensitive } from "../check-rule";
import { Exposure, indirectExposure } from "../sensitive-references";

/**
 * ILDD-E2: an output that reaches the integration key or URL through locals or a whole-resource
 * reference must be `sensitive` too: Terraform carries the sensitive mark along and fails
 * `terraform plan` ("Output refers to sensitive values"), long after synth said nothing.
 */
export const SENSITIVE_INDIRECTION: CheckRule = {
  id: "ILDD-E2",
  level: "error",
  title: "outputs reaching the integration URL or key through locals or whole-resource references are `sensitive`",
  check: (index) => {
    const memo = new Map<string, Exposure | undefined>();
    const locals = new Map([...index.values.locals].map(([name, value]) => [name, JSON.stringify(value) ?? ""]));
    return index.plainOutputs.flatMap((indexed) => {
      const found = indirectExposure(indexed.text, locals, memo);
      return found === undefined ? [] : [{ construct: indexed.output, message: message(found, indexed) }];
    });
  },
};

function message({ exposed, via }: Exposure, output: IndexedOutput): string {
  const what = exposed.includes(".") ? `the whole ${exposed} (it holds integration_key and integration_url)` : exposed;
  const through = via.length === 0 ? "" : ` through ${via.join(" -> ")}`;
  return (
    `invalid ${outputValue(output)}: it exposes ${what}${through}, and Terraform keeps the sensitive mark through locals, whole-resource references and functions, so terraform plan fails; ` +
    `expected sensitive: true; set sensitive: true ${whereSensitive(output)}, or wrap the value in Fn.nonsensitive(...) if it may be shown`
  );
}
