/**
 * Reads a Terraform plan (`terraform show -json <plan>`) into the changes it would make, and tells the
 * known diffs of the providers built here from everything else, which is a defect to fix.
 */

/** One resource the plan would change. */
export interface PlannedChange {
  /** Terraform address, e.g. `ilert_alert_source.Datadog_AlertSource_EAA80992`. */
  readonly address: string;
  readonly type: string;
  /** Terraform's actions, e.g. `["update"]` or `["delete", "create"]` (a replacement). */
  readonly actions: readonly string[];
  /** Top-level attributes whose value changes (for updates). */
  readonly attributes: readonly string[];
}

/** A diff the provider version built here makes on every plan, whatever the configuration says. */
export interface KnownProviderDiff {
  readonly type: string;
  readonly attributes: readonly string[];
  readonly why: string;
}

/**
 * The known diffs of iLert 2.20.0 against the API as it behaves (docs/e2e.md lists them too): each
 * is fixed in a later provider version, none can be fixed by the library.
 */
export const KNOWN_PROVIDER_DIFFS: readonly KnownProviderDiff[] = [
  {
    type: "ilert_alert_source",
    attributes: ["filter_operator", "resolve_filter_operator"],
    why:
      'iLert 2.20.0 reads the deprecated filter operators, which the API returns only for EMAIL sources, as "" against ' +
      'their default "AND" (fixed in 2.22.0)',
  },
];

/** The changes of a plan in `terraform show -json` form; data-source reads and no-ops are left out. */
export function plannedChanges(plan: { resource_changes?: any[] }): PlannedChange[] {
  return (plan.resource_changes ?? [])
    .filter((rc) => rc.mode === "managed" && !(rc.change.actions.length === 1 && rc.change.actions[0] === "no-op"))
    .map((rc) => ({
      address: rc.address,
      type: rc.type,
      actions: rc.change.actions,
      attributes: changedAttributes(rc.change.before ?? {}, rc.change.after ?? {}, rc.change.after_unknown ?? {}),
    }));
}

function changedAttributes(before: Record<string, unknown>, after: Record<string, unknown>, unknown: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after), ...Object.keys(unknown)]);
  return [...keys].filter((k) => unknown[k] === true || JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null)).sort();
}

/** The known provider diff that explains `change` entirely, if one does. */
export function knownDiffOf(change: PlannedChange): KnownProviderDiff | undefined {
  if (change.actions.length !== 1 || change.actions[0] !== "update") return undefined;
  return KNOWN_PROVIDER_DIFFS.find((d) => d.type === change.type && change.attributes.every((a) => d.attributes.includes(a)));
}

/** One line for a change: `update ilert_alert_source.x (filter_operator, resolve_filter_operator)`. */
export function describeChange(change: PlannedChange): string {
  return `${change.actions.join("+")} ${change.address}${change.attributes.length ? ` (${change.attributes.join(", ")})` : ""}`;
}
