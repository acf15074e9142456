import { IConstruct } from "constructs";
import { Annotations, Aspects, DefaultTokenResolver, IAspect, StringConcat, TerraformOutput, TerraformStack, Tokenization } from "cdktf";

/** Attributes that carry an alert source's integration key: anyone who has them can open alerts. */
const SECRET_REFERENCE = /\b(?:data\.)?ilert_alert_source\.[^.\s}]+\.(integration_key|integration_url)\b/;

/**
 * Fails synthesis (an error annotation, which `cdktf synth` reports) for any Terraform output whose
 * value exposes an alert source's integration key or URL without `sensitive: true`: Terraform would
 * print it in plan/apply logs and CI output.
 */
class SensitiveOutputsCheck implements IAspect {
  public visit(node: IConstruct): void {
    if (!(node instanceof TerraformOutput) || node.sensitive === true) return;
    const value = Tokenization.resolve(node.value, {
      scope: TerraformStack.of(node),
      resolver: new DefaultTokenResolver(new StringConcat()),
      preparing: false,
    });
    const match = SECRET_REFERENCE.exec(JSON.stringify(value) ?? "");
    if (match) {
      Annotations.of(node).addError(
        `${node.node.path}: invalid output value: it exposes ${match[1]} (it embeds the iLert integration key, which lets anyone open alerts); expected sensitive: true; set sensitive: true on the TerraformOutput, or do not output it`,
      );
    }
  }
}

const checked = new WeakSet<TerraformStack>();

/** Registers the sensitive-output check once for the stack of `scope`. */
export function checkSensitiveOutputs(scope: IConstruct): void {
  const stack = TerraformStack.of(scope);
  if (checked.has(stack)) return;
  checked.add(stack);
  Aspects.of(stack).add(new SensitiveOutputsCheck());
}
