#!/usr/bin/env node
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { App } from "cdktf";
import { createConfigApp } from "../app/config-app";
import { chooseConfigFile, readConfigReceipt, TOOL_CONFIG_ENV, unreadableConfigFile } from "../app/config-source";
import {
  describeFsError,
  formatBytes,
  JsonSyntaxError,
  MAX_READ_BYTES,
  ReadFileError,
  readJsonFile,
  readRegularFile,
} from "../app/read-file";
import { describeValue, escapeControls, escapeControlsInLines, shortText } from "../constructs/core/shown-text";
import { isUnderCdktfCli, readAnnotations, synthesize, TOOL_SYNTH_ENV } from "../app/synth";
import {
  fromTerraformString,
  markdownCode,
  onCallCalendar,
  maintenanceIcs,
  onCallDiff,
  onCallDiffMarkdown,
  onCallIcs,
  onCallMarkdown,
  supportHoursIcs,
  PREVIEW_ESCAPING_ASSUMPTION,
  readDeclaredOnCall,
  readSynthesizedStacks,
  renderPayload,
  SampleEvent,
  SynthesizedStack,
  SynthesizedOutputError,
  terraformImportCommands,
  wiringDiagram,
} from "../tools";
import { adopt } from "./adopt/adopt";
import {
  AdoptCommand,
  AppCommand,
  COMMAND,
  Command,
  helpText,
  OnCallCommand,
  parseCommand,
  ReadOptions,
  StacksCommand,
  SandboxCommand,
  UsageError,
} from "./args";
import { CDKTF, CDKTN, frameworkOf, initProject, PackageInfo } from "./init";
import {
  checkOutputFile,
  checkOutputFolder,
  ON_CALL_DIFF_JSON,
  ON_CALL_DIFF_MARKDOWN,
  ON_CALL_ICS,
  ON_CALL_JSON,
  ON_CALL_MARKDOWN,
  OutputFileError,
  OutputKind,
  OutputTarget,
  shownPath,
  WIRING_DIAGRAM,
} from "./output-file";
import { CiSystem } from "./ci-workflow";
import { listStacks } from "./stack-list";
import { OUTPUT_RECORD, outputRecords, recordProblem } from "./output-record";
import { writeFiles } from "./write-files";
import { loadCompanion, SandboxFakes } from "./sandbox/companion";
import { startSandbox } from "./sandbox/sandbox";
import { smokeTest } from "./smoke-test/smoke-test";
import { isUserError, UserError } from "../constructs/core/private/user-error";

/**
 * The `ilert-datadog` command (package.json `bin`; in this repository `npm run oncall|diagram|preview|
 * import-commands`, and `npm run synth` through scripts/app.js): the command line is parsed and
 * checked whole (cli/args.ts) before anything is synthesized, read or written.
 */

// Run as the bin: from the event loop, not from inside the module loader's frames, since cdktf
// records the stack of every token it creates, so each frame costs time and memory (scripts/app.js).
if (require.main === module) setImmediate(() => exitWith(main(process.argv.slice(2))));

/**
 * Sets the exit status once `status` is known: `adopt` and `smoke-test` answer after talking to the APIs,
 * `sandbox` once stopped, the others at once.
 */
export function exitWith(status: number | Promise<number>): void {
  if (typeof status === "number") process.exitCode = status;
  else void status.then((code) => (process.exitCode = code));
}

/** What the caller adds: the repository's app (main.ts) with its built-in example, for `app`; the fakes, for `sandbox`. */
export interface Host {
  /** Builds the app for `app` (default: the config app alone, which needs a config file; see createConfigApp). */
  readonly createApp?: (outdir: string | undefined, configFile: string | undefined) => App;
  /** Loads the API fakes for `sandbox` (default: the companion package installed in the project, see cli/sandbox/companion.ts). */
  readonly loadFakes?: () => SandboxFakes;
}

/** A failure with a message for the user (exit status 1), not a bug: no stack trace. */
export class CommandError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = "CommandError";
  }
}

/**
 * What the command prints for people: every line of it with control characters escaped
 * (shown-text.ts), whatever names and values it carries. Markdown, JSON and the diagram are escaped
 * already, by their writers. The line feeds kept are the output's own: user text inside a line is
 * passed through {@link shown} first, so that a name cannot start a line of its own.
 */
function print(stream: NodeJS.WriteStream, text: string): void {
  stream.write(escapeControlsInLines(text));
}

/** User text (a name, a path, a value) for inside a printed line: its line feeds escaped too (`\u000a`). */
const shown = escapeControls;

/**
 * Runs a command line (without `node` and the script) and returns the exit status: at once, or, for
 * the commands that wait on the network or run until stopped (`adopt`, `sandbox`, `smoke-test`), a
 * promise of it (see {@link exitWith}).
 */
export function main(argv: readonly string[], host: Host = {}): number | Promise<number> {
  let command: ReturnType<typeof parseCommand>;
  try {
    command = parseCommand(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    // No command at all: the usage says what there is.
    if (argv.length === 0) {
      process.stderr.write(`${helpText(undefined, frameworkCli())}\n`);
      return 2;
    }
    const more =
      e.subcommand === undefined ? `${COMMAND} --help lists the commands` : `${COMMAND} ${e.subcommand} --help lists the options`;
    print(process.stderr, `${COMMAND}${e.subcommand === undefined ? "" : ` ${e.subcommand}`}: ${e.message}\n(${more})\n`);
    return 2;
  }
  if (command.name === "help") {
    process.stdout.write(`${helpText(command.subcommand, frameworkCli())}\n`);
    return 0;
  }
  if (command.name === "version") {
    process.stdout.write(`${packageInfo().version}\n`);
    return 0;
  }
  const name = command.name;
  // A mistake in the user's input (a user error, constructs/core/private/user-error.ts): the message
  // says where and how to fix it; a trace would hide it. Anything else is a bug, thrown with its stack.
  const reported = (e: unknown): number => {
    if (!isUserError(e)) throw e;
    print(process.stderr, `${COMMAND} ${name}: ${e.message}\n`);
    return 1;
  };
  if (command.name === "adopt") {
    const io = {
      env: process.env,
      stdout: (text: string) => print(process.stdout, text),
      stderr: (text: string) => print(process.stderr, text),
      cli: frameworkCli(),
    };
    return adopt(command, io).catch(reported);
  }
  try {
    const status = run(command, host);
    return typeof status === "number" ? status : status.catch(reported);
  } catch (e) {
    return reported(e);
  }
}

function run(command: Exclude<Command, AdoptCommand>, host: Host): number | Promise<number> {
  switch (command.name) {
    case "init":
      return init(command.ci);
    case "app":
      return app(command, host);
    case "smoke-test":
      return smokeTest(command, {
        outdir: shownOutdir(command.outdir ?? projectOutdir()),
        cli: frameworkCli(),
        print: (line) => print(process.stdout, `${line}\n`),
      });
    case "sandbox": {
      const outdir = command.synth ? projectOutdir() : shownOutdir(command.outdir ?? projectOutdir());
      // With --seed, a sandbox needs no app: e.g. to set up by hand what `adopt` then reads.
      const seedOnly =
        command.seed !== undefined && !command.synth && command.outdir === undefined && !fs.existsSync(path.join(outdir, "manifest.json"));
      return sandbox(command, outdir, seedOnly ? [] : withStacks(command, outdir, (read) => read), host);
    }
    default: {
      const outdir = command.synth ? projectOutdir() : shownOutdir(command.outdir ?? projectOutdir());
      // Where the tool writes, and the base it compares with, are checked before the app is synthesized.
      const targets = outputTargets(command, outdir);
      if (command.name === "oncall" && command.diff !== undefined) checkBaseApp("--diff", command.diff);
      if (command.name === "stacks" && command.changed !== undefined) checkBaseApp("--changed", command.changed);
      return withStacks(command, outdir, (stacks) => {
        switch (command.name) {
          case "oncall":
            return oncall(command, stacks, targets);
          case "diagram":
            return diagram(stacks, targets);
          case "preview":
            return preview(stacks);
          case "import-commands":
            return importCommands(outdir, stacks);
          case "stacks":
            return listStacksOf(command, stacks);
        }
      });
    }
  }
}

function init(ci: CiSystem | undefined): number {
  const dir = process.cwd();
  const pkg = packageInfo();
  const result = initProject(dir, pkg, undefined, undefined, ci);
  for (const kept of result.kept) print(process.stderr, `kept package.json's ${kept}\n`);
  const cli = frameworkOf(pkg.name).name;
  // The CLI sends telemetry to HashiCorp's checkpoint service unless CHECKPOINT_DISABLE is set (offline: an error line).
  process.stdout.write(
    `wrote ${result.written.join(", ")}\nnext: npm install && npx ${cli} synth (export CHECKPOINT_DISABLE=1 first: ${cli} then sends no telemetry to HashiCorp)\n`,
  );
  return 0;
}

/**
 * The package's own package.json: the nearest one up from this file named cdktf-ilert-datadog or
 * cdktn-ilert-datadog. Its name tells `init` which framework's project to write.
 */
export function packageInfo(from: string = __dirname): PackageInfo {
  const names = [CDKTF.packageName, CDKTN.packageName];
  for (let dir = from; ; dir = path.dirname(dir)) {
    const pkg = readJsonIfThere(path.join(dir, "package.json"));
    if (names.includes((pkg as PackageInfo | undefined)?.name ?? "")) return pkg as PackageInfo;
    if (path.dirname(dir) === dir) throw new Error(`no package.json of ${names.join(" or ")} above ${from}`);
  }
}

/** The JSON in `file` (read-file.ts: a regular file within the limit), or undefined when there is none or it cannot be read. */
function readJsonIfThere(file: string): unknown {
  try {
    return readJsonFile(file);
  } catch (e) {
    if (e instanceof ReadFileError) return undefined;
    throw e;
  }
}

/** The CLI of the framework this package is built for, which messages tell the user to run: cdktf or cdktn. */
function frameworkCli(): string {
  return frameworkOf(packageInfo().name).name;
}

/** `app`: synthesizes the config-driven app and reports what cdktf recorded (app/synth.ts). */
function app(command: AppCommand, host: Host): number {
  const underCli = isUnderCdktfCli();
  if (!underCli) {
    const choice = chooseConfigFile({ argument: command.config });
    print(
      process.stderr,
      choice
        ? `config: ${shown(shortText(choice.name))} (from ${choice.origin})\n`
        : host.createApp
          ? "config: none named; the built-in example\n"
          : "",
    );
  }
  // As the cdktf CLI does: error annotations do not stop the synth, so all of them are reported.
  process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS ??= "true";
  const report = synthesize((host.createApp ?? createConfigApp)(undefined, command.config), underCli);
  for (const line of report.lines) print(process.stdout, `${line}\n`);
  return report.failed ? 1 : 0;
}

/**
 * The project's cdktf.json (in the working directory), if any: read as every file the user writes is
 * (app/read-file.ts), a regular JSON file of at most 10 MiB holding an object.
 */
function cdktfJson(): { app?: unknown; output?: unknown } | undefined {
  const accepted = `expected your project's cdktf.json, a regular JSON file of at most ${formatBytes(MAX_READ_BYTES)} holding an object`;
  let json: unknown;
  try {
    json = readJsonFile(path.join(process.cwd(), "cdktf.json"));
  } catch (e) {
    if (!(e instanceof ReadFileError)) throw e;
    if (e.code === "ENOENT") return undefined;
    throw new CommandError(`cdktf.json: ${e instanceof JsonSyntaxError ? e.problem : `cannot read it: ${e.problem}`}: ${accepted}`);
  }
  if (typeof json !== "object" || json === null || Array.isArray(json))
    throw new CommandError(`cdktf.json: it holds ${describeValue(json)}: ${accepted}`);
  return json;
}

/** The project's output folder: cdktf.json's `output`, else cdktf.out. */
function projectOutdir(): string {
  const output = cdktfJson()?.output;
  return typeof output === "string" && output !== "" ? output : "cdktf.out";
}

/** An outdir as messages show it: relative to the working directory when inside it, else as typed (not `../../../x`). */
function shownOutdir(outdir: string): string {
  const relative = path.relative(process.cwd(), path.resolve(outdir));
  return relative === "" ? "." : relative === ".." || relative.startsWith(`..${path.sep}`) ? outdir : relative;
}

/**
 * Reads the synthesized stacks (from `outdir`, or from a fresh synth of the project's app into a
 * temporary folder, removed afterwards) and runs `tool` on them. Nothing is deleted from the
 * project's own output folder.
 */
function withStacks<T>(options: ReadOptions & { readonly name: string }, outdir: string, tool: (stacks: SynthesizedStack[]) => T): T {
  // import-commands reads only outdir: its commands run in the stacks' folders there.
  const orSynth = options.name === "import-commands" ? "" : ", or add --synth to synthesize the app of cdktf.json now";
  if (!options.synth) {
    if (!fs.existsSync(path.join(outdir, "manifest.json"))) {
      throw new CommandError(
        `${outdir} holds no synthesized app (no ${path.join(outdir, "manifest.json")}); run \`npx ${frameworkCli()} synth\` first${orSynth}`,
      );
    }
    return tool(readStacks(outdir, orSynth));
  }
  const project = cdktfJson();
  if (typeof project?.app !== "string" || project.app.trim() === "") {
    throw new CommandError(
      `--synth runs the "app" command of cdktf.json, and ${project ? "cdktf.json has none" : `there is no cdktf.json in ${process.cwd()}`}; run it in your cdktf project's folder, or read an app synthesized before (without --synth)`,
    );
  }
  const config = options.config === undefined ? undefined : checkConfigFile(options.config);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ilert-datadog-synth-"));
  try {
    // The tool's --config ranks above every config the app names (app/config-source.ts); none is
    // passed on from this process's environment.
    const { [TOOL_CONFIG_ENV]: _inherited, ...inherited } = process.env;
    // As the cdktf CLI runs it: error annotations are recorded in the manifest, not thrown with a
    // stack trace, and reported here (`ERROR [path]: message`); the app prints no lines of its own.
    const env = {
      ...inherited,
      CDKTF_OUTDIR: tmp,
      CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS: "true",
      [TOOL_SYNTH_ENV]: "1",
      ...(config === undefined ? {} : { [TOOL_CONFIG_ENV]: config }),
    };
    // The app's report goes to stderr: stdout is the tool's output.
    const synth = spawnSync(project.app, { shell: true, cwd: process.cwd(), stdio: ["inherit", 2, "inherit"], env });
    const app = `the app of cdktf.json (${describeValue(project.app)})`;
    // With --config the app builds that file, whatever config its own command names.
    const building = config === undefined ? "" : ` building --config ${describeValue(options.config)} (passed as ${TOOL_CONFIG_ENV})`;
    if (synth.status !== 0) throw new CommandError(`${app} failed${building}; see above`);
    if (config !== undefined) {
      const built = readConfigReceipt(tmp);
      if (built !== config) {
        throw new CommandError(
          built === undefined
            ? `--config ${describeValue(options.config)}: ${app} did not build it: it builds no config file (\`${COMMAND} app\` and apps made with createConfigApp do); set cdktf.json's "app" to "npx ${COMMAND} app --config ${options.config}", or drop --config to read what the app builds`
            : `--config ${describeValue(options.config)}: ${app} built ${shownPath(built)} instead; run the tool where cdktf.json's app is \`${COMMAND} app\`, or drop --config`,
        );
      }
    }
    if (!fs.existsSync(path.join(tmp, "manifest.json")))
      throw new CommandError(
        `${app} wrote no manifest.json into CDKTF_OUTDIR: expected a cdktf app that synthesizes into the folder cdktf gives it (new App() without an outdir); run \`npx ${frameworkCli()} synth\` and read its output instead (without --synth)`,
      );
    const annotations = readAnnotations(tmp);
    for (const line of annotations.lines) print(process.stderr, `${line}\n`);
    if (annotations.errors > 0) throw new CommandError(`${app} reported ${annotations.errors} error(s), above; fix them and run again`);
    return tool(readStacks(tmp, ""));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** `oncall --diff BASE`, `stacks --changed BASE`: a folder that holds a synthesized app. */
function checkBaseApp(option: string, base: string): void {
  const manifest = path.join(base, "manifest.json");
  if (!fs.existsSync(manifest)) {
    throw new CommandError(
      `${option} ${describeValue(base)}: holds no synthesized app (no ${manifest}); synthesize the base first, e.g. git worktree add ../base main && (cd ../base && npm ci && npx ${frameworkCli()} synth), then give ${option} ../base/cdktf.out`,
    );
  }
}

/** The stacks synthesized into `outdir`; a file there that cannot be read is the user's to fix, in one line. */
function readStacks(outdir: string, orSynth: string): SynthesizedStack[] {
  try {
    return readSynthesizedStacks(outdir);
  } catch (e) {
    if (!(e instanceof SynthesizedOutputError)) throw e;
    throw new CommandError(`${e.file}: ${e.problem}; run \`npx ${frameworkCli()} synth\` again${orSynth}`);
  }
}

/** The tool's `--config`: a readable regular file within the size limit, as an absolute path. */
function checkConfigFile(config: string): string {
  const file = path.resolve(config);
  try {
    readRegularFile(file);
  } catch (e) {
    if (!(e instanceof ReadFileError)) throw e;
    throw new CommandError(`--config ${describeValue(config)}: ${unreadableConfigFile(config, e)}`);
  }
  return file;
}

/** The checked targets of a tool that writes files (see cli/output-file.ts). */
interface OutputTargets {
  /** The file (diagram; oncall md or json with --out), or undefined when the output is printed. */
  readonly file?: OutputTarget;
  /** oncall's folder (ics, or --out), checked to be a folder or nothing. */
  readonly folder?: OutputTarget;
}

/** Where `command` writes, checked before anything runs. */
function outputTargets(command: Command, outdir: string): OutputTargets {
  const given = (option: string, value: string, file: string, example: string): OutputTarget => ({
    file,
    option,
    named: `${option} ${describeValue(value)}`,
    example,
    outdir,
  });
  const byDefault = (file: string, example: string): OutputTarget => ({
    file,
    option: "--out",
    named: `${file} (where the tool writes without --out)`,
    example,
    outdir,
  });
  if (command.name === "diagram") {
    if (command.out === "-") return {};
    const file =
      command.out === undefined
        ? byDefault(path.join(outdir, "wiring.md"), "--out wiring.md")
        : given("--out", command.out, command.out, "--out wiring.md");
    checkOutputFile(file, WIRING_DIAGRAM);
    return { file };
  }
  if (command.name !== "oncall") return {};
  if (command.format === "ics") {
    const folder =
      command.out === undefined
        ? byDefault(path.join(outdir, "oncall"), "--out calendars")
        : given("--out", command.out, command.out, "--out calendars");
    checkOutputFolder(folder);
    return { folder };
  }
  if (command.out === undefined) return {};
  const folder = given("--out", command.out, command.out, "--out calendars");
  checkOutputFolder(folder);
  const kind = onCallKind(command);
  const file = { ...folder, file: path.join(command.out, kind.name) };
  checkOutputFile(file, kind);
  return { folder, file };
}

/** What `oncall` writes as md or json: the calendar, or with --diff the who-moves diff. */
function onCallKind(command: OnCallCommand): OutputKind {
  if (command.diff !== undefined) return command.format === "json" ? ON_CALL_DIFF_JSON : ON_CALL_DIFF_MARKDOWN;
  return command.format === "json" ? ON_CALL_JSON : ON_CALL_MARKDOWN;
}

/** Writes a tool's files, each checked again (see cli/output-file.ts), all or none; returns them as shown. */
function writeOutputs(
  outputs: readonly { readonly target: OutputTarget; readonly kind: OutputKind; readonly content: string }[],
): string[] {
  const files = outputs.map(({ target, kind, content }) => ({ file: target.file, content, replace: checkOutputFile(target, kind) }));
  for (const { target } of outputs) {
    const problem = recordProblem(path.dirname(path.resolve(target.file)));
    const record = shownPath(path.join(path.dirname(target.file), OUTPUT_RECORD));
    if (problem !== undefined)
      throw new OutputFileError(
        `${target.named}: ${record} is ${problem}, where the tools keep the record of the files they wrote: expected a regular file or nothing; remove ${record}, or give another folder`,
      );
  }
  try {
    for (const { file } of files) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    // The record of what was written (cli/output-record.ts), with the files: all or none.
    writeFiles([...files, ...outputRecords(files)]);
  } catch (e) {
    const failed = outputs.find((o) => path.resolve(o.target.file) === (e as NodeJS.ErrnoException).path) ?? outputs[0];
    throw new OutputFileError(`${failed.target.named}: cannot write ${shownPath(failed.target.file)}: ${describeFsError(e)}`);
  }
  return files.map(({ file }) => path.relative(process.cwd(), path.resolve(file)) || file);
}

function oncall(command: OnCallCommand, stacks: SynthesizedStack[], targets: OutputTargets): number {
  if (command.diff !== undefined) {
    const base = readDeclaredOnCall(readSynthesizedStacks(command.diff));
    const diff = onCallDiff(base, readDeclaredOnCall(stacks), { from: command.from, days: command.days });
    return writeOnCall(command, targets, command.format === "json" ? json(diff) : onCallDiffMarkdown(diff));
  }
  const calendar = onCallCalendar(readDeclaredOnCall(stacks), { from: command.from, days: command.days });
  if (command.format === "ics") {
    const folder = targets.folder!;
    const stamp = new Date();
    const written = calendar.schedules.filter((schedule) => {
      if (schedule.error !== undefined) print(process.stderr, `skipped ${shown(schedule.schedule.name)}: ${shown(schedule.error)}\n`);
      return schedule.error === undefined;
    });
    // Support hours and maintenance windows get files of their own, beside the schedules'.
    const hours = (calendar.supportHours ?? []).filter((h) => {
      if (h.error !== undefined) print(process.stderr, `skipped support hours ${shown(h.supportHours.name)}: ${shown(h.error)}\n`);
      return h.error === undefined;
    });
    const windows = (calendar.maintenanceWindows ?? []).filter((m) => {
      if (m.error !== undefined)
        print(
          process.stderr,
          `skipped maintenance window ${shown(m.maintenance.message ?? m.maintenance.addresses[0])}: ${shown(m.error)}\n`,
        );
      return m.error === undefined;
    });
    const calendars = [
      ...written.map((c) => ({
        file: c.icsFile,
        content: onCallIcs(c, stamp),
        line: `${c.shifts.length} shifts of ${shown(c.schedule.name)}`,
      })),
      ...hours.map((c) => ({
        file: c.icsFile,
        content: supportHoursIcs(c, stamp),
        line: `${c.periods.length} periods of support and ${c.exceptions.length} exceptions of support hours ${shown(c.supportHours.name)}`,
      })),
      ...windows.map((c) => ({
        file: c.icsFile,
        content: maintenanceIcs(c, stamp),
        line: `${c.occurrences.length} occurrences of maintenance window ${shown(c.maintenance.message ?? "(no message)")}`,
      })),
    ];
    const files = writeOutputs(
      calendars.map((c) => ({ target: { ...folder, file: path.join(folder.file, c.file) }, kind: ON_CALL_ICS, content: c.content })),
    );
    calendars.forEach((c, i) => print(process.stdout, `${shown(files[i])}: ${c.line}\n`));
    if (calendar.schedules.length === 0) process.stderr.write("no schedule: the app declares no on-call schedule\n");
    return 0;
  }
  return writeOnCall(command, targets, command.format === "json" ? json(calendar) : onCallMarkdown(calendar));
}

/** JSON of the tools: the C0 controls JSON escapes itself; the others become \u escapes too, which read back as the same text. */
function json(value: unknown): string {
  return `${escapeControlsInLines(JSON.stringify(value, null, 2))}\n`;
}

/** Prints `oncall`'s md or json, or writes it to its file in --out. */
function writeOnCall(command: OnCallCommand, targets: OutputTargets, content: string): number {
  if (targets.file === undefined) process.stdout.write(content);
  else print(process.stdout, `${shown(writeOutputs([{ target: targets.file, kind: onCallKind(command), content }])[0])}\n`);
  return 0;
}

function diagram(stacks: SynthesizedStack[], targets: OutputTargets): number {
  const markdown = [
    `# Wiring of the app (${stacks.length === 1 ? "stack" : "stacks"} ${stacks.map((s) => markdownCode(s.name)).join(", ")})`,
    "",
    `Generated by \`${COMMAND} diagram\` from the synthesized \`cdk.tf.json\` files.`,
    "Solid arrows are the paging path (monitor mentions, webhook posts, policy steps, schedule layers, team members);",
    "dotted arrows are ownership, reminders and other references.",
    "",
    "```mermaid",
    wiringDiagram(stacks).trimEnd(),
    "```",
    "",
  ].join("\n");
  if (targets.file === undefined) process.stdout.write(markdown);
  else print(process.stdout, `wrote ${shown(writeOutputs([{ target: targets.file, kind: WIRING_DIAGRAM, content: markdown }])[0])}\n`);
  return 0;
}

function preview(stacks: SynthesizedStack[]): number {
  const out = [
    "What iLert receives from each Datadog webhook of the app, for sample monitor events.",
    `Bodies are sent as compact JSON and shown indented. The preview ${PREVIEW_ESCAPING_ASSUMPTION}.`,
    "iLert does not document which transitions open and which resolve an alert; the plausible reading is that Recovered resolves the alert with the same alert_id and every other transition opens or updates one.",
  ];
  for (const stack of stacks) {
    for (const [name, webhook] of Object.entries(stack.config.resource?.datadog_webhook ?? {})) {
      out.push(
        "",
        `== stack ${shown(stack.name)}: datadog_webhook.${shown(name)}, @webhook-${shown(fromTerraformString(String(webhook.name)))}, posts to ${shown(String(webhook.url))}`,
      );
      if (typeof webhook.payload !== "string") {
        out.push("   (no payload: Datadog sends its own default body)");
        continue;
      }
      for (const event of [SampleEvent.triggered(), SampleEvent.recovered()]) {
        const body = renderPayload(fromTerraformString(webhook.payload), event);
        out.push("", `-- ${event.transition} (alert ${event.value("ALERT_ID")}, priority ${event.value("ALERT_PRIORITY")}):`);
        try {
          out.push(JSON.stringify(JSON.parse(body), null, 2));
        } catch (e) {
          out.push(body, `!! not valid JSON (${(e as Error).message}): iLert would reject this body`);
        }
      }
    }
  }
  print(process.stdout, `${out.join("\n")}\n`);
  return 0;
}

/** `stacks`: the names, for a CI matrix; the context key `stacks` is read from CDKTF_CONTEXT_JSON, as the app reads it. */
function listStacksOf(command: StacksCommand, stacks: SynthesizedStack[]): number {
  let context: Record<string, unknown> = {};
  try {
    context = JSON.parse(process.env.CDKTF_CONTEXT_JSON || "{}") ?? {};
  } catch (e) {
    throw new CommandError(`CDKTF_CONTEXT_JSON is not valid JSON: ${(e as Error).message}; fix it or unset it`);
  }
  const names = listStacks(stacks, {
    context: { node: { tryGetContext: (key: string) => context[key] } },
    env: process.env,
    base: command.changed === undefined ? undefined : readSynthesizedStacks(command.changed),
  });
  print(process.stdout, command.json ? `${JSON.stringify(names)}\n` : names.map((n) => `${n}\n`).join(""));
  return 0;
}

/** `sandbox`: starts the fakes (checked and seeded first), and stops them on Ctrl-C (SIGINT) or SIGTERM. */
async function sandbox(command: SandboxCommand, outdir: string, stacks: SynthesizedStack[], host: Host): Promise<number> {
  const fakes = (host.loadFakes ?? (() => loadCompanion(packageInfo().version)))();
  const running = await startSandbox(stacks, { ...command, outdir, cli: frameworkCli() }, fakes, (line) =>
    print(process.stdout, `${line}\n`),
  );
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    const onInt = () => stop("SIGINT");
    const onTerm = () => stop("SIGTERM");
    const stop = (received: NodeJS.Signals) => {
      process.off("SIGINT", onInt);
      process.off("SIGTERM", onTerm);
      resolve(received);
    };
    process.on("SIGINT", onInt);
    process.on("SIGTERM", onTerm);
  });
  await running.stop();
  print(process.stderr, `stopped (${signal}): the fakes and everything they held are gone\n`);
  return 0;
}

function importCommands(outdir: string, stacks: SynthesizedStack[]): number {
  const commands = terraformImportCommands(outdir);
  // Terraform 1.5+ imports what an import block names at the next plan/apply: a command would be redundant.
  for (const stack of stacks) {
    const count = (stack.config.import ?? []).length;
    if (count === 0) continue;
    print(
      process.stderr,
      `stack ${shown(stack.name)}: skipped ${count} object${count === 1 ? "" : "s"} adopted by import blocks, which \`${frameworkCli()} deploy\` imports (Terraform 1.5 or later): no terraform import needed\n`,
    );
  }
  if (commands.length === 0 && stacks.every((s) => (s.config.import ?? []).length === 0))
    process.stderr.write("nothing to adopt: no stack of the app adopts an existing object (adoptExisting)\n");
  for (const command of commands) print(process.stdout, `${shown(command)}\n`);
  return 0;
}
