import { TerraformProvider, TerraformStack } from "cdktf";
import { DatadogProvider } from "@cdktf/provider-datadog/lib/provider";
import { IlertProvider } from "../../.gen/providers/ilert/provider";
import type { ProviderKind } from "../core/default-providers";

// Default providers take every credential from the environment at plan/apply time
// (ILERT_API_TOKEN; DD_API_KEY, DD_APP_KEY, DD_HOST), so nothing secret is synthesized.
const DEFAULTS: Record<ProviderKind, (stack: TerraformStack) => TerraformProvider> = {
  ilert: (stack) => new IlertProvider(stack, "DefaultIlertProvider"),
  datadog: (stack) => new DatadogProvider(stack, "DefaultDatadogProvider"),
};

/**
 * Adds a default (un-aliased) provider of each needed kind the stack has none of. Run at synth rather
 * than when a construct is defined, so a provider the user declares later in their code is still
 * found, and never duplicated.
 */
export function addDefaultProviders(stack: TerraformStack, needed: ReadonlySet<ProviderKind>): void {
  if (needed.size === 0) return;
  const present = new Set(
    stack.node
      .findAll()
      .filter((c): c is TerraformProvider => TerraformProvider.isTerraformProvider(c) && c.alias === undefined)
      .map((p) => p.terraformResourceType),
  );
  for (const kind of needed) if (!present.has(kind)) DEFAULTS[kind](stack);
}
