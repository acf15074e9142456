/**
 * What the first plan after an adoption shows although nothing changes: iLert provider 2.20.0 reads
 * some attributes of an imported object only when the state already holds them, and the state of an
 * import holds none, so the first plan shows them as an update in place, and the apply sends what
 * the configuration says (which adopt checked is what iLert holds). The one list of them: adopt's
 * report names them, and the end-to-end test accepts exactly these on the plan that imports
 * (`__tests__/e2e/plan-changes.ts`). Read in the provider's source (2.20.0, `ilert/resource_*.go`);
 * whether later versions read them on import is UNCERTAIN except where a fix is named.
 */

/** A known diff of the plan that imports: one resource type, and the attributes it shows. */
export interface KnownImportDiff {
  readonly type: string;
  /** The attributes, as the report names them. */
  readonly attributes: readonly string[];
  /** Every changed value of the update it explains matches this, as a path (`team.0.id`, `escalation_rule.1.user`). */
  readonly paths: RegExp;
  readonly why: string;
}

const pathsOf = (attributes: readonly string[]) => new RegExp(`^(${attributes.join("|")})(\\.|$)`);

function diff(type: string, attributes: readonly string[], why: string): KnownImportDiff {
  return { type, attributes, paths: pathsOf(attributes), why };
}

export const KNOWN_IMPORT_DIFFS: readonly KnownImportDiff[] = [
  diff(
    "ilert_alert_source",
    ["team", "support_hours"],
    "iLert provider 2.20.0 reads an alert source's team and support_hours blocks only when the state holds them (transformAlertSourceResource), and an import's state holds none",
  ),
  diff(
    "ilert_escalation_policy",
    ["escalation_rule", "team"],
    "iLert provider 2.20.0 reads a policy's rules and teams only when the state holds them (flattenEscalationRulesList, flattenTeamShortList), and an import's state holds none",
  ),
  diff(
    "ilert_schedule",
    ["schedule_layer", "shift", "team", "default_shift_duration"],
    "iLert provider 2.20.0 reads an imported schedule without its layers or shifts (it asks for them by the type the state does not hold yet), its teams only when the state holds them, and drops default_shift_duration on import (fixed in 2.25.0)",
  ),
  diff(
    "ilert_user",
    ["send_no_invitation"],
    "iLert provider 2.20.0 never reads send_no_invitation back (it is a parameter of the create request only)",
  ),
  {
    type: "datadog_webhook",
    attributes: ["url (marked sensitive)"],
    // plan-changes.ts names a change of sensitivity alone `<attribute> (sensitivity)`.
    paths: /^url \(sensitivity\)$/,
    why: "Terraform marks the webhook's url sensitive, since it references the alert source's sensitive integration_url; the plan says the value is unchanged",
  },
];

/** The known import diff of `type` whose attributes cover every path of `paths`, if any. */
export function knownImportDiffOf(type: string, paths: readonly string[]): KnownImportDiff | undefined {
  return KNOWN_IMPORT_DIFFS.find((d) => d.type === type && paths.length > 0 && paths.every((p) => d.paths.test(p)));
}
