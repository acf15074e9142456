import { IConstruct } from "constructs";
import { Aspects, IAspect, TerraformProvider, TerraformStack } from "cdktf";
import { DatadogProvider } from "@cdktf/provider-datadog/lib/provider";
import { IlertProvider } from "../../.gen/providers/ilert/provider";
import { applyIlertProviderVersion } from "./private/ilert-provider-constraint";

/** The providers this library's resources need. */
export type ProviderKind = "ilert" | "datadog";

// Default providers take every credential from the environment at plan/apply time
// (ILERT_API_TOKEN; DD_API_KEY, DD_APP_KEY, DD_HOST), so nothing secret is synthesized.
const DEFAULTS: Record<ProviderKind, (stack: TerraformStack) => TerraformProvider> = {
  ilert: (stack) => new IlertProvider(stack, "DefaultIlertProvider"),
  datadog: (stack) => new DatadogProvider(stack, "DefaultDatadogProvider"),
};

/**
 * What the library sets up in each stack that uses it, at synth, when cdktf visits the stack: a
 * default provider of each kind the stack's constructs need and it has none of, then the iLert
 * provider version the cdktf context asks for (IlertProviderVersion). One aspect per stack,
 * registered by the first construct that asks; the checks engine registers after it, so the rules
 * see the stack as it is written.
 */
export class StackSetup implements IAspect {
  private readonly providerKinds = new Set<ProviderKind>();

  private constructor(private readonly stack: TerraformStack) {}

  /** The setup of the stack of `scope`, registered on the stack the first time a construct asks. */
  public static of(scope: IConstruct): StackSetup {
    const stack = TerraformStack.of(scope);
    const found = Aspects.of(stack).all.find((a): a is StackSetup => a instanceof StackSetup);
    if (found) return found;
    const created = new StackSetup(stack);
    Aspects.of(stack).add(created);
    return created;
  }

  /** Records that a construct of the stack uses the stack's default provider of `kind`. */
  public needProvider(kind: ProviderKind): void {
    this.providerKinds.add(kind);
  }

  public visit(node: IConstruct): void {
    if (node !== this.stack) return;
    addDefaultProviders(this.stack, this.providerKinds);
    applyIlertProviderVersion(this.stack);
  }
}

/**
 * Adds a default (un-aliased) provider of each needed kind the stack has none of. Run at synth rather
 * than when a construct is defined, so a provider the user declares later in their code is still
 * found, and never duplicated.
 */
export function addDefaultProviders(stack: TerraformStack, needed: ReadonlySet<ProviderKind>): void {
  // The checks engine sets up every stack it checks, also one whose constructs all have explicit
  // providers: no walk of the stack on each synth for nothing.
  // Stryker disable next-line ConditionalExpression: a shortcut, the loop below adds nothing either
  if (needed.size === 0) return;
  const present = new Set(
    stack.node
      .findAll()
      .filter((c): c is TerraformProvider => TerraformProvider.isTerraformProvider(c) && c.alias === undefined)
      .map((p) => p.terraformResourceType),
  );
  for (const kind of needed) if (!present.has(kind)) DEFAULTS[kind](stack);
}
