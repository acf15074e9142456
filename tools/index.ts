// `cdktf-ilert-datadog/tools`: what reads an app's synthesized output (cdk.tf.json), for scripts
// and CI: the wiring diagram, the payload preview, import commands, and the Terraform string helpers.
export { escapeTerraformTemplate, fromTerraformString } from "../constructs/core/terraform-escape";
export { DATADOG_TEMPLATE_VARIABLES } from "../constructs/datadog/template-variables";
export { WEBHOOK_NAME_PATTERN, deriveWebhookName } from "../constructs/datadog/webhook-name";
export { readSynthesizedStacks } from "./synthesized-stacks";
export type { SynthesizedBlocks, SynthesizedImportBlock, SynthesizedStack } from "./synthesized-stacks";
export { wiringDiagram } from "./wiring-diagram";
export { PREVIEW_ESCAPING_ASSUMPTION, renderPayload, SampleEvent } from "./payload-preview";
export type { SampleEventProps } from "./payload-preview";
export { listTerraformImports, terraformImportCommands } from "./terraform-imports";
export type { TerraformImport } from "./terraform-imports";
