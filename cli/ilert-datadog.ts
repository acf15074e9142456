#!/usr/bin/env node
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { App } from "cdktf";
import { createConfigApp } from "../app/config-app";
import { chooseConfigFile } from "../app/config-source";
import { isUnderCdktfCli, synthesize } from "../app/synth";
import {
  fromTerraformString,
  onCallCalendar,
  onCallIcs,
  onCallMarkdown,
  PREVIEW_ESCAPING_ASSUMPTION,
  readDeclaredOnCall,
  readSynthesizedStacks,
  renderPayload,
  SampleEvent,
  SynthesizedStack,
  terraformImportCommands,
  wiringDiagram,
} from "../tools";
import { AppCommand, COMMAND, Command, DiagramCommand, helpText, OnCallCommand, parseCommand, ReadOptions, UsageError } from "./args";
import { CDKTF, CDKTN, frameworkOf, initProject, PackageInfo } from "./init";

/**
 * The `ilert-datadog` command (package.json `bin`; in this repository `npm run oncall|diagram|preview|
 * import-commands`, and `npm run synth` through scripts/app.js): the command line is parsed and
 * checked whole (cli/args.ts) before anything is synthesized, read or written.
 */

// Run as the bin: from the event loop, not from inside the module loader's frames, since cdktf
// records the stack of every token it creates, so each frame costs time and memory (scripts/app.js).
if (require.main === module) setImmediate(() => (process.exitCode = main(process.argv.slice(2))));

/** What the caller adds: the repository's app (main.ts) with its built-in example, for `app`. */
export interface Host {
  /** Builds the app for `app` (default: the config app alone, which needs a config file; see createConfigApp). */
  readonly createApp?: (outdir: string | undefined, configFile: string | undefined) => App;
}

/** A failure with a message for the user (exit status 1), not a bug: no stack trace. */
export class CommandError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CommandError";
  }
}

/** Errors about the user's input (config file, construct props), reported without a stack trace. */
const USER_ERRORS = ["ConfigError", "ConfigSourceError", "StackSelectionError", "IlertDatadogValidationError", "CommandError", "InitError"];

/** Runs a command line (without `node` and the script) and returns the exit status. */
export function main(argv: readonly string[], host: Host = {}): number {
  let command: ReturnType<typeof parseCommand>;
  try {
    command = parseCommand(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    const more = e.subcommand === undefined ? `${COMMAND} --help` : `${COMMAND} ${e.subcommand} --help`;
    process.stderr.write(`${COMMAND}${e.subcommand === undefined ? "" : ` ${e.subcommand}`}: ${e.message}\n(${more} lists the options)\n`);
    return 2;
  }
  if (command.name === "help") {
    process.stdout.write(`${helpText(command.subcommand, frameworkCli())}\n`);
    return 0;
  }
  try {
    return run(command, host);
  } catch (e) {
    // A mistake in the user's input: the message says where and how to fix it; a trace would hide it.
    if (!USER_ERRORS.includes((e as Error)?.name)) throw e;
    process.stderr.write(`${COMMAND} ${command.name}: ${(e as Error).message}\n`);
    return 1;
  }
}

function run(command: Command, host: Host): number {
  switch (command.name) {
    case "init":
      return init();
    case "app":
      return app(command, host);
    default:
      return withStacks(command, (stacks, outdir) => {
        switch (command.name) {
          case "oncall":
            return oncall(command, stacks, outdir);
          case "diagram":
            return diagram(command, stacks, outdir);
          case "preview":
            return preview(stacks);
          case "import-commands":
            return importCommands(outdir);
        }
      });
  }
}

function init(): number {
  const dir = process.cwd();
  const pkg = packageInfo();
  const result = initProject(dir, pkg);
  for (const kept of result.kept) process.stderr.write(`kept package.json's ${kept}\n`);
  process.stdout.write(`wrote ${result.written.join(", ")}\nnext: npm install && npx ${frameworkOf(pkg.name).name} synth\n`);
  return 0;
}

/**
 * The package's own package.json: the nearest one up from this file named cdktf-ilert-datadog or
 * cdktn-ilert-datadog. Its name tells `init` which framework's project to write.
 */
export function packageInfo(from: string = __dirname): PackageInfo {
  const names = [CDKTF.packageName, CDKTN.packageName];
  for (let dir = from; ; dir = path.dirname(dir)) {
    const file = path.join(dir, "package.json");
    if (fs.existsSync(file)) {
      const pkg = JSON.parse(fs.readFileSync(file, "utf8"));
      if (names.includes(pkg.name)) return pkg;
    }
    if (path.dirname(dir) === dir) throw new Error(`no package.json of ${names.join(" or ")} above ${from}`);
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
    process.stderr.write(
      choice
        ? `config: ${path.relative(process.cwd(), choice.file)} (from ${choice.origin})\n`
        : host.createApp
          ? "config: none named; the built-in example\n"
          : "",
    );
  }
  // As the cdktf CLI does: error annotations do not stop the synth, so all of them are reported.
  process.env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS ??= "true";
  const report = synthesize((host.createApp ?? createConfigApp)(undefined, command.config), underCli);
  for (const line of report.lines) process.stdout.write(`${line}\n`);
  return report.failed ? 1 : 0;
}

/** The project's cdktf.json (in the working directory), if any. */
function cdktfJson(): { app?: unknown; output?: unknown } | undefined {
  const file = path.join(process.cwd(), "cdktf.json");
  if (!fs.existsSync(file)) return undefined;
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    throw new CommandError(`cdktf.json is not valid JSON: ${(e as Error).message}`);
  }
}

/** The project's output folder: cdktf.json's `output`, else cdktf.out. */
function projectOutdir(): string {
  const output = cdktfJson()?.output;
  return typeof output === "string" && output !== "" ? output : "cdktf.out";
}

/**
 * Reads the synthesized stacks (from `outdir`, or from a fresh synth of the project's app into a
 * temporary folder, removed afterwards) and runs `tool` on them. Nothing is deleted from the
 * project's own output folder.
 */
function withStacks(options: ReadOptions, tool: (stacks: SynthesizedStack[], outdir: string) => number): number {
  if (!options.synth) {
    const shown = path.relative(process.cwd(), path.resolve(options.outdir ?? projectOutdir())) || ".";
    if (!fs.existsSync(path.join(shown, "manifest.json"))) {
      throw new CommandError(
        `${shown} holds no synthesized app (no ${path.join(shown, "manifest.json")}); run \`npx ${frameworkCli()} synth\` first, or add --synth to synthesize the app of cdktf.json now`,
      );
    }
    return tool(readSynthesizedStacks(shown), shown);
  }
  const project = cdktfJson();
  if (typeof project?.app !== "string" || project.app.trim() === "") {
    throw new CommandError(
      `--synth runs the "app" command of cdktf.json, and ${project ? "cdktf.json has none" : `there is no cdktf.json in ${process.cwd()}`}; run it in your cdktf project's folder, or read an app synthesized before (without --synth)`,
    );
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ilert-datadog-synth-"));
  try {
    const env = {
      ...process.env,
      CDKTF_OUTDIR: tmp,
      ...(options.config === undefined ? {} : { ILERT_DATADOG_CONFIG: path.resolve(options.config) }),
    };
    // The app's report goes to stderr: stdout is the tool's output.
    const synth = spawnSync(project.app, { shell: true, cwd: process.cwd(), stdio: ["inherit", 2, "inherit"], env });
    if (synth.status !== 0) throw new CommandError(`the app (cdktf.json "app": ${JSON.stringify(project.app)}) failed; see above`);
    return tool(readSynthesizedStacks(tmp), projectOutdir());
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function write(file: string, content: string): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return path.relative(process.cwd(), file) || file;
}

function oncall(command: OnCallCommand, stacks: SynthesizedStack[], outdir: string): number {
  const calendar = onCallCalendar(readDeclaredOnCall(stacks), { from: command.from, days: command.days });
  if (command.format === "ics") {
    const dir = path.resolve(command.out ?? path.join(outdir, "oncall"));
    const stamp = new Date();
    for (const schedule of calendar.schedules) {
      if (schedule.error !== undefined) {
        process.stderr.write(`skipped ${schedule.schedule.name}: ${schedule.error}\n`);
        continue;
      }
      const file = write(path.join(dir, schedule.icsFile), onCallIcs(schedule, stamp));
      process.stdout.write(`${file}: ${schedule.shifts.length} shifts of ${schedule.schedule.name}\n`);
    }
    if (calendar.schedules.length === 0) process.stderr.write("no schedule: the app declares no on-call schedule\n");
    return 0;
  }
  const [file, content] =
    command.format === "json" ? ["oncall.json", `${JSON.stringify(calendar, null, 2)}\n`] : ["oncall.md", onCallMarkdown(calendar)];
  if (command.out === undefined) process.stdout.write(content);
  else process.stdout.write(`${write(path.resolve(command.out, file), content)}\n`);
  return 0;
}

function diagram(command: DiagramCommand, stacks: SynthesizedStack[], outdir: string): number {
  const markdown = [
    `# Wiring of the app (${stacks.length === 1 ? "stack" : "stacks"} ${stacks.map((s) => `\`${s.name}\``).join(", ")})`,
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
  if (command.out === "-") process.stdout.write(markdown);
  else process.stdout.write(`wrote ${write(path.resolve(command.out ?? path.join(outdir, "wiring.md")), markdown)}\n`);
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
        `== stack ${stack.name}: datadog_webhook.${name}, @webhook-${fromTerraformString(String(webhook.name))}, posts to ${webhook.url}`,
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
  process.stdout.write(`${out.join("\n")}\n`);
  return 0;
}

function importCommands(outdir: string): number {
  const commands = terraformImportCommands(outdir);
  if (commands.length === 0) process.stderr.write("nothing to adopt: no stack of the app adopts an existing object (adoptExisting)\n");
  for (const command of commands) process.stdout.write(`${command}\n`);
  return 0;
}
