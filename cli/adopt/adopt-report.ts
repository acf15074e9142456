import { escapeControls } from "../../constructs/core/shown-text";
import type { AdoptedConfig } from "./adopt-config";
import type { DatadogAccount } from "./datadog-account";
import type { IlertAccount } from "./ilert-account";
import { KNOWN_IMPORT_DIFFS } from "./known-import-diffs";
import type { FieldChange, ObjectChanges } from "./takeover-changes";

/**
 * The report of `adopt` (printed, and `--report FILE`): what was read and found, what each object
 * became in the config, what the first apply would change (field by field), what the first plan
 * shows that changes nothing, what was left alone and why, and the commands to run next. Markdown,
 * which reads as plain text on a terminal too. No secret is in it: values pass through
 * takeover-changes.ts's `shown`, names through `escapeControls`.
 */

/** How a report written by adopt begins: adopt replaces a `--report` file only if it begins so. */
export const REPORT_TITLE = "# ilert-datadog adopt report";

/** What the report is about. */
export interface ReportInput {
  readonly ilert: IlertAccount;
  readonly datadog: DatadogAccount;
  readonly ilertEndpoint: string;
  readonly datadogHost: string;
  readonly adopted: AdoptedConfig;
  readonly changes: readonly ObjectChanges[];
  /** The config file (as given to --out) and the stacks it synthesizes to. */
  readonly configFile: string;
  readonly stacks: readonly string[];
  /** The environment the objects are adopted in. */
  readonly environment: string;
  /** The framework's CLI the next steps name: `cdktf`, or `cdktn` from the cdktn package. */
  readonly cli: string;
  /** Whether the config was written (false when changes stopped adopt). */
  readonly written: boolean;
}

/** The report as Markdown. */
export function adoptReport(input: ReportInput): string {
  const { ilert, datadog, adopted, changes } = input;
  const lines: string[] = [REPORT_TITLE, ""];
  lines.push(
    `Read with the providers' credentials: iLert at ${input.ilertEndpoint} (${count(ilert.alertSources.length, "alert source")}, ${ilert.datadogSources.length} of type DATADOG; ${count(ilert.escalationPolicies.size, "escalation policy", "escalation policies")}, ${count(ilert.schedules.size, "schedule")}, ${count(ilert.users.size, "user")}, ${count(ilert.teams.size, "team")}) and Datadog at ${input.datadogHost} (${count(datadog.monitors.length, "monitor")}; ${count(datadog.webhooks.size, "webhook")} looked up by name: Datadog lists none).`,
    "",
    "## What was found, and what it became in the config",
    "",
  );
  if (adopted.teams.length === 0)
    lines.push("Nothing: no alert source of type DATADOG with one webhook posting to it (see Left alone).", "");
  for (const team of adopted.teams) {
    lines.push(`### Team \`${team.key}\``, "");
    for (const entry of team.entries) lines.push(`- ${text(entry.object)}: ${text(entry.becomes)}`);
    lines.push("");
  }
  lines.push("## What the first apply would change", "");
  const changed = changes.filter((c) => c.changes.length > 0);
  if (changed.length === 0) {
    lines.push("Nothing: every adopted object is declared as it is in iLert and Datadog.", "");
  } else {
    lines.push(
      "Settings the config cannot express (or does not declare): the first apply makes each what the config says.",
      input.written ? "" : `Nothing was written to ${input.configFile}: run adopt again with --accept-changes to write it anyway.`,
      "",
    );
    for (const object of changed) {
      lines.push(`- \`${object.object}\` (stack \`${object.stack}\`, \`${object.address}\`):`);
      for (const c of object.changes) lines.push(...fieldChange(c));
    }
    lines.push("");
  }
  lines.push(`## What the first \`${input.cli} diff\` shows`, "");
  const imported = changes.length;
  lines.push(
    `${imported} import${imported === 1 ? "" : "s"}, no create, no destroy${changed.length === 0 ? "" : ", the changes above"}, and these updates in place that change nothing (known diffs of iLert provider 2.20.0, the version this was proven with):`,
    "",
  );
  for (const object of changes)
    for (const c of object.unused) lines.push(...fieldChange(c, `- \`${object.object}\` (stack \`${object.stack}\`)`, "the plan sets"));
  const types = new Set(changes.map((c) => c.object.split(" ")[0]));
  for (const known of KNOWN_IMPORT_DIFFS.filter((k) => types.has(k.type)))
    lines.push(`- \`${known.type}\` (${known.attributes.join(", ")}): ${known.why}`);
  lines.push(
    '- `ilert_alert_source` (filter_operator, resolve_filter_operator) on every plan: iLert provider 2.20.0 reads these deprecated operators as "" for sources other than EMAIL (fixed in 2.22.0)',
    "",
  );
  lines.push("## Left alone", "");
  if (adopted.leftAlone.length === 0) lines.push("Nothing.", "");
  for (const item of adopted.leftAlone) lines.push(`- ${text(item.object)}: ${text(item.reason)}`);
  if (adopted.leftAlone.length > 0) lines.push("");
  lines.push("## Next", "");
  const stacks = input.stacks.join(" ");
  // `cdktf diff` plans one stack (`diff [stack]`), `deploy` takes several (`deploy [stacks...]`).
  const diffs = input.stacks.map((stack) => `\`npx ${input.cli} diff ${stack}\``);
  const expect = `expect what "What the first ${input.cli} diff shows" says (Terraform 1.5 or later)`;
  const diffStep =
    diffs.length === 1
      ? `${diffs[0]} with the same ILERT_* and DD_* variables: ${expect}.`
      : `With the same ILERT_* and DD_* variables, one diff per stack (\`${input.cli} diff\` plans one stack): ${expect}.\n${diffs.map((d) => `   - ${d}`).join("\n")}`;
  lines.push(
    `1. Review ${input.configFile}${input.written ? "" : " (not written yet, see above)"}: one team per alert source, its objects adopted in environment \`${input.environment}\` by \`adopt\` keys (docs/adopting.md). It holds ids and names, no secret.`,
    `2. In your ${input.cli} project: cdktf.json's \`"app": "npx ilert-datadog app --config ${input.configFile}"\` (and a backend of your choice in ${input.configFile}; the default keeps state in local files).`,
    `3. ${diffStep}`,
    `4. \`npx ${input.cli} deploy ${stacks}\`: the objects are imported, not created; a second \`npx ${input.cli} diff\` of ${diffs.length === 1 ? "the stack" : "each stack"} shows no changes except the known provider diffs listed above (those on every plan).`,
    "",
  );
  return lines.join("\n");
}

function text(value: string): string {
  return escapeControls(value);
}

/** `n thing(s)`. */
function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/**
 * One changed field as report lines, under `head` (default: the attribute, as an item of its object):
 * one line for one-line values, else each multi-line value in a fenced block, so its lines read as
 * lines. `after` introduces the value the apply (or plan) makes.
 */
function fieldChange(c: FieldChange, head?: string, after = "after the first apply:"): string[] {
  const lead = head === undefined ? `  - \`${c.attribute}\`` : `${head} \`${c.attribute}\``;
  const indent = head === undefined ? "    " : "  ";
  const tail = `${c.replaces ? " (REPLACES the object: a new alert source has a new integration key)" : ""}${c.why === undefined ? "" : `: ${c.why}`}`;
  if (!c.now.includes("\n") && !c.after.includes("\n")) return [`${lead}: now ${quoted(c.now)}; ${after} ${quoted(c.after)}${tail}`];
  return [`${lead}${tail}`, `${indent}now:`, ...fenced(c.now, indent), `${indent}${after.replace(/:?$/, ":")}`, ...fenced(c.after, indent)];
}

/** `value` in a fenced block, its fence longer than any run of backticks in it. */
function fenced(value: string, indent: string): string[] {
  const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return [`${indent}${fence}text`, ...value.split("\n").map((line) => `${indent}${line}`), `${indent}${fence}`];
}

function quoted(value: string): string {
  return value.includes("`") ? value : `\`${value}\``;
}
