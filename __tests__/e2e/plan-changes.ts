import { KNOWN_IMPORT_DIFFS } from "../../cli/adopt/known-import-diffs";

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
  /** The values that change, as paths into the attributes, e.g. `shift.0.start` (for updates). */
  readonly paths: readonly string[];
  /** Whether the plan imports the resource (an import block adopting an existing object). */
  readonly importing: boolean;
}

/**
 * A diff that is not the library's: a provider version's, made on every plan whatever the
 * configuration says, or a provider example's own (a value its configuration computes anew on every plan).
 */
export interface KnownDiff {
  readonly type: string;
  /** Every changed value of an update it explains matches this, as a path (`filter_operator`, `shift.0.start`). */
  readonly paths: RegExp;
  readonly why: string;
  /** Only on the plan that imports the resource (what a provider does not read on import). */
  readonly onImport?: boolean;
}

/**
 * The known diffs of iLert 2.20.0 against the API as it behaves (docs/e2e.md lists them too): each
 * is fixed in a later provider version, none can be fixed by the library.
 */
export const KNOWN_PROVIDER_DIFFS: readonly KnownDiff[] = [
  {
    type: "ilert_alert_source",
    paths: /^(filter_operator|resolve_filter_operator)$/,
    why:
      'iLert 2.20.0 reads the deprecated filter operators, which the API returns only for EMAIL sources, as "" against ' +
      'their default "AND" (fixed in 2.22.0)',
  },
  // What 2.20.0 does not read on import: one list, shared with `ilert-datadog adopt`'s report.
  ...KNOWN_IMPORT_DIFFS.map((d) => ({ type: d.type, paths: d.paths, why: `on import: ${d.why}`, onImport: true })),
];

/**
 * The known diffs of the providers' own examples (scenarios/vendor-examples.ts), by example: values
 * the example's configuration computes anew on every plan. Each is the example's, not the provider's,
 * the fakes' or the library's.
 */
const TIMESTAMP_TIMES =
  "the example computes its times from timestamp(), which Terraform evaluates anew on every plan (known only after apply)";
export const KNOWN_EXAMPLE_DIFFS: Readonly<Record<string, readonly KnownDiff[]>> = {
  "ilert/schedule": [{ type: "ilert_schedule", paths: /^(shift\.\d+\.(start|end)|schedule_layer\.\d+\.starts_on)$/, why: TIMESTAMP_TIMES }],
  "ilert/escalation_policy": [{ type: "ilert_schedule", paths: /^shift\.\d+\.(start|end)$/, why: TIMESTAMP_TIMES }],
};

/** The changes of a plan in `terraform show -json` form; data-source reads and no-ops are left out. */
export function plannedChanges(plan: { resource_changes?: any[] }): PlannedChange[] {
  return (plan.resource_changes ?? [])
    .filter((rc) => rc.mode === "managed" && !(rc.change.actions.length === 1 && rc.change.actions[0] === "no-op"))
    .map((rc) => {
      const paths = [
        ...changedPaths(rc.change.before ?? {}, rc.change.after ?? {}, rc.change.after_unknown ?? {}, ""),
        ...sensitivityChanges(rc.change.before_sensitive, rc.change.after_sensitive),
      ];
      return {
        address: rc.address,
        type: rc.type,
        actions: rc.change.actions,
        attributes: [...new Set(paths.map((p) => p.split(".")[0]))].sort(),
        paths: paths.sort(),
        importing: rc.change.importing !== undefined && rc.change.importing !== null,
      };
    });
}

/** The addresses a plan imports (import blocks), whether or not it also changes them. */
export function plannedImports(plan: { resource_changes?: any[] }): string[] {
  return (plan.resource_changes ?? []).filter((rc) => rc.change?.importing).map((rc) => rc.address);
}

/**
 * The top-level attributes whose sensitivity alone changes (`url (sensitivity)`), e.g. a value that
 * becomes sensitive because it now references a sensitive one: Terraform plans an update that
 * changes no value.
 */
function sensitivityChanges(before: unknown, after: unknown): string[] {
  const [was, is] = [sensitivePaths(before, ""), sensitivePaths(after, "")];
  const changed = [...was.filter((p) => !is.includes(p)), ...is.filter((p) => !was.includes(p))];
  return [...new Set(changed.map((p) => `${p.split(".")[0]} (sensitivity)`))].sort();
}

/** The paths of the values a `*_sensitive` structure marks sensitive (its `true` leaves; lists and objects of none are structure). */
function sensitivePaths(marks: unknown, path: string): string[] {
  if (marks === true) return [path];
  if (typeof marks !== "object" || marks === null) return [];
  return Object.entries(marks).flatMap(([key, value]) => sensitivePaths(value, path === "" ? key : `${path}.${key}`));
}

/** The paths (`a.0.b`) where `after` differs from `before` or is unknown until apply (`unknown` is true there). */
function changedPaths(before: unknown, after: unknown, unknown: unknown, path: string): string[] {
  if (unknown === true) return [path];
  const nested = [before, after, unknown].filter((v) => typeof v === "object" && v !== null) as Record<string, unknown>[];
  if (nested.length > 0 && [before, after].every((v) => v === null || v === undefined || typeof v === "object")) {
    const keys = new Set(nested.flatMap((v) => Object.keys(v)));
    if (keys.size === 0) return JSON.stringify(before ?? null) === JSON.stringify(after ?? null) ? [] : [path];
    const at = (v: unknown, key: string) => (typeof v === "object" && v !== null ? (v as Record<string, unknown>)[key] : undefined);
    return [...keys].flatMap((key) =>
      changedPaths(at(before, key), at(after, key), at(unknown, key), path === "" ? key : `${path}.${key}`),
    );
  }
  return JSON.stringify(before ?? null) === JSON.stringify(after ?? null) ? [] : [path];
}

/** The known diff (of `known`, by default the providers') that explains `change` entirely, if one does. */
export function knownDiffOf(change: PlannedChange, known: readonly KnownDiff[] = KNOWN_PROVIDER_DIFFS): KnownDiff | undefined {
  if (change.actions.length !== 1 || change.actions[0] !== "update") return undefined;
  return known.find(
    (d) =>
      d.type === change.type && (!d.onImport || change.importing) && change.paths.length > 0 && change.paths.every((p) => d.paths.test(p)),
  );
}

/**
 * The known diffs (of `known`, by default the providers') that together explain `change`: each of
 * its paths matched by one of them (an import's first plan shows several at once, e.g. an alert
 * source's teams and the filter operators); empty when a path is left unexplained.
 */
export function knownDiffsOf(change: PlannedChange, known: readonly KnownDiff[] = KNOWN_PROVIDER_DIFFS): KnownDiff[] {
  if (change.actions.length !== 1 || change.actions[0] !== "update" || change.paths.length === 0) return [];
  const applicable = known.filter((d) => d.type === change.type && (!d.onImport || change.importing));
  const used = change.paths.map((p) => applicable.find((d) => d.paths.test(p)));
  return used.every((d) => d !== undefined) ? [...new Set(used as KnownDiff[])] : [];
}

/** One line for a change: `update ilert_alert_source.x (filter_operator, resolve_filter_operator)`. */
export function describeChange(change: PlannedChange): string {
  return `${change.actions.join("+")} ${change.address}${change.attributes.length ? ` (${change.attributes.join(", ")})` : ""}`;
}
