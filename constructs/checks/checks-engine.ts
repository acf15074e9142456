import { IConstruct } from "constructs";
import { AnnotationMetadataEntryType, App, Aspects, IAspect, TerraformStack } from "cdktf";
import { IlertDatadogValidationError } from "../core/errors";
import { raise } from "../core/private/raise";
import { AppIndex, buildAppIndex, buildCheckIndex, CheckedIntegration } from "./check-index";
import { AnnotatingRule, CheckRule, Finding, formatFinding } from "./check-rule";
import { StackSetup } from "../core/stack-setup";
import { DUPLICATE_WEBHOOK_NAME } from "./rules/duplicate-webhook-name";
import { LITERAL_CREDENTIALS } from "./rules/literal-credentials";
import { SENSITIVE_INDIRECTION } from "./rules/sensitive-indirection";
import { SENSITIVE_OUTPUT } from "./rules/sensitive-output";
import { UNMENTIONED_HANDLE } from "./rules/unmentioned-handle";

/** Every rule the engine runs, in id order (docs/checks.md lists exactly these). */
export const RULES: readonly CheckRule[] = [
  SENSITIVE_OUTPUT,
  SENSITIVE_INDIRECTION,
  DUPLICATE_WEBHOOK_NAME,
  LITERAL_CREDENTIALS,
  UNMENTIONED_HANDLE,
];

/** Node metadata type of a suppression (IlertDatadogChecks.suppress), kept on the construct it was made for. */
export const SUPPRESSION = "cdktf-ilert-datadog/suppress";

/**
 * The app-wide index, shared by the stacks' checks and rebuilt once per synth pass. It rides on the
 * App's aspect list only to be found there: cdktf invokes aspects from each stack down, never on the
 * App itself. cdktf checks each stack once per pass, so a stack asking again starts a new pass; an
 * integration declared since the last pass also makes the index stale.
 */
class AppChecks implements IAspect {
  private index?: AppIndex;
  private readonly checkedWithIndex = new Set<StackChecks>();

  constructor(private readonly app: App) {}

  public static of(app: App): AppChecks {
    const found = Aspects.of(app).all.find((a): a is AppChecks => a instanceof AppChecks);
    if (found) return found;
    const created = new AppChecks(app);
    Aspects.of(app).add(created);
    return created;
  }

  public visit(): void {}

  public invalidate(): void {
    this.index = undefined;
  }

  public indexFor(checks: StackChecks): AppIndex {
    if (this.index === undefined || this.checkedWithIndex.has(checks)) {
      this.index = buildAppIndex(this.app, (stack) => StackChecks.find(stack)?.integrations ?? []);
      this.checkedWithIndex.clear();
    }
    this.checkedWithIndex.add(checks);
    return this.index;
  }
}

/**
 * The engine's aspect, one per stack that uses the library: at synth, when cdktf visits the stack,
 * it runs every rule on the stack and reports what they find as annotations (errors fail `cdktf
 * synth`; warnings not suppressed are shown). It comes after the stack's setup (core/stack-setup.ts:
 * default providers, provider version), which it registers first, so the rules see what is written.
 */
class StackChecks implements IAspect {
  public readonly integrations: CheckedIntegration[] = [];

  private constructor(
    private readonly stack: TerraformStack,
    private readonly appChecks: AppChecks,
  ) {}

  public static find(stack: TerraformStack): StackChecks | undefined {
    return Aspects.of(stack).all.find((a): a is StackChecks => a instanceof StackChecks);
  }

  public static of(stack: TerraformStack): StackChecks {
    const found = StackChecks.find(stack);
    if (found) return found;
    StackSetup.of(stack);
    const created = new StackChecks(stack, AppChecks.of(App.of(stack)));
    Aspects.of(stack).add(created);
    return created;
  }

  public addIntegration(integration: CheckedIntegration): void {
    this.integrations.push(integration);
    this.appChecks.invalidate();
  }

  public visit(node: IConstruct): void {
    if (node !== this.stack) return;
    const index = buildCheckIndex(this.stack, this.appChecks.indexFor(this), this.integrations);
    // A secret about to be written stops the synth here. cdktf runs a stack's aspects, then its
    // validations, then creates its folder and writes it; an error annotation stops that only when
    // CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS is unset, and the cdktf CLI sets it. A throw from this
    // aspect comes first in every way a stack is synthesized (the CLI, app.synth(), Testing), writes
    // nothing of the stack, and is an error a larger app can catch (docs/safety.md).
    // Each rule runs once; the annotations wait until no rule has thrown.
    const annotations: [AnnotatingRule, Finding][] = [];
    for (const rule of RULES) {
      if (rule.throws) {
        const [first] = rule.check(index);
        if (first !== undefined) raise(new IlertDatadogValidationError(first.construct, first.problem, rule.id));
      } else {
        for (const finding of rule.check(index)) annotations.push([rule, finding]);
      }
    }
    for (const [rule, finding] of annotations) report(rule, finding);
  }
}

/** The checks of the stack of `scope`, registered on the stack the first time a construct asks. */
export function stackChecks(scope: IConstruct): StackChecks {
  return StackChecks.of(TerraformStack.of(scope));
}

function report(rule: CheckRule, finding: Finding): void {
  const { construct } = finding;
  if (rule.level === "warning" && isSuppressed(construct, rule.id)) return;
  const message = formatFinding(rule, finding);
  const type = rule.level === "error" ? AnnotationMetadataEntryType.ERROR : AnnotationMetadataEntryType.WARN;
  // Each synth pass runs the rules again; report a finding once.
  if (construct.node.metadata.some((m) => m.type === type && m.data === message)) return;
  // As Annotations.of(construct) adds them, but without the stack trace cdktf would record (addMetadata
  // records none unless asked): the cdktf CLI prints an error annotation's trace below it, and it
  // names the construct before the message.
  construct.node.addMetadata(type, message);
}

/** Whether a suppression of `id` is on `construct` or a scope of it (its data is never null: addMetadata drops null data). */
function isSuppressed(construct: IConstruct, id: string): boolean {
  return construct.node.scopes.some((scope) => scope.node.metadata.some((m) => m.type === SUPPRESSION && m.data.id === id));
}
