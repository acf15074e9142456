import { CheckRule, outputValue, whereSensitive } from "../check-rule";
import { directExposure } from "../sensitive-references";

/**
 * ILDD-E1: an output whose value references an alert source's integration key or URL (also inside
 * functions) must be `sensitive`: anyone who has the key can open alerts, and Terraform would print
 * it in plan/apply logs and CI output.
 */
export const SENSITIVE_OUTPUT: CheckRule = {
  id: "ILDD-E1",
  level: "error",
  check: (index) =>
    index.plainOutputs.flatMap((indexed) => {
      const attribute = directExposure(indexed.text);
      return attribute === undefined
        ? []
        : [
            {
              construct: indexed.output,
              message: `invalid ${outputValue(indexed)}: it exposes ${attribute} (it embeds the iLert integration key, which lets anyone open alerts); expected sensitive: true; set sensitive: true ${whereSensitive(indexed)}, or do not output it`,
            },
          ];
    }),
};
