import { parseArgs, ParseArgsConfig } from "util";
import { describeValue, escapeControls, shortText } from "../constructs/core/shown-text";
import { suggest } from "../constructs/core/suggest";
import {
  CALENDAR_FIRST_DAY,
  CALENDAR_LAST_DAY,
  calendarDay,
  isOutsideCalendarRange,
  MAX_CALENDAR_DAYS,
  maxDaysFrom,
} from "../tools/on-call/calendar-window";
import { CI_FILES, CI_SYSTEMS, CiSystem } from "./ci-workflow";

/**
 * The one argument parser of the `ilert-datadog` command (`cli/ilert-datadog.ts`): every subcommand's
 * options, parsed with Node's `util.parseArgs` and checked here, before anything is synthesized or
 * written. A problem is reported as the config app reports its own: the option, the value, what is
 * accepted and the fix.
 */

/** The name the command is installed as (package.json `bin`). */
export const COMMAND = "ilert-datadog";

/** A command line that cannot be run: the message says what to change. Exit status 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The subcommand, for the pointer to its `--help`. */
    readonly subcommand?: string,
  ) {
    super(message);
    this.name = "UsageError";
  }
}

/** `init`: writes a new cdktf project (cdktn, from the cdktn package) into the working directory. */
export interface InitCommand {
  readonly name: "init";
  /** `--ci`: also the CI workflow of this system (cli/ci-workflow.ts). */
  readonly ci?: CiSystem;
}

/** `app`: the config-driven app (the cdktf.json app command of a config-driven project). */
export interface AppCommand {
  readonly name: "app";
  /** `--config`: the config file; else ILERT_DATADOG_CONFIG, else the cdktf context key `config`. */
  readonly config?: string;
}

/** What the tools that read a synthesized app share. */
export interface ReadOptions {
  /** The positional `[outdir]`: the synthesized app to read; default cdktf.json's `output`, else cdktf.out. */
  readonly outdir?: string;
  /** `--synth` (or `--config`): synthesize the project's app (cdktf.json `app`) into a temporary folder first, and read that. */
  readonly synth: boolean;
  /** `--config`: the config file the app builds when synthesized (passed as ILERT_DATADOG_TOOL_CONFIG). */
  readonly config?: string;
}

/** `oncall`: who is on call, per schedule. */
export interface OnCallCommand extends ReadOptions {
  readonly name: "oncall";
  /** First day, YYYY-MM-DD. */
  readonly from: string;
  /** Number of days, 1 to 3660. */
  readonly days: number;
  readonly format: "md" | "ics" | "json";
  /** Where to write (a folder); default: printed (md, json) or `<outdir>/oncall` (ics). */
  readonly out?: string;
  /** `--diff BASE`: the synthesized app to compare with (who moves from it to the app read); md or json only. */
  readonly diff?: string;
}

/** `diagram`: the wiring diagram. */
export interface DiagramCommand extends ReadOptions {
  readonly name: "diagram";
  /** The file to write; `-` prints it. Default `<outdir>/wiring.md`. */
  readonly out?: string;
}

/** `preview`: what iLert receives from each webhook. */
export interface PreviewCommand extends ReadOptions {
  readonly name: "preview";
}

/** `import-commands`: `terraform import` commands for adopted objects. */
export interface ImportCommandsCommand extends ReadOptions {
  readonly name: "import-commands";
}

/** `adopt`: a config that takes over what was set up by hand (cli/adopt/adopt.ts). */
export interface AdoptCommand {
  readonly name: "adopt";
  /** `--out`: the config file to write (never overwritten). */
  readonly out: string;
  /** `--report`: the report as Markdown too. */
  readonly report?: string;
  /** `--webhook` (repeatable): webhook names to look up besides those monitors mention. */
  readonly webhooks: readonly string[];
  /** `--monitors`: adopt the monitors that mention an adopted webhook (else they are listed). */
  readonly monitors: boolean;
  /** `--group`: one stack for all teams (`environment`) or one per team (`team`). */
  readonly group: "environment" | "team";
  /** `--environment`: the environment key the objects are adopted in. */
  readonly environment: string;
  /** `--accept-changes`: write the config even though the first apply would change adopted objects. */
  readonly acceptChanges: boolean;
}

/** `stacks`: the stacks of the synthesized app, for a CI matrix. */
export interface StacksCommand extends ReadOptions {
  readonly name: "stacks";
  /** `--json`: a JSON list of names (else one name a line). */
  readonly json: boolean;
  /** `--changed BASE`: only the stacks that are new or differ from the app synthesized into BASE. */
  readonly changed?: string;
}

/** `sandbox`: the API fakes, seeded with what the synthesized app looks up, until stopped. */
export interface SandboxCommand extends ReadOptions {
  readonly name: "sandbox";
  /** `--write-env FILE`: also write the environment there (removed when the sandbox stops). */
  readonly writeEnv?: string;
  /** `--mirror DIR`: a filesystem mirror of the providers: write the Terraform CLI config that installs from it. */
  readonly mirror?: string;
  /** `--seed FILE`: more objects for the iLert fake, with ids of the user's choice. */
  readonly seed?: string;
}

/** `smoke-test`: Triggered and Recovered through each deployed integration, checked in iLert. */
export interface SmokeTestCommand {
  readonly name: "smoke-test";
  /** The stack to test; default every stack of the synthesized app. */
  readonly stack?: string;
  /** `--page-real-people`: allow a non-local iLert (then the lowest priority, resolved at once). */
  readonly pageRealPeople: boolean;
  /** `--timeout SECONDS`: how long to wait for the alert to open, and to resolve. */
  readonly timeoutSeconds: number;
  /** `--outdir DIR`: the synthesized app (default cdktf.json's output, else cdktf.out). */
  readonly outdir?: string;
}

/** A command line, parsed and checked. */
export type Command =
  | InitCommand
  | AppCommand
  | OnCallCommand
  | DiagramCommand
  | PreviewCommand
  | ImportCommandsCommand
  | AdoptCommand
  | StacksCommand
  | SandboxCommand
  | SmokeTestCommand;

/** What `--help` asks for: the usage of one subcommand, or of the command. */
export interface HelpRequest {
  readonly name: "help";
  readonly subcommand?: string;
}

/** What `--version` asks for: the package's version. */
export interface VersionRequest {
  readonly name: "version";
}

type Options = NonNullable<ParseArgsConfig["options"]>;

const READ_OPTIONS: Options = {
  synth: { type: "boolean" },
  config: { type: "string" },
};

/** An option of a help text: its name and its description, line by line. */
type HelpRow = readonly [option: string, ...lines: string[]];

/**
 * Options as a help text shows them: the descriptions in one column at `width` after the indent (an
 * option as wide as the column gets its own line).
 */
function helpRows(width: number, rows: readonly HelpRow[]): string {
  const indent = " ".repeat(2 + width);
  return rows
    .map(([option, first, ...more]) => {
      const head = option.length < width ? [`  ${option.padEnd(width)}${first}`] : [`  ${option}`, `${indent}${first}`];
      return [...head, ...more.map((line) => `${indent}${line}`)].join("\n");
    })
    .join("\n");
}

/** The options of the tools that read a synthesized app; `cli`: the framework's CLI, cdktf or cdktn. */
const readRows = (cli: string): HelpRow[] => [
  [
    "[outdir]",
    `the synthesized app to read (default: cdktf.json's "output", else cdktf.out);`,
    `run \`npx ${cli} synth\` first, or give --synth`,
  ],
  [
    "--synth",
    `synthesize the project's app first (the "app" command of ./cdktf.json, as`,
    `\`${cli} synth\` runs it) into a temporary folder, and read that; the project's`,
    "own output folder is left as it is",
  ],
  [
    "--config FILE",
    "the config file the app builds when synthesized (passed to it as",
    "ILERT_DATADOG_TOOL_CONFIG, above any config the app names itself; an app",
    "that builds no config file is refused); implies --synth",
  ],
  ["--help", "this text"],
];

/** The smoke test's default and largest wait, in seconds. */
export const SMOKE_TEST_TIMEOUT = { default: 30, max: 600 };

/**
 * Each subcommand: its options, whether it takes an outdir (or, `positional`, another single
 * argument), and its help for the framework's CLI `cli`.
 */
const SUBCOMMANDS: Record<
  Command["name"],
  { readonly options: Options; readonly outdir: boolean; readonly positional?: string; readonly help: (cli: string) => string }
> = {
  init: {
    options: { ci: { type: "string" } },
    outdir: false,
    help: () => `usage: ${COMMAND} init [--ci github|gitlab]

Writes a new cdktf TypeScript project into the working directory (best an empty folder): package.json
(the peers cdktf, constructs and @cdktf/provider-datadog; cdktf-cli, ts-node and TypeScript 5.9 to
run it), cdktf.json, tsconfig.json, .gitignore and main.ts, one iLert escalation policy and the
Datadog integration that pages it. Then: npm install && npx cdktf synth.

Run from cdktn-ilert-datadog, it writes a CDK Terrain project instead: the peers cdktn, constructs
and @cdktn/provider-datadog, cdktn-cli 0.24 (Node 22.19 or later), main.ts importing them. Then:
npm install && npx cdktn synth.

It overwrites nothing: a package.json that is there (e.g. from \`npm install cdktf-ilert-datadog\`)
gets the missing entries, never a changed one; any other of those files being there stops it.

${helpRows(20, [
  [
    "--ci github|gitlab",
    "also a CI workflow: for each pull (merge) request, who moves on call",
    "(oncall --diff) posted on the request, and a plan per changed stack",
    `(${CI_FILES.github}, or ${CI_FILES.gitlab})`,
  ],
  ["--help", "this text"],
])}`,
  },
  app: {
    options: { config: { type: "string" } },
    outdir: false,
    help: (cli) => `usage: ${COMMAND} app [--config FILE]

The config-driven app: every team of a JSON config file in every environment (users, schedule,
escalation policy, reminders, the integration, monitors), one stack per environment or per team, and
a local, S3 or HCP Terraform backend. Use it as the app command of cdktf.json:

  "app": "npx ${COMMAND} app --config teams.json"

and run \`npx ${cli} synth\` (or \`npx ${cli} deploy <stack>\`). It writes into CDKTF_OUTDIR (set by
cdktf), else cdktf.out. The config file is checked first; each problem names its JSON path.
ILERT_DATADOG_STACKS=prod-payments (names separated by commas, * as a wildcard) builds only those
stacks. The file's keys: docs/config-app.md in the installed package
(node_modules/${cli}-ilert-datadog/docs/config-app.md).

  --config FILE   the config file; else ILERT_DATADOG_CONFIG, else the context key "config" of
                  cdktf.json
  --help          this text`,
  },
  oncall: {
    options: {
      ...READ_OPTIONS,
      from: { type: "string" },
      days: { type: "string" },
      format: { type: "string" },
      out: { type: "string" },
      diff: { type: "string" },
    },
    outdir: true,
    help: (
      cli,
    ) => `usage: ${COMMAND} oncall [--from YYYY-MM-DD] [--days N] [--format md|ics|json] [--out DIR] [--diff BASE] [--synth] [--config FILE] [outdir]

Who is on call, day by day, in every schedule the synthesized app declares, and who each escalation
policy pages first at each hand-over; computed from the declared rotations (overrides made in iLert
are not included). With --diff, who moves: the spans in which someone else is on call (or paged
first) than in the app synthesized into BASE, per schedule and policy, for a pull request's comment.

${helpRows(20, [
  [
    "--from YYYY-MM-DD",
    "first day, in each schedule's time zone (default: today, UTC);",
    `the calendar covers ${CALENDAR_FIRST_DAY} to ${CALENDAR_LAST_DAY}`,
  ],
  ["--days N", `number of days, 1 to ${MAX_CALENDAR_DAYS} (default 28)`],
  [
    "--format md|ics|json",
    "md: a Markdown table per schedule and policy (default)",
    "ics: one iCalendar file per schedule, written to --out (default <outdir>/oncall)",
    "json: the shifts and first responders as JSON",
  ],
  [
    "--out DIR",
    "write md (oncall.md) or json (oncall.json) to DIR instead of printing it",
    "(with --diff: oncall-diff.md, oncall-diff.json); an existing file is",
    "replaced only if oncall wrote it",
  ],
  [
    "--diff BASE",
    "compare with the app synthesized into the folder BASE (e.g. the base",
    "branch's cdktf.out): per schedule and escalation policy, every span whose",
    "person on call (or paged first) differs, before -> after, in the schedule's",
    "time zone and UTC; added and removed schedules listed; md or json",
  ],
  ...readRows(cli),
])}`,
  },
  diagram: {
    options: { ...READ_OPTIONS, out: { type: "string" } },
    outdir: true,
    help: (cli) => `usage: ${COMMAND} diagram [--out FILE] [--synth] [--config FILE] [outdir]

A Mermaid diagram of who gets paged: monitors -> webhooks -> alert sources -> escalation policies ->
schedules, users and teams, with reminders, read from the synthesized cdk.tf.json files.

${helpRows(16, [
  [
    "--out FILE",
    "where to write the Markdown (default <outdir>/wiring.md); - prints it; an",
    "existing file is replaced only if diagram wrote it",
  ],
  ...readRows(cli),
])}`,
  },
  preview: {
    options: READ_OPTIONS,
    outdir: true,
    help: (cli) => `usage: ${COMMAND} preview [--synth] [--config FILE] [outdir]

Prints, for each Datadog webhook of the synthesized app, the body iLert would receive for a sample
Triggered and a sample Recovered monitor event.

${helpRows(16, readRows(cli))}`,
  },
  "import-commands": {
    options: {},
    outdir: true,
    help: (cli) => `usage: ${COMMAND} import-commands [outdir]

Prints one \`terraform import\` command per object the app synthesized into outdir adopts
(adoptExisting with importBlocks: false), for Terraform before 1.5, to run in the stacks' folders
there: run \`npx ${cli} synth\` first. Objects adopted by import blocks get none (one line on stderr
per such stack): Terraform 1.5 and later import them at the next \`${cli} deploy\`.

  [outdir]   the synthesized app (default: cdktf.json's "output", else cdktf.out)
  --help     this text`,
  },
  adopt: {
    options: {
      out: { type: "string" },
      report: { type: "string" },
      webhook: { type: "string", multiple: true },
      monitors: { type: "boolean" },
      group: { type: "string" },
      environment: { type: "string" },
      "accept-changes": { type: "boolean" },
    },
    outdir: false,
    help: (cli) => `usage: ${COMMAND} adopt [--out FILE] [--report FILE] [--webhook NAME]... [--monitors]
                     [--group environment|team] [--environment KEY] [--accept-changes]

Takes over an iLert + Datadog setup made by hand: reads both accounts, finds every iLert alert
source of type DATADOG, its escalation policy (rules, schedules, users, teams) and the Datadog
webhook that posts to it, and writes a config file for \`${COMMAND} app\` that adopts each object
(Terraform import blocks) instead of creating it: one team per alert source. Secrets (integration
keys and URLs, API keys) are never written; the config holds ids and names. Before writing, it
synthesizes the config and compares each adopted object with what the config declares: a setting it
cannot express is listed, object by object and field by field (what it is now, what the first apply
would make it), and stops it unless --accept-changes. It prints a report: what was found, what each
object became, what the first \`${cli} diff\` will show, what was left alone and why, and what to
run next. Progress goes to stderr.

It reads with the variables the providers read (only GET requests: read-only keys will do):
  ILERT_API_TOKEN (or ILERT_ORGANIZATION, ILERT_USERNAME, ILERT_PASSWORD), ILERT_ENDPOINT
  DD_API_KEY, DD_APP_KEY, DD_HOST (a site other than US1, e.g. https://api.datadoghq.eu)

  --out FILE           the config file to write (default teams.json); never overwritten
  --report FILE        also write the report there, as Markdown (a report adopt wrote is replaced)
  --webhook NAME       a webhook to look up besides those monitors mention (@webhook-NAME);
                       Datadog lists no webhooks, so one no monitor mentions needs this; repeatable
  --monitors           adopt the monitors that mention an adopted webhook too (default: list them;
                       they stay as they are, outside the config)
  --group environment|team
                       the config's stacks: environment (default) puts every team in one stack,
                       team gives each team (alert source) a stack of its own, so plans stay small
  --environment KEY    the environment the objects are adopted in (default prod): the stack name
  --accept-changes     write the config even though the first apply would change adopted objects
  --help               this text

Exit status: 0 written; 1 no config written (bad credentials or endpoint, nothing to adopt, a file in
the way, or changes without --accept-changes; for the last two the --report file is written all the
same); 2 a wrong option. See docs/adopting.md.`,
  },
  stacks: {
    options: { ...READ_OPTIONS, json: { type: "boolean" }, changed: { type: "string" } },
    outdir: true,
    help: (cli) => `usage: ${COMMAND} stacks [--json] [--changed BASE] [--synth] [--config FILE] [outdir]

Lists the stacks of the synthesized app, for a CI job per stack (a matrix): those
ILERT_DATADOG_STACKS names (comma-separated, * as a wildcard; else the context key "stacks" of
CDKTF_CONTEXT_JSON), or all. A name that matches no stack fails, listing the stacks.

${helpRows(16, [
  ["--json", 'print a JSON list, e.g. ["prod","staging"] (else one name a line)'],
  [
    "--changed BASE",
    "only the stacks that are new or whose cdk.tf.json differs from the app",
    "synthesized into the folder BASE (e.g. the base branch's cdktf.out)",
  ],
  ...readRows(cli),
])}`,
  },

  sandbox: {
    options: {
      ...READ_OPTIONS,
      "write-env": { type: "string" },
      mirror: { type: "string" },
      seed: { type: "string" },
    },
    outdir: true,
    help: (cli) => `usage: ${COMMAND} sandbox [--write-env FILE] [--mirror DIR] [--seed FILE] [--synth] [--config FILE] [outdir]

Starts local fakes of the iLert and Datadog APIs (from the companion package ilert-datadog-sandbox:
npm install --save-dev ilert-datadog-sandbox) on 127.0.0.1, seeded with every user, team, schedule,
escalation policy and support hours the synthesized app looks up (by email, name or id), prints the
environment to export, and runs until stopped (Ctrl-C), printing each request. Then, in another
shell with that environment: npx ${cli} deploy <stack> --auto-approve, and ${COMMAND} smoke-test.
The environment sets TF_WORKSPACE=ilert-datadog-sandbox, so deploys into the sandbox keep their state
apart from real deploys. Nothing is kept when it stops.

${helpRows(18, [
  [
    "--write-env FILE",
    "also write the environment to FILE, to load with . ./FILE (the name is not",
    "--env-file: Node 20 reads that option itself, even after a script's name); an",
    "existing FILE is replaced only if sandbox wrote it; removed when it stops",
  ],
  [
    "--mirror DIR",
    "no registry? DIR is a Terraform filesystem mirror holding the iLert and Datadog",
    "providers: writes the Terraform CLI config that installs them from there (its",
    "path is in the environment, TF_CLI_CONFIG_FILE), says which versions it holds and",
    "how to pin the iLert version; deploy then with --skip-provider-lock",
  ],
  [
    "--seed FILE",
    "more objects for the iLert fake, with ids of your choice: JSON such as",
    '{"users": [{"id": 1001, "email": "lead@example.com"}], "teams": [{"id": 1200,',
    '"name": "Payments"}], "escalationPolicies": [], "schedules": [], "supportHours": []};',
    "what the app looks up and the file lacks is added; alone, it needs no app",
  ],
  ...readRows(cli),
])}`,
  },
  "smoke-test": {
    options: {
      "page-real-people": { type: "boolean" },
      timeout: { type: "string" },
      outdir: { type: "string" },
    },
    outdir: true,
    positional: "stack",
    help: (cli) => `usage: ${COMMAND} smoke-test [--page-real-people] [--timeout SECONDS] [--outdir DIR] [stack]

After a deploy: for each Datadog integration in the stack's Terraform state (terraform show -json in
the stack's folder, with this shell's environment, so TF_WORKSPACE picks the sandbox's), reads the
live webhook from Datadog's API, sends what it would send for a Triggered event (the payload rendered
as \`${COMMAND} preview\` renders it, priority P5, titled as a smoke test) to the alert source's
integration URL, checks through iLert's API that an alert opened on that source and was routed to the
source's escalation policy, then sends Recovered and checks that the alert resolved. One line per
integration; exit status 1 naming the broken link (source missing, webhook missing or posting
elsewhere, URL not answering, alert not opened, wrong policy, not resolved).

Credentials as the providers read them: ILERT_API_TOKEN and ILERT_ENDPOINT (default
https://api.ilert.com), DD_API_KEY, DD_APP_KEY and DD_HOST (default https://api.datadoghq.com/).

${helpRows(20, [
  ["[stack]", "the stack to test (default: every stack of the synthesized app)"],
  [
    "--page-real-people",
    "needed when iLert is not on this machine (127.0.0.1, localhost, ::1): the",
    "alert then pages whoever is on call; it is sent with the lowest priority (P5)",
    "and resolved as soon as it is seen",
  ],
  [
    "--timeout SECONDS",
    "how long to wait for the alert to open, and again to resolve, 1 to",
    `${SMOKE_TEST_TIMEOUT.max} (default ${SMOKE_TEST_TIMEOUT.default})`,
  ],
  [
    "--outdir DIR",
    "the synthesized app whose stacks' folders hold the state (default:",
    `cdktf.json's "output", else cdktf.out; run \`npx ${cli} deploy\` first)`,
  ],
  ["--help", "this text"],
])}`,
  },
};

/** The subcommands, in the order the usage lists them. */
export const SUBCOMMAND_NAMES = Object.keys(SUBCOMMANDS) as Command["name"][];

/** The usage of the command as a whole, for the framework's CLI `cli`. */
const usage = (cli: string) => `usage: ${COMMAND} <command> [options]

  init              write a new cdktf (or cdktn) project (package.json, cdktf.json, main.ts, ...) here;
                    --ci github|gitlab: and a CI workflow
  app               the config-driven app, as cdktf.json's app: "npx ${COMMAND} app --config teams.json"
  oncall            who is on call, day by day (Markdown, iCalendar or JSON); --diff BASE: who moves
  diagram           the wiring diagram: who gets paged by which monitor (Mermaid)
  preview           what iLert receives from each Datadog webhook, for sample events
  import-commands   terraform import commands for adopted objects
  adopt             a config that takes over an iLert + Datadog setup made by hand
  stacks            the stacks of the app, for a CI job per stack (--json: a JSON list)
  sandbox           local iLert and Datadog API fakes, seeded for the app, to deploy into
  smoke-test        after a deploy: Triggered and Recovered through each integration, checked in iLert

The tools read the app synthesized into cdktf.out (run \`npx ${cli} synth\` first), or synthesize
it first with --synth. \`${COMMAND} <command> --help\` describes each; \`${COMMAND} --version\`
prints the package's version.`;

/**
 * The help text of a subcommand, or of the command; `cli`: the framework's CLI its commands name (cdktn
 * when the command runs from the cdktn package).
 */
export function helpText(subcommand?: string, cli = "cdktf"): string {
  return subcommand !== undefined && subcommand in SUBCOMMANDS ? SUBCOMMANDS[subcommand as Command["name"]].help(cli) : usage(cli);
}

/** Parses and checks a command line (without `node` and the script): a command, or a request for help. */
export function parseCommand(
  argv: readonly string[],
  today: () => string = () => new Date().toISOString().slice(0, 10),
): Command | HelpRequest | VersionRequest {
  const [name, ...rest] = argv;
  if (name === undefined) throw new UsageError(`no command given; expected one of ${SUBCOMMAND_NAMES.join(", ")}`);
  if (name === "--help" || name === "-h" || name === "help") return { name: "help" };
  if (name === "--version" || name === "-v") {
    if (rest.length > 0) throw new UsageError(`${describeValue(rest[0])}: unexpected argument; ${name} takes none`);
    return { name: "version" };
  }
  if (!(name in SUBCOMMANDS)) {
    const near = suggest(name, SUBCOMMAND_NAMES);
    throw new UsageError(
      `${describeValue(name)}: unknown command; expected one of ${SUBCOMMAND_NAMES.join(", ")}; ${near === undefined ? `e.g. ${COMMAND} oncall --help` : `did you mean ${near}?`}`,
    );
  }
  const spec = SUBCOMMANDS[name as Command["name"]];
  const options: Options = { ...spec.options, help: { type: "boolean", short: "h" } };
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[]; tokens: ParsedToken[] };
  try {
    parsed = parseArgs({
      args: joinDashValues(rest, options),
      options,
      allowPositionals: true,
      strict: true,
      tokens: true,
    }) as typeof parsed;
  } catch (e) {
    throw new UsageError(describeParseError(e as Error & { code?: string }, options), name);
  }
  const { values, positionals } = parsed;
  const repeated = repeatedOption(parsed.tokens, options);
  if (repeated !== undefined) throw new UsageError(repeated, name);
  if (values.help) return { name: "help", subcommand: name };
  const maxPositionals = spec.outdir ? 1 : 0;
  if (positionals.length > maxPositionals) {
    const extra = positionals[maxPositionals];
    throw new UsageError(
      spec.outdir
        ? `${describeValue(extra)}: unexpected argument; expected at most one ${spec.positional ?? "outdir (the synthesized app to read)"}, got ${positionals.map(describeValue).join(", ")}`
        : `${describeValue(extra)}: unexpected argument; ${name} takes ${
            Object.keys(spec.options).length > 0
              ? `only the options ${Object.keys(spec.options)
                  .map((o) => `--${o}`)
                  .join(", ")}`
              : "no arguments"
          }`,
      name,
    );
  }
  const config = checkConfig(values.config, name);
  switch (name) {
    case "init":
      return { name, ...(values.ci === undefined ? {} : { ci: checkCi(values.ci as string) }) };
    case "app":
      return { name, config };
    case "adopt":
      return adoptCommand(values);
    case "smoke-test":
      return {
        name,
        stack: positionals[0],
        pageRealPeople: values["page-real-people"] === true,
        timeoutSeconds: checkTimeout(values.timeout as string | undefined),
        outdir: checkPath("--outdir", values.outdir as string | undefined, "DIR", name, "cdktf.out"),
      };
  }
  const read = readOptions(positionals[0], values.synth === true, config, name);
  switch (name) {
    case "oncall": {
      const from = checkFrom(values.from as string | undefined, today);
      const format = checkFormat(values.format as string | undefined);
      const diff = checkPath("--diff", values.diff as string | undefined, "DIR", name, "../base/cdktf.out");
      if (diff !== undefined && format === "ics")
        throw new UsageError(
          `--format ics: writes the calendars of one app, and --diff compares two; give --diff with --format md or json, or drop --diff`,
          name,
        );
      return {
        name,
        ...read,
        from,
        days: checkDays(values.days as string | undefined, from),
        format,
        out: checkPath("--out", values.out as string | undefined, "DIR", name),
        diff,
      };
    }
    case "diagram":
      return { name, ...read, out: checkPath("--out", values.out as string | undefined, "FILE", name) };
    case "sandbox":
      return {
        name,
        ...read,
        writeEnv: checkPath("--write-env", values["write-env"] as string | undefined, "FILE", name, "sandbox.env"),
        mirror: checkPath("--mirror", values.mirror as string | undefined, "DIR", name, "/opt/terraform/providers"),
        seed: checkPath("--seed", values.seed as string | undefined, "FILE", name, "seed.json"),
      };
    case "preview":
    case "import-commands":
      return { name, ...read };
    case "stacks":
      return {
        name,
        ...read,
        json: values.json === true,
        changed: checkPath("--changed", values.changed as string | undefined, "DIR", name, "../base/cdktf.out"),
      };
  }
  throw new UsageError(`${name}: not implemented`);
}

/** Environment keys, as the config app accepts them (app/config-schema.ts). */
const ENVIRONMENT_KEY = /^[a-z][a-z0-9-]{0,39}$/;

function adoptCommand(values: Record<string, unknown>): AdoptCommand {
  const group = (values.group as string | undefined) ?? "environment";
  if (group !== "environment" && group !== "team") {
    throw new UsageError(`--group: invalid value ${describeValue(group)}: expected environment or team; e.g. --group team`, "adopt");
  }
  const environment = (values.environment as string | undefined) ?? "prod";
  if (!ENVIRONMENT_KEY.test(environment)) {
    throw new UsageError(
      `--environment: invalid value ${describeValue(environment)}: expected a key of lower-case letters, digits and "-", starting with a letter, at most 40 characters (it names the stack); e.g. --environment prod`,
      "adopt",
    );
  }
  const webhooks = (values.webhook as string[] | undefined) ?? [];
  const badWebhook = webhooks.find((w) => !/^[A-Za-z0-9_-]+$/.test(w.replace(/^@webhook-/, "")));
  if (badWebhook !== undefined) {
    throw new UsageError(
      `--webhook: invalid value ${describeValue(badWebhook)}: expected a webhook name (letters, digits, "-" and "_"), as monitors mention it after @webhook-; e.g. --webhook ilert-payments`,
      "adopt",
    );
  }
  return {
    name: "adopt",
    out: checkPath("--out", values.out as string | undefined, "FILE", "adopt", "teams.json") ?? "teams.json",
    report: checkPath("--report", values.report as string | undefined, "FILE", "adopt", "adopt.md"),
    webhooks: [...new Set(webhooks.map((w) => w.replace(/^@webhook-/, "")))],
    monitors: values.monitors === true,
    group,
    environment,
    acceptChanges: values["accept-changes"] === true,
  };
}

function readOptions(outdir: string | undefined, synth: boolean, config: string | undefined, name: string): ReadOptions {
  const synthesizing = synth || config !== undefined;
  if (synthesizing && outdir !== undefined) {
    throw new UsageError(
      `${describeValue(outdir)}: an outdir is not read with ${synth ? "--synth" : "--config"}, which synthesizes into a temporary folder; drop ${describeValue(outdir)} to synthesize, or ${synth ? "--synth" : "--config"} to read ${describeValue(outdir)}`,
      name,
    );
  }
  return { outdir, synth: synthesizing, config };
}

function checkConfig(value: string | boolean | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  return checkPath("--config", value as string, "FILE", name, "teams.json");
}

function checkPath(
  option: string,
  value: string | undefined,
  what: string,
  name: string,
  example = what === "DIR" ? "calendars" : "wiring.md",
): string | undefined {
  if (value === undefined) return undefined;
  if (value.trim() === "")
    throw new UsageError(
      `${option}: invalid value "": expected a ${what === "DIR" ? "folder" : "file"} name; e.g. ${option} ${example}`,
      name,
    );
  return value;
}

/** `--from`: a real calendar date, YYYY-MM-DD, in the calendar's range (tools/on-call/calendar-window.ts). */
function checkFrom(value: string | undefined, today: () => string): string {
  if (value === undefined) return today();
  if (calendarDay(value) === undefined) {
    const accepted = isOutsideCalendarRange(value)
      ? `a day from ${CALENDAR_FIRST_DAY} to ${CALENDAR_LAST_DAY} (the range of the on-call calendar)`
      : "a calendar date YYYY-MM-DD (month 01-12, a day the month has)";
    throw new UsageError(`--from: invalid value ${describeValue(value)}: expected ${accepted}; e.g. --from ${today()}`, "oncall");
  }
  return value;
}

/** `--days`: a whole number from 1 to 3660 (the calendar's limit), fewer where `from` nears the end of the calendar's range. */
function checkDays(value: string | undefined, from: string): number {
  const max = maxDaysFrom(calendarDay(from)!);
  if (value === undefined) return Math.min(28, max);
  const days = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(days >= 1 && days <= max)) {
    const accepted =
      max < MAX_CALENDAR_DAYS
        ? `a whole number of days from 1 to ${max} (the on-call calendar ends on ${CALENDAR_LAST_DAY}, and --from is ${from}); e.g. --days ${max}`
        : `a whole number of days from 1 to ${MAX_CALENDAR_DAYS}; e.g. --days 28`;
    throw new UsageError(`--days: invalid value ${describeValue(value)}: expected ${accepted}`, "oncall");
  }
  return days;
}

/** `init --ci`: one of the CI systems a workflow is written for. */
function checkCi(value: string): CiSystem {
  if ((CI_SYSTEMS as readonly string[]).includes(value)) return value as CiSystem;
  const hint = value.toLowerCase().includes("lab") ? "gitlab" : "github";
  throw new UsageError(`--ci: invalid value ${describeValue(value)}: expected one of ${CI_SYSTEMS.join(", ")}; e.g. --ci ${hint}`, "init");
}

/** `--timeout`: whole seconds from 1 to {@link SMOKE_TEST_TIMEOUT}'s max. */
function checkTimeout(value: string | undefined): number {
  if (value === undefined) return SMOKE_TEST_TIMEOUT.default;
  const seconds = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(seconds >= 1 && seconds <= SMOKE_TEST_TIMEOUT.max)) {
    throw new UsageError(
      `--timeout: invalid value ${describeValue(value)}: expected whole seconds from 1 to ${SMOKE_TEST_TIMEOUT.max}; e.g. --timeout ${SMOKE_TEST_TIMEOUT.default}`,
      "smoke-test",
    );
  }
  return seconds;
}

function checkFormat(value: string | undefined): "md" | "ics" | "json" {
  if (value === undefined) return "md";
  if (value === "md" || value === "ics" || value === "json") return value;
  const hint = value.toLowerCase() === "markdown" ? "md" : ["ical", "icalendar", "ical"].includes(value.toLowerCase()) ? "ics" : "md";
  throw new UsageError(`--format: invalid value ${describeValue(value)}: expected one of md, ics, json; e.g. --format ${hint}`, "oncall");
}

/** An example value of each option that takes one, for "missing value". */
const MISSING_VALUE_EXAMPLES: Readonly<Record<string, string>> = {
  config: "teams.json",
  from: "2026-03-23",
  days: "28",
  format: "md",
  out: "teams.json",
  report: "adopt.md",
  webhook: "ilert-payments",
  group: "team",
  environment: "prod",
  diff: "../base/cdktf.out",
  changed: "../base/cdktf.out",
  ci: "github",
  "write-env": "sandbox.env",
  mirror: "/opt/terraform/providers",
  seed: "seed.json",
  timeout: String(SMOKE_TEST_TIMEOUT.default),
  outdir: "cdktf.out",
};
/** An option token of util.parseArgs (`tokens: true`). */
interface ParsedToken {
  readonly kind: string;
  readonly name?: string;
  readonly rawName?: string;
  readonly value?: string;
}

/**
 * `--days -5` as `--days=-5`: util.parseArgs takes a value that begins with "-" for an option, and
 * says the value is missing; joined, the value is checked as any other (`--days: invalid value "-5"`).
 * Not when the next word is an option of the command (`--config --synth` lacks its value).
 */
function joinDashValues(args: readonly string[], options: Options): string[] {
  const known = new Set(Object.entries(options).flatMap(([o, spec]) => [`--${o}`, ...(spec.short ? [`-${spec.short}`] : [])]));
  const joined: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const option = /^--([^=]+)$/.exec(args[i])?.[1];
    const next = args[i + 1];
    if (
      option !== undefined &&
      options[option]?.type === "string" &&
      next?.startsWith("-") &&
      next !== "-" &&
      !known.has(next.split("=")[0])
    ) {
      joined.push(`${args[i]}=${next}`);
      i++;
    } else joined.push(args[i]);
  }
  return joined;
}

/** An option given more than once (the last would win silently; not one that takes several, `multiple`): the message, or undefined. */
function repeatedOption(tokens: readonly ParsedToken[], options: Options): string | undefined {
  const given = new Map<string, ParsedToken[]>();
  for (const t of tokens)
    if (t.kind === "option" && t.name !== undefined && options[t.name]?.multiple !== true)
      given.set(t.name, [...(given.get(t.name) ?? []), t]);
  for (const [name, each] of given) {
    if (each.length < 2) continue;
    const values = each.flatMap((t) => (t.value === undefined ? [] : [describeValue(t.value)]));
    return values.length === 0
      ? `--${name}: given ${each.length} times; each option is taken once: give it once`
      : `--${name}: given ${each.length} times (${values.join(", ")}); each option is taken once: keep the one you mean, e.g. --${name} ${shortText(escapeControls(each[each.length - 1].value!))}`;
  }
  return undefined;
}

/** util.parseArgs's errors, reworded: the option, what is wrong, and the fix. */
function describeParseError(e: Error & { code?: string }, options: Options): string {
  const listed = Object.keys(options).map((o) => `--${o}`);
  // The option as typed: the user's text, shown as values are.
  const option = shortText(escapeControls(/'(-[^' ]+)/.exec(e.message)?.[1] ?? ""));
  switch (e.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION": {
      const near = option.startsWith("--") ? suggest(option.slice(2), Object.keys(options)) : undefined;
      return `${option}: unknown option; expected one of ${listed.join(", ")}${near === undefined ? "" : `; did you mean --${near}?`}`;
    }
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE": {
      const name = option.replace(/^-+/, "");
      return options[name]?.type === "boolean"
        ? `${option}: takes no value; give ${option} alone`
        : `${option}: missing value; give one, e.g. ${option} ${MISSING_VALUE_EXAMPLES[name] ?? "<value>"}`;
    }
    default:
      return e.message;
  }
}
