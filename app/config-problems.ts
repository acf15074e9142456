import { z } from "zod";
import { describeValue, escapeControls, shortText } from "../constructs/core/shown-text";
import { suggest } from "../constructs/core/suggest";
import { isOverLoginEmailLength } from "./login-email";
import { DATADOG_API_URL, ILERT_ENDPOINT, ProviderUrlKey, providerUrlProblem, withoutPassword } from "./provider-url";

/**
 * The schema's issues (app/config.ts) as problems in the words of the construct errors: the JSON
 * path, the value received, what is accepted and how to fix it, e.g.
 * `teams[0].reminders.beforeMin: invalid value "60": expected minutes before the shift, a number, e.g. 60; remove the quotes: 60`.
 * The one place that words them: zod's own texts name no value and no fix. What is accepted comes
 * from the issue (an enum's values, a list's minimum), made precise by {@link HINTS} where the
 * generic text would say too little ("a string" for a time zone). What the file holds is shown as
 * shown-text.ts shows user text: cut short, control characters escaped.
 */

/** What a key of the config accepts, where zod's issue cannot tell. */
interface Hint {
  /** The value as messages show it, when it may hold a secret (a password in a URL). @default - as it is */
  readonly shown?: (value: unknown) => unknown;
  /** What is accepted, in words, e.g. `an IANA time zone, e.g. "Europe/Berlin"`. */
  readonly accepted: string;
  /** A value to add when the key is missing, as JSON, e.g. `"Europe/Berlin"`. */
  readonly example?: string;
  /** How to fix a wrong value (after the generic fixes: quotes, spelling). @default - use the example */
  readonly fix?: (value: unknown) => string | undefined;
}

/** A provider URL (app/provider-url.ts): its problem's fix, and its password not shown. */
function providerUrlHint(key: ProviderUrlKey): Hint {
  return {
    accepted: `the https:// URL of ${key.what}`,
    example: JSON.stringify(key.example),
    fix: (value) => (typeof value === "string" ? providerUrlProblem(value, key)?.fix : undefined),
    shown: withoutPassword,
  };
}

const ILERT_ID: Hint = {
  accepted: 'a numeric iLert id, as a string, e.g. "1234"',
  example: '"1234"',
  fix: () => "use the number in the object's address in the iLert UI, in quotes",
};
const KEY: Hint = {
  accepted: 'lower-case letters, digits and "-", starting with a letter, at most 40 characters (it names stacks and Terraform addresses)',
  example: '"payments"',
  fix: (value) => `rename it, e.g. ${JSON.stringify(typeof value === "string" && slug(value) !== "" ? slug(value) : "payments")}`,
};
/** The fix of a login email over iLert's length, with its bytes: the value shown counts characters (`ü` is 2 bytes). */
function shortenEmail(value: unknown, whose: string): string | undefined {
  if (typeof value !== "string" || !isOverLoginEmailLength(value)) return undefined;
  return `it has ${Buffer.byteLength(value, "utf8")} bytes: shorten it to ${whose} login email`;
}
const PERSON: Hint = {
  accepted: 'a person: their login email (looked up in iLert), or { "id": "4711" } with an optional "email"',
  example: '"alice@example.com"',
  fix: (value) => {
    if (typeof value !== "string") return undefined;
    const shorten = shortenEmail(value, "the person's");
    return shorten === undefined
      ? 'give the login email, e.g. "alice@example.com", or { "id": "4711" }'
      : `${shorten}, or give { "id": "4711" }`;
  },
};
/** No example: its fix always answers, and an id in `adopt` is never missing. */
const MONITOR_ID: Hint = {
  accepted: 'a Datadog monitor id, digits as a string, e.g. "1234567"',
  fix: () => "use the number in the monitor's address in Datadog, in quotes",
};
const MINUTES: Hint = { accepted: "minutes, a number, e.g. 15", example: "15" };
const LOCAL_TIME: Hint = { accepted: 'a local date and time, e.g. "2026-01-05T09:00"', example: '"2026-01-05T09:00"' };
const TIME_OF_DAY: Hint = { accepted: 'a time of day "HH:mm", e.g. "08:00"', example: '"08:00"' };
const DAY: Hint = { accepted: 'a date "YYYY-MM-DD", e.g. "2026-12-24"', example: '"2026-12-24"' };
const INSTANT: Hint = {
  accepted: 'a date and time with "Z" or an offset, e.g. "2026-12-24T22:00:00Z" or "2026-12-24T23:00+01:00"',
  example: '"2026-12-24T22:00:00Z"',
};

/**
 * Per-key hints, by the key's path with list indexes left out (`teams[].schedule.timezone`), else
 * by its last key (`existingId`, anywhere).
 */
const HINTS: Readonly<Record<string, Hint>> = {
  "": {
    accepted: 'a JSON object with "environments" and "teams"',
    fix: () => "start from examples/config.example.json",
  },
  environments: { accepted: 'a list of at least one environment, e.g. [{ "key": "prod" }]', example: '[{ "key": "prod" }]' },
  teams: {
    accepted: 'a list of at least one team, e.g. [{ "key": "payments", "escalation": { "existingName": "Payments" } }]',
    example: '[{ "key": "payments", "escalation": { "existingName": "Payments" } }]',
  },
  key: KEY,
  "teams[].environments[]": { ...KEY, fix: () => "use the key of an environment under environments" },
  existingId: ILERT_ID,
  ilertTeamId: ILERT_ID,
  id: ILERT_ID,
  existingName: { accepted: "the name of the object in iLert, a non-empty string", example: '"Payments"' },
  ilertTeamName: { accepted: "the name of the team in iLert, a non-empty string", example: '"Payments"' },
  "backend.bucket": { accepted: "an S3 bucket name, 3 characters or more", example: '"acme-terraform-state"' },
  "backend.region": { accepted: 'an AWS region, e.g. "eu-central-1"', example: '"eu-central-1"' },
  // No example: the key is optional (never missing), and its fix always answers.
  "backend.roleArn": {
    accepted: 'an IAM role ARN, starting with "arn:"',
    fix: () => 'give the role\'s ARN, e.g. "arn:aws:iam::123456789012:role/terraform-state"',
  },
  "backend.useLockfile": {
    accepted: "true or false: lock the state with a lock file next to it in the bucket (Terraform 1.11 or later)",
    example: "true",
  },
  "backend.organization": { accepted: "the name of the HCP Terraform organization", example: '"acme"' },
  "environments[].datadogApiUrl": providerUrlHint(DATADOG_API_URL),
  "environments[].ilertEndpoint": providerUrlHint(ILERT_ENDPOINT),
  "environments[].ilertAccount": { accepted: "the name of an iLert account, a non-empty string", example: '"default"' },
  "teams[].schedule": {
    accepted: 'a schedule { "timezone", "rotation", "start", "users" }, { "existingId": "1234" } or { "existingName": "..." }',
    example: '{ "timezone": "Europe/Berlin", "rotation": "weekly", "start": "2026-01-05T09:00", "users": ["alice@example.com"] }',
  },
  "teams[].escalation": {
    accepted: '{ "rules": [...] }, { "existingId": "1234" } or { "existingName": "..." }',
    example: '{ "rules": [{ "notify": { "schedule": true }, "escalateAfterMin": 15 }] }',
  },
  timezone: { accepted: 'an IANA time zone, e.g. "Europe/Berlin"', example: '"Europe/Berlin"' },
  rotation: { accepted: '"daily", "weekly" or an ISO-8601 duration such as "P14D"', example: '"weekly"' },
  start: LOCAL_TIME,
  end: LOCAL_TIME,
  "teams[].schedule.users": {
    accepted: 'a list of at least one person: login emails, or { "id": "4711" } with an optional "email"',
    example: '["alice@example.com"]',
  },
  "teams[].escalation.rules[].notify.users": {
    accepted: 'a list of at least one person: login emails, or { "id": "4711" } with an optional "email"',
    example: '["alice@example.com"]',
  },
  "teams[].schedule.users[]": PERSON,
  "teams[].schedule.layers[].users[]": PERSON,
  "teams[].schedule.layers[].users": {
    accepted: 'a list of at least one person: login emails, or { "id": "4711" } with an optional "email"',
    example: '["alice@example.com"]',
  },
  "teams[].schedule.ilertTeamIds[]": ILERT_ID,
  "teams[].escalation.ilertTeamIds[]": ILERT_ID,
  "teams[].integration.ilertTeamIds[]": ILERT_ID,
  alertSourceId: ILERT_ID,
  supportHoursId: ILERT_ID,
  "teams[].escalation.rules[].notify.users[]": PERSON,
  "teams[].escalation.rules[].notify.user": PERSON,
  email: {
    accepted: 'the user\'s login email address, e.g. "carol@example.com"',
    example: '"carol@example.com"',
    fix: (value) => shortenEmail(value, "the user's"),
  },
  time: { accepted: 'a time of day, e.g. "09:00"', example: '"09:00"' },
  "teams[].escalation.rules": {
    accepted: 'a list of at least one rule, e.g. [{ "notify": { "schedule": true }, "escalateAfterMin": 15 }]',
    example: '[{ "notify": { "schedule": true }, "escalateAfterMin": 15 }]',
  },
  notify: {
    accepted: 'whom the rule notifies: { "schedule": true }, { "user": "..." }, { "users": [...] } or { "team": true }',
    example: '{ "schedule": true }',
  },
  escalateAfterMin: MINUTES,
  delayMin: MINUTES,
  frequency: { accepted: "how many times the policy repeats, a number, e.g. 2", example: "2" },
  beforeMin: { accepted: "minutes before the shift, a number, e.g. 60", example: "60" },
  "teams[].monitors[].name": { accepted: "the monitor's name, a non-empty string", example: '"Checkout error rate"' },
  "teams[].monitors[].type": { accepted: 'a Datadog monitor type, e.g. "query alert"', example: '"query alert"' },
  "teams[].monitors[].query": {
    accepted: "the monitor's query, a non-empty string",
    example: '"sum(last_5m):sum:checkout.errors{*}.as_count() > 50"',
  },
  "teams[].monitors[].message": { accepted: "a string (the monitor's message; the app adds the webhook mention)", example: '""' },
  "teams[].monitors[].priority": { accepted: "a Datadog priority, a whole number from 1 to 5", example: "1" },
  "teams[].integration.supportHours": {
    accepted: 'support hours { "timezone", "supportDays" } (optional "name", "exceptions"), or { "existingId": "1234" }',
    example: '{ "timezone": "Europe/Berlin", "supportDays": [{ "days": ["MONDAY", "FRIDAY"], "start": "08:00", "end": "18:00" }] }',
  },
  "teams[].integration.supportHours.supportDays": {
    accepted:
      'a list of at least one entry { "days", "start", "end" }, e.g. [{ "days": ["MONDAY", "FRIDAY"], "start": "08:00", "end": "18:00" }]',
    example: '[{ "days": ["MONDAY", "FRIDAY"], "start": "08:00", "end": "18:00" }]',
  },
  "teams[].integration.supportHours.supportDays[].start": TIME_OF_DAY,
  "teams[].integration.supportHours.supportDays[].end": TIME_OF_DAY,
  "teams[].integration.supportHours.exceptions[].name": { accepted: 'the exception\'s name, e.g. "Christmas"', example: '"Christmas"' },
  "teams[].integration.supportHours.exceptions[].firstDay": DAY,
  "teams[].integration.supportHours.exceptions[].lastDay": DAY,
  "teams[].maintenanceWindows[]": {
    accepted:
      'a window once { "key", "start", "end" } or recurring { "key", "timezone", "recurrences" } (optional "message", "scope"; a one-time window\'s "timezone" is shown only)',
    example: '{ "key": "release", "start": "2026-12-24T22:00:00Z", "end": "2026-12-27T06:00:00Z" }',
  },
  "teams[].maintenanceWindows[].start": INSTANT,
  "teams[].maintenanceWindows[].end": INSTANT,
  "teams[].maintenanceWindows[].recurrences": {
    accepted: 'a list of 1 to 5 recurrences { "rrule", "start", "duration" }',
    example: '[{ "rrule": "FREQ=WEEKLY;BYDAY=TU", "start": "2026-01-06T22:00", "duration": "2h" }]',
  },
  // The recurrences' own example (a Tuesday night, as their rule's BYDAY=TU), in both places.
  "teams[].maintenanceWindows[].recurrences[].start": {
    accepted: 'a local date and time, e.g. "2026-01-06T22:00"',
    example: '"2026-01-06T22:00"',
  },
  "teams[].maintenanceWindows[].recurrences[].rrule": {
    accepted: 'an RFC 5545 rule, e.g. "FREQ=WEEKLY;BYDAY=TU"',
    example: '"FREQ=WEEKLY;BYDAY=TU"',
  },
  "teams[].maintenanceWindows[].recurrences[].duration": {
    accepted: 'a whole number of minutes, hours, days or weeks, e.g. "2h"',
    example: '"2h"',
  },
  "teams[].suppress": {
    accepted: 'a list of warnings to suppress, e.g. [{ "id": "ILDD-W1", "reason": "..." }]',
    example: '[{ "id": "ILDD-W1", "reason": "..." }]',
  },
  "teams[].suppress[].id": { accepted: 'the id of a warning, e.g. "ILDD-W1" (docs/checks.md lists them)', example: '"ILDD-W1"' },
  "teams[].suppress[].reason": {
    accepted: "why the warning does not apply, a non-empty string",
    example: '"monitors in the search repository mention this webhook"',
  },
};
for (const p of ["P1", "P2", "P3", "P4", "P5"]) {
  (HINTS as Record<string, Hint>)[`teams[].integration.severityMapping.${p}`] = {
    accepted: "an iLert severity, a number from 1 (highest) to 5",
    example: "1",
  };
}

/** The issues of a failed parse of `raw` as problems, one or more per issue, by JSON path. */
export function configProblems(issues: readonly z.ZodIssue[], raw: unknown): string[] {
  const misspelled = misspelledKeys(issues, raw);
  return issues.flatMap((issue) => problemsOf(issue, raw, misspelled));
}

/**
 * A required key misspelled: zod reports the key missing and the misspelling unknown; one problem
 * says both (as the constructs do). By the path of the missing key (as JSON): the key found instead.
 */
function misspelledKeys(issues: readonly z.ZodIssue[], raw: unknown): Map<string, string> {
  // (An unknown key's issue is at the object that holds it: never missing.)
  const missing = new Set(issues.filter((i) => valueAt(raw, i.path) === undefined).map((i) => JSON.stringify(i.path)));
  const found = new Map<string, string>();
  for (const issue of issues) {
    if (issue.code !== "unrecognized_keys") continue;
    for (const key of issue.keys) {
      // Without a near spelling, the path ends in null: never missing.
      const path = JSON.stringify([...issue.path, suggest(key, issue.message.split(", "))]);
      if (missing.has(path) && !found.has(path)) found.set(path, key);
    }
  }
  return found;
}

/** A JSON path such as `teams[0].schedule.rotation`; `(root)` for the file itself. Keys are the file's own, so shown short. */
function jsonPath(path: readonly (string | number)[]): string {
  return (
    path.map((p, i) => (typeof p === "number" ? `[${p}]` : `${i === 0 ? "" : "."}${shortText(escapeControls(p))}`)).join("") || "(root)"
  );
}

function problemsOf(issue: z.ZodIssue, raw: unknown, misspelled: ReadonlyMap<string, string>): string[] {
  if (issue.code === "unrecognized_keys") {
    // strict-object.ts carries the keys known there in the message.
    const known = issue.message.split(", ");
    const reported = new Set([...misspelled].filter(([path]) => isChildOf(path, issue.path)).map(([, key]) => key));
    return issue.keys
      .filter((key) => !reported.has(key))
      .map((key) => {
        const near = suggest(key, known);
        return `${jsonPath([...issue.path, key])}: unknown key ${describeValue(key)}: expected one of the keys ${issue.message}; ${
          near === undefined ? "remove it, or move it where it belongs" : `rename it to "${near}"`
        }`;
      });
  }
  if (issue.code === "invalid_union" && issue.unionErrors.length > 0) {
    // Of a value that matches none of a union's forms (a schedule, an escalation, a user), the
    // problems of the form it came closest to (fewest issues), rather than zod's "Invalid input";
    // a value of the wrong kind altogether is described by the union's hint.
    // Each unknown key counts as a problem of its own (zod gives one issue for all of an object's).
    const weight = (e: z.ZodError) => e.issues.reduce((n, i) => n + (i.code === "unrecognized_keys" ? i.keys.length : 1), 0);
    const closestForm = issue.unionErrors.reduce((a, b) => (weight(b) < weight(a) ? b : a));
    const value = valueAt(raw, issue.path);
    const hint = hintFor(issue.path);
    // ... unless the form it came closest to failed only a rule of the schema's own, which says more.
    // Stryker disable next-line MethodExpression: a value of another kind fails an object form with one issue (every union of the config has one), so the closest form has one issue and "some" is "every"
    const ownRule = closestForm.issues.every((i) => i.code === "custom");
    // A list or null is of the wrong kind too, but every form reports it as such: its words are the same either way.
    if (hint !== undefined && !ownRule && typeof value !== "object")
      return [problem(issue.path, value, hint.accepted, fixFor(issue.path, value, hint, undefined), hint)];
    return configProblems(closestForm.issues, raw);
  }
  // An environment key in `adopt` that is not a key: zod reports it at the key's path, where the value is.
  if (issue.message === KEY.accepted && issue.path[issue.path.length - 2] === "adopt") {
    const key = String(issue.path[issue.path.length - 1]);
    return [`${jsonPath(issue.path)}: invalid key ${describeValue(key)}: expected ${KEY.accepted}; ${KEY.fix!(key)}`];
  }
  const value = valueAt(raw, issue.path);
  const hint = hintFor(issue.path);
  // A rule of the schema's own (a pattern, a refinement) words what it accepts in its message.
  const own = issue.code === "custom" || (issue.code === "invalid_string" && issue.validation === "regex");
  const accepted = own ? issue.message : (hint?.accepted ?? acceptedOf(issue));
  // Misspelt keys are found only for paths with no value.
  const found = misspelled.get(JSON.stringify(issue.path));
  const key = issue.path[issue.path.length - 1];
  const fix =
    found === undefined
      ? fixFor(issue.path, value, hint, issue)
      : `found ${describeValue(found)}, which is not a key here; did you mean ${String(key)}? rename it to "${String(key)}"`;
  return [problem(issue.path, value, accepted, fix, hint)];
}

/** Whether the JSON of a path names a key directly inside `parent`. */
function isChildOf(path: string, parent: readonly (string | number)[]): boolean {
  const keys = JSON.parse(path) as (string | number)[];
  return keys.length === parent.length + 1 && parent.every((p, i) => keys[i] === p);
}

function problem(path: readonly (string | number)[], value: unknown, accepted: string, fix: string, hint?: Hint): string {
  const what = value === undefined ? "missing" : `invalid value ${describeValue(hint?.shown ? hint.shown(value) : value)}`;
  return `${jsonPath(path)}: ${what}: expected ${accepted}; ${fix}`;
}

/** What zod's issue says is accepted, in words, for keys without a hint. */
function acceptedOf(issue: z.ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return TYPE_NAMES[issue.expected] ?? issue.expected;
    case "invalid_literal":
      return JSON.stringify(issue.expected);
    case "invalid_enum_value":
    case "invalid_union_discriminator":
      return `one of ${issue.options.map((o) => JSON.stringify(o)).join(", ")}`;
    case "invalid_string":
      if (issue.validation === "email") return 'an email address, e.g. "alice@example.com"';
      if (issue.validation === "url") return 'a URL, e.g. "https://api.example.com/"';
      if (typeof issue.validation === "object" && "startsWith" in issue.validation)
        return `a string starting with ${JSON.stringify(issue.validation.startsWith)}`;
      return issue.message;
    case "too_small":
    case "too_big":
      return bound(issue);
    default:
      return issue.message;
  }
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: "a string",
  number: "a number",
  integer: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "an object",
};

/** `a list of at least 1 item`, `a non-empty string`, `a number from 1` ... */
function bound(issue: z.ZodTooSmallIssue | z.ZodTooBigIssue): string {
  const n = Number(issue.code === "too_small" ? issue.minimum : issue.maximum);
  const [least, most] = issue.code === "too_small" ? ["at least", "from"] : ["at most", "up to"];
  const limit = issue.inclusive ? n : issue.code === "too_small" ? n + 1 : n - 1;
  if (issue.type === "array") return `a list of ${least} ${limit} item${limit === 1 ? "" : "s"}`;
  if (issue.type === "string")
    return issue.code === "too_small" && limit === 1 ? "a non-empty string" : `a string of ${least} ${limit} characters`;
  return `a number ${most} ${limit}`;
}

/** How to fix the value: the hint's fix, else a fix read off the value and the issue. */
function fixFor(path: readonly (string | number)[], value: unknown, hint: Hint | undefined, issue: z.ZodIssue | undefined): string {
  const example = hint?.example;
  // A value missing is a key's, under an object: the path ends in that key.
  if (value === undefined) return example === undefined ? "add it" : `add "${String(path[path.length - 1])}": ${example}`;
  const generic = issue && genericFix(value, issue);
  if (generic !== undefined) return generic;
  const own = hint?.fix?.(value);
  if (own !== undefined) return own;
  if (issue?.code === "invalid_enum_value" || issue?.code === "invalid_union_discriminator") return "use one of them";
  if (issue?.code === "invalid_literal") return `use ${JSON.stringify(issue.expected)}`;
  if (Array.isArray(value) && value.length === 0) return example === undefined ? "add one" : `add one, e.g. ${example}`;
  return example === undefined ? "replace it with what is expected" : `use e.g. ${example}`;
}

/** Fixes that follow from the value: quotes around a number or boolean, a wrong case or a typo in an enum value. */
function genericFix(value: unknown, issue: z.ZodIssue): string | undefined {
  if (issue.code === "invalid_type") {
    // A string where an integer is expected is reported as expected "number".
    if (issue.expected === "number" && typeof value === "string" && isNumeral(value.trim()))
      return `remove the quotes: ${shortText(value.trim())}`;
    if (issue.expected === "boolean" && (value === "true" || value === "false")) return `remove the quotes: ${value}`;
    if (issue.expected === "string" && (typeof value === "number" || typeof value === "boolean"))
      return `put it in quotes: ${JSON.stringify(String(value))}`;
    if (issue.expected === "integer" && typeof value === "number") return `use a whole number, e.g. ${Math.round(value)}`;
  }
  if ((issue.code === "invalid_enum_value" || issue.code === "invalid_union_discriminator") && typeof value === "string") {
    const near = suggest(
      value,
      issue.options.map((o) => String(o)),
    );
    if (near !== undefined) return `use ${JSON.stringify(near)}`;
  }
  return undefined;
}

/**
 * Whether `text` is a decimal number such as `60`, `-1` or `2.5`. Split, not one regex: the
 * regex `/^-?\d+(\.\d+)?$/` threw "Maximum call stack size exceeded" on a value of megabytes once
 * V8 had run it many times (seen in the full test suite, not alone), and the value is the user's.
 */
function isNumeral(text: string): boolean {
  const parts = (text.startsWith("-") ? text.slice(1) : text).split(".");
  return parts.length <= 2 && parts.every((part) => part !== "" && !/\D/.test(part));
}

/** The hint for a path: by the path without list indexes, else by its last key. */
function hintFor(path: readonly (string | number)[]): Hint | undefined {
  // `adopt` maps environment keys (any key) to ids.
  if (path[path.length - 2] === "adopt")
    return path.includes("monitors") ? MONITOR_ID : path.includes("integration") ? undefined : ILERT_ID;
  const generic = path.map((p, i) => (typeof p === "number" ? "[]" : `${i === 0 ? "" : "."}${p}`)).join("");
  // By the last key: no hint is named by a list index.
  return HINTS[generic] ?? HINTS[String(path[path.length - 1])];
}

/** The value at `path` in the file as written (before defaults). */
function valueAt(raw: unknown, path: readonly (string | number)[]): unknown {
  let value = raw;
  for (const p of path) {
    if (typeof value !== "object" || value === null || !Object.prototype.hasOwnProperty.call(value, p)) return undefined;
    value = (value as Record<string | number, unknown>)[p];
  }
  return value;
}

/** A value turned into a key: lower case, runs of other characters as "-" (so at most one ends it), starting with a letter. */
function slug(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^[^a-z]+/, "")
    .slice(0, 40)
    .replace(/-$/, "");
}
