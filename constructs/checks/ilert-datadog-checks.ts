import { IConstruct } from "constructs";
import { checkString, fail } from "../core/validate";
import { RULES, SUPPRESSION } from "./checks-engine";

/**
 * The checks this library runs on every stack that uses it, at synth (see docs/checks.md). Each
 * finding is a cdktf annotation on the construct it is about, its message starting with the rule's
 * id (`WARN [app/Payments]: [ILDD-W1] no datadog_monitor ...`, as cdktf prints it): errors
 * (`ILDD-E...`) fail `cdktf synth`; warnings (`ILDD-W...`) are shown and can be suppressed.
 */
export class IlertDatadogChecks {
  /**
   * Suppresses warning `id` (e.g. `"ILDD-W1"`) for `scope` and every construct under it, giving the
   * reason (required; keep it where reviewers see it). Errors cannot be suppressed: fix what they
   * report. Throws {@link IlertDatadogValidationError} for an error id, an unknown id or an empty reason.
   */
  public static suppress(scope: IConstruct, id: string, reason: string): void {
    const warnings = RULES.filter((r) => r.level === "warning").map((r) => JSON.stringify(r.id));
    const accepted = `the id of a warning, one of ${warnings.join(", ")}`;
    const rule = RULES.find((r) => r.id === id);
    if (rule === undefined) fail(scope, "id", id, accepted, "use the id that starts the warning's message (docs/checks.md lists them)");
    if (rule.level !== "warning") fail(scope, "id", id, accepted, `${id} is an error, which cannot be suppressed: fix what it reports`);
    checkString(scope, "reason", reason, {
      pattern: /\S/,
      patternText: "a non-empty reason",
      fix: 'say why the warning does not apply, e.g. "monitors in the platform repository mention this webhook"',
    });
    scope.node.addMetadata(SUPPRESSION, { id, reason });
  }

  private constructor() {}
}
