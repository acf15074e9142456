import { IConstruct } from "constructs";
import { Aspects, IAspect, TerraformProvider, TerraformStack } from "cdktf";
import { DatadogProvider } from "@cdktf/provider-datadog/lib/provider";
import { IlertProvider } from "../../.gen/providers/ilert/provider";
import { fail } from "./validate";

/** The providers this library's resources need. */
export type ProviderKind = "ilert" | "datadog";

// Default providers take every credential from the environment at plan/apply time
// (ILERT_API_TOKEN; DD_API_KEY, DD_APP_KEY, DD_HOST), so nothing secret is synthesized.
const DEFAULTS: Record<ProviderKind, (stack: TerraformStack) => TerraformProvider> = {
  ilert: (stack) => new IlertProvider(stack, "DefaultIlertProvider"),
  datadog: (stack) => new DatadogProvider(stack, "DefaultDatadogProvider"),
};

/**
 * Adds, at synth time, a default (un-aliased) provider of each needed kind to a stack that has none.
 * Deciding at synth rather than when a construct is defined means a provider the user declares
 * later in their code is still found, and never duplicated.
 */
class DefaultProviders implements IAspect {
  private readonly needed = new Set<ProviderKind>();

  constructor(private readonly stack: TerraformStack) {}

  public need(kind: ProviderKind): void {
    this.needed.add(kind);
  }

  public visit(node: IConstruct): void {
    if (node !== this.stack) return;
    for (const kind of this.needed) {
      if (!hasDefaultProvider(this.stack, kind)) DEFAULTS[kind](this.stack);
    }
  }
}

function hasDefaultProvider(stack: TerraformStack, kind: ProviderKind): boolean {
  return stack.node
    .findAll()
    .some((c) => TerraformProvider.isTerraformProvider(c) && c.terraformResourceType === kind && c.alias === undefined);
}

/** A provider type in words for messages: "an iLert provider", "a Datadog provider", "a provider of type aws". */
function providerInWords(type: string): string {
  return type === "ilert" ? "an iLert provider" : type === "datadog" ? "a Datadog provider" : `a provider of type ${type}`;
}

const aspects = new WeakMap<TerraformStack, DefaultProviders>();

/**
 * Makes sure the stack of `scope` configures a provider of `kind`: `provider` when given (the user's
 * own, possibly aliased), otherwise a default one added at synth if the stack has none.
 * Returns the provider resources should name explicitly, if any.
 */
export function useProvider(
  scope: IConstruct,
  kind: ProviderKind,
  prop: string,
  provider?: TerraformProvider,
): TerraformProvider | undefined {
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
    return provider;
  }
  const stack = TerraformStack.of(scope);
  let aspect = aspects.get(stack);
  if (!aspect) {
    aspect = new DefaultProviders(stack);
    aspects.set(stack, aspect);
    Aspects.of(stack).add(aspect);
  }
  aspect.need(kind);
  return undefined;
}
