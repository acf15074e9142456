import * as fs from "fs";
import * as path from "path";
import { ConfigError } from "../../app/config";
import { describeValue } from "../../constructs/core/shown-text";
import { checkOutputFile, OutputFileError, OutputKind, OutputTarget, shownPath } from "../output-file";
import { outputRecords } from "../output-record";
import { writeFiles } from "../write-files";
import { AdoptError } from "./adopt-error";
import { AdoptedConfig, adoptedConfig, ConfigOptions, Fallbacks, NO_FALLBACKS } from "./adopt-config";
import { adoptReport, REPORT_TITLE } from "./adopt-report";
import { ApiClient, Fetch } from "./api-client";
import { checkAccess } from "./check-access";
import { readCredentials } from "./credentials";
import { readDatadogAccount } from "./datadog-account";
import { FoundSetup, findSetup } from "./found-setup";
import { DATADOG_INTEGRATION_TYPE, IlertAccount, readIlertAccount } from "./ilert-account";
import { SynthesizedConfig, synthesizeConfig } from "./synthesize-config";
import { takeoverChanges } from "./takeover-changes";

/**
 * `ilert-datadog adopt`: reads an iLert account and a Datadog organisation with the providers'
 * credentials, finds the iLert alert sources of type DATADOG and the webhooks posting to them, and
 * writes a config for `ilert-datadog app` that adopts every object it declares (docs/adopting.md).
 * Before writing, it synthesizes that config here and holds each adopted resource against the object
 * it imports (takeover-changes.ts): a setting the config cannot express stops it (exit 1, nothing
 * written) unless `acceptChanges`.
 */

/** The command line's options (cli/args.ts checks them). */
export interface AdoptOptions extends ConfigOptions {
  /** The config file to write; never overwritten. */
  readonly out: string;
  /** Where to write the report as Markdown too. */
  readonly report?: string;
  /** Webhook names to look up besides those monitors mention. */
  readonly webhooks: readonly string[];
  /** Write the config even though the first apply would change adopted objects. */
  readonly acceptChanges: boolean;
}

/** Where adopt reads and writes: the process's, or a test's. */
export interface AdoptIo {
  readonly env: NodeJS.ProcessEnv;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly fetch?: Fetch;
  /** The framework's CLI the report's next steps name: `cdktf` (default), or `cdktn`. */
  readonly cli?: string;
}

/** What adopt writes: a config file, never over another file. */
const CONFIG_FILE: OutputKind = { tool: "ilert-datadog adopt", what: "a config file", name: "teams.json", wrote: () => false };
/** And its report, replaced only if adopt wrote it. */
const REPORT_FILE: OutputKind = {
  tool: "ilert-datadog adopt",
  what: "a report",
  name: "adopt.md",
  wrote: (head) => head.startsWith(REPORT_TITLE),
};

/** How many times adopt declares an object it was refused again another way (referenced, left alone). */
const MAX_ATTEMPTS = 20;

/** Runs adopt; returns the exit status. Throws {@link AdoptError} (and the file errors) for what the user must fix. */
export async function adopt(options: AdoptOptions, io: AdoptIo): Promise<number> {
  const out = target("--out", options.out, "--out teams.adopted.json");
  if (fs.existsSync(options.out) || isLink(options.out)) {
    throw new OutputFileError(
      `${out.named}: ${shownPath(options.out)} exists: adopt never overwrites a config; give a new name, e.g. ${out.example}, or move ${shownPath(options.out)} away first`,
    );
  }
  checkOutputFile(out, CONFIG_FILE);
  const report = options.report === undefined ? undefined : target("--report", options.report, "--report adopt.md");
  const replaceReport = report === undefined ? false : checkOutputFile(report, REPORT_FILE);
  if (report !== undefined && path.resolve(report.file) === path.resolve(out.file))
    throw new OutputFileError(`${report.named}: the same file as --out; give another name, e.g. ${report.example}`);

  const credentials = readCredentials(io.env);
  const progress = (line: string) => io.stderr(`adopt: ${line}\n`);
  const ilertClient = new ApiClient(credentials.ilert, io.fetch);
  const datadogClient = new ApiClient(credentials.datadog, io.fetch);
  await checkAccess(ilertClient, datadogClient);
  const ilert = await readIlertAccount(ilertClient, progress);
  if (ilert.datadogSources.length === 0) {
    throw new AdoptError(
      `the iLert account at ${credentials.ilert.baseUrl} has no alert source of type ${DATADOG_INTEGRATION_TYPE} (${ilert.alertSources.length} alert source${ilert.alertSources.length === 1 ? "" : "s"} of other types): nothing to adopt; check ILERT_ENDPOINT and the token's account, or start with \`ilert-datadog init\``,
    );
  }
  const datadog = await readDatadogAccount(datadogClient, options.webhooks, progress);
  const missing = options.webhooks.filter((name) => !datadog.webhooks.has(name));
  if (missing.length > 0) {
    throw new AdoptError(
      `--webhook ${describeValue(missing[0])}: Datadog at ${credentials.datadog.baseUrl} has no webhook of that name; give the name as monitors mention it (@webhook-<name>), or check DD_HOST`,
    );
  }
  const found = findSetup(ilert, datadog);
  const { adopted, synthesized } = declare(found, ilert, options);
  const changes = takeoverChanges(synthesized.stacks, ilert, datadog);
  const changed = changes.filter((c) => c.changes.length > 0);
  const write = adopted.teams.length > 0 && (changed.length === 0 || options.acceptChanges);
  const text = adoptReport({
    ilert,
    datadog,
    ilertEndpoint: credentials.ilert.baseUrl,
    datadogHost: credentials.datadog.baseUrl,
    adopted,
    changes,
    configFile: options.out,
    stacks: synthesized.stacks.map((s) => s.name),
    environment: options.environment,
    cli: io.cli ?? "cdktf",
    written: write,
  });
  io.stdout(text);
  const files = [
    ...(write ? [{ file: out.file, content: `${JSON.stringify(adopted.config, null, 2)}\n`, replace: false }] : []),
    ...(report === undefined ? [] : [{ file: report.file, content: text, replace: replaceReport }]),
  ];
  try {
    for (const { file } of files) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    // The report is replaced next time only as adopt wrote it: its hash is recorded (cli/output-record.ts).
    writeFiles([...files, ...outputRecords(files.filter((f) => f.file === report?.file))]);
  } catch (e) {
    throw new OutputFileError(`cannot write ${files.map((f) => shownPath(f.file)).join(" and ")}: ${(e as Error).message}`);
  }
  if (adopted.teams.length === 0) {
    io.stderr(
      `adopt: nothing to adopt: no alert source of type ${DATADOG_INTEGRATION_TYPE} has exactly one webhook posting to it (see "Left alone" above); nothing written${report ? " but the report" : ""}\n`,
    );
    return 1;
  }
  if (!write) {
    const count = changed.reduce((n, c) => n + c.changes.length, 0);
    io.stderr(
      `adopt: the first apply would change ${count} setting${count === 1 ? "" : "s"} of ${changed.length} adopted object${changed.length === 1 ? "" : "s"} (listed above); nothing written to ${shownPath(options.out)}: change them in iLert or Datadog and run adopt again, or run it with --accept-changes to write the config anyway\n`,
    );
    return 1;
  }
  const objects = changes.length;
  io.stderr(
    `adopt: wrote ${files.map((f) => shownPath(f.file)).join(" and ")}: ${adopted.teams.length} team${adopted.teams.length === 1 ? "" : "s"}, ${objects} object${objects === 1 ? "" : "s"} adopted\n`,
  );
  return 0;
}

/**
 * The config for `found`, synthesized: what the config app refuses (a construct's error, by the path
 * of the value in the config) is declared another way and the config built again, until it is
 * accepted: a schedule or policy is referenced by id instead, a monitor or a whole team is left alone,
 * each with the construct's message as the reason.
 */
function declare(
  found: FoundSetup,
  ilert: IlertAccount,
  options: ConfigOptions,
): { adopted: AdoptedConfig; synthesized: SynthesizedConfig } {
  let fallbacks: Fallbacks = NO_FALLBACKS;
  for (let attempt = 0; ; attempt++) {
    const adopted = adoptedConfig(found, ilert, options, fallbacks);
    try {
      const synthesized =
        adopted.teams.length === 0 ? { stacks: [], errors: [] } : synthesizeConfig(adopted.config, "the config adopt writes");
      if (synthesized.errors.length > 0)
        throw new AdoptError(
          `the config adopt would write fails the library's checks (please report this): ${synthesized.errors.join("; ")}`,
        );
      return { adopted, synthesized };
    } catch (e) {
      if (!(e instanceof ConfigError) || attempt >= MAX_ATTEMPTS) throw e;
      const next = fallbacksFor(e.problems, adopted, fallbacks);
      if (next === undefined) {
        throw new AdoptError(`the config adopt would write is refused by the config app (please report this): ${e.problems.join("; ")}`);
      }
      fallbacks = next;
    }
  }
}

/** `fallbacks` with each problem (`teams[i].<object>...: message`) turned into a fallback; undefined when one cannot be. */
export function fallbacksFor(problems: readonly string[], adopted: AdoptedConfig, fallbacks: Fallbacks): Fallbacks | undefined {
  const next = {
    schedules: new Map(fallbacks.schedules),
    policies: new Map(fallbacks.policies),
    monitors: new Map(fallbacks.monitors),
    teams: new Map(fallbacks.teams),
  };
  for (const problem of problems) {
    const match = /^teams\[(\d+)\]\.(\w+)(?:\[(\d+)\])?/.exec(problem);
    const team = match && adopted.teams[Number(match[1])];
    if (!match || !team) return undefined;
    const [, , object, item] = match;
    if (object === "schedule") next.schedules.set(team.foundIndex, problem);
    else if (object === "escalation") next.policies.set(team.foundIndex, problem);
    else if (object === "monitors" && item !== undefined) next.monitors.set(`${team.foundIndex}.${team.monitorIds[Number(item)]}`, problem);
    else next.teams.set(team.foundIndex, problem);
  }
  // A problem a fallback made already would recur: adopt cannot declare around it.
  const size = (f: Fallbacks) => f.schedules.size + f.policies.size + f.monitors.size + f.teams.size;
  return size(next) > size(fallbacks) ? next : undefined;
}

/** Where adopt writes; it runs before any synth, so the stacks' folders it keeps out of are those of the default output folder. */
function target(option: string, value: string, example: string): OutputTarget {
  return { file: value, option, named: `${option} ${describeValue(value)}`, example, outdir: "cdktf.out" };
}

function isLink(file: string): boolean {
  try {
    return fs.lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}
