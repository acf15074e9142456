import { IConstruct } from "constructs";
import { TerraformProvider, TerraformStack } from "cdktf";
import { stackChecks } from "../checks/checks-engine";
import { ProviderKind, StackSetup } from "./stack-setup";
import { fail } from "./validate";

/** A provider type in words for messages: "an iLert provider", "a Datadog provider", "a provider of type aws". */
function providerInWords(type: string): string {
  return type === "ilert" ? "an iLert provider" : type === "datadog" ? "a Datadog provider" : `a provider of type ${type}`;
}

/**
 * Makes sure the stack of `scope` configures a provider of `kind`: `provider` when given (the user's
 * own, possibly aliased, declared in the same stack), otherwise a default one the stack setup adds
 * at synth if the stack has none. Returns the provider resources should name explicitly, if any.
 * Either way the stack is registered with the stack setup (which also applies the context's provider
 * version to the user's provider) and with the checks engine (every stack that uses the library is
 * checked).
 */
export function useProvider(
  scope: IConstruct,
  kind: ProviderKind,
  prop: string,
  provider?: TerraformProvider,
): TerraformProvider | undefined {
  const setup = StackSetup.of(scope);
  stackChecks(scope);
  if (provider !== undefined) {
    if (!TerraformProvider.isTerraformProvider(provider) || provider.terraformResourceType !== kind) {
      const type = TerraformProvider.isTerraformProvider(provider) ? provider.terraformResourceType : undefined;
      const received = type === undefined ? provider : providerInWords(type);
      fail(
        scope,
        prop,
        received,
        providerInWords(kind),
        `pass the stack's ${kind === "ilert" ? "IlertProvider" : "DatadogProvider"} (aliased or not), or leave ${prop} unset to use the stack's default`,
      );
    }
    // Terraform configures providers per stack (per working directory); cdktf would only fail later,
    // with a plain Error and no hint of which prop to change.
    const stack = TerraformStack.of(scope).node.path;
    const providerStack = TerraformStack.of(provider).node.path;
    if (providerStack !== stack) {
      fail(
        scope,
        prop,
        provider,
        `${providerInWords(kind)} of stack ${stack}, not of stack ${providerStack}`,
        `declare ${providerInWords(kind)} in stack ${stack} and pass that one, or leave ${prop} unset to use the stack's default`,
      );
    }
    return provider;
  }
  setup.needProvider(kind);
  return undefined;
}
