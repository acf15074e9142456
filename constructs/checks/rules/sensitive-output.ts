import { CheckRule } from "../check-rule";
import { directExposure } from "../sensitive-references";

/**
 * ILDD-E1: an output whose value references an alert source's integration key or URL (also inside
 * functions) must be `sensitive`: anyone who has the key can open alerts, and Terraform would print
 * it in plan/apply logs and CI output.
 */
export const SENSITIVE_OUTPUT: CheckRule = {
  id: "ILDD-E1",
  level: "error",
  title: "outputs referencing the integration URL or key are `sensitive`",
  check: (index) =>
    index.plainOutputs.flatMap(({ output, text }) => {
      const attribute = directExposure(text);
      return attribute === undefined
        ? []
        : [
            {
              construct: output,
              message: `invalid output value: it exposes ${attribute} (it embeds the iLert integration key, which lets anyone open alerts); expected sensitive: true; set sensitive: true on the TerraformOutput, or do not output it`,
            },
          ];
    }),
};
