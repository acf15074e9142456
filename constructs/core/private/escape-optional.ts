import { escapeTerraformTemplate } from "../terraform-escape";

/** Escapes an optional string of a prop for `cdk.tf.json`; `undefined` stays `undefined`. */
export function escapeOptional(text: string | undefined): string | undefined {
  return text === undefined ? undefined : escapeTerraformTemplate(text);
}
