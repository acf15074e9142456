import * as fs from "fs";
import * as path from "path";
import { describeValue, escapeControls } from "../constructs/core/shown-text";
import { MAX_READ_BYTES, ReadFileError, readRegularFile } from "./read-file";
import { UserError } from "../constructs/core/private/user-error";

/**
 * Which config file the app builds, decided in one place for every command (`npm run synth`,
 * `npx cdktf synth`, `npm run diagram`, `npm run preview`, `createApp()`). See docs/config-app.md.
 */

/** A config file name that cannot be used (not a string, or in a file that is not JSON). */
export class ConfigSourceError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = "ConfigSourceError";
  }
}

/**
 * The environment variable by which `ilert-datadog oncall|diagram|preview --config FILE` tells the app
 * it synthesizes which file to build: it ranks above every other source, the app's own `--config`
 * included, and the app confirms it with a {@link CONFIG_RECEIPT}.
 */
export const TOOL_CONFIG_ENV = "ILERT_DATADOG_TOOL_CONFIG";

/**
 * The file the app writes into its output folder when it builds the config file a tool asked for
 * ({@link TOOL_CONFIG_ENV}): `{ "file": "<absolute path>" }`. A tool finds none when the app does not
 * build config files (an app of its own code), and then refuses rather than show that app's output.
 */
export const CONFIG_RECEIPT = "ilert-datadog-config.json";

/** What a config file must be (app/read-file.ts), and the fix, for the messages that refuse one. */
export const CONFIG_FILE_ACCEPTED = `expected a regular JSON file of at most ${MAX_READ_BYTES / (1024 * 1024)} MiB; give the path of your config file, e.g. teams.json`;

/**
 * Why the config file `file` cannot be read, for a message that starts with its name: that it does not
 * exist, by its absolute path (a relative name is resolved against a folder the user may not expect),
 * or what else is wrong with it. A line feed in the path is written `\u000a`: the message stays one line.
 */
export function unreadableConfigFile(file: string, e: ReadFileError): string {
  return e.code === "ENOENT"
    ? `the config file does not exist (${escapeControls(path.resolve(file))}); give the path of your config file, e.g. teams.json`
    : `cannot read it: ${e.problem}: ${CONFIG_FILE_ACCEPTED}`;
}

/** Where the config file's name came from, in order of precedence. */
export type ConfigOrigin = typeof TOOL_CONFIG_ENV | "argument" | "ILERT_DATADOG_CONFIG" | "cdktf context" | "cdktf.json";

/** The config file the app builds, and where its name came from. */
export interface ConfigChoice {
  /** Absolute path of the config file. */
  readonly file: string;
  /**
   * The name as given (`teams.json`, `/dev/zero`), which messages show; for a tool's --config
   * (absolute in ILERT_DATADOG_TOOL_CONFIG) relative to the working directory when inside it.
   */
  readonly name: string;
  /** Where the name came from. */
  readonly origin: ConfigOrigin;
}

/** What the choice is made from. */
export interface ConfigSources {
  /** A file named by the caller (`createApp(outdir, file)`, `npm run synth -- --config file`). @default - none: ILERT_DATADOG_CONFIG, then the context key `config`, then the built-in example */
  readonly argument?: string;
  /** The environment, for ILERT_DATADOG_CONFIG and CDKTF_CONTEXT_JSON. @default process.env */
  readonly env?: NodeJS.ProcessEnv;
  /** The folder of cdktf.json (the project). @default process.cwd() */
  readonly projectDir?: string;
}

/**
 * The config file to build, or `undefined` for the built-in example. First of:
 * 0. ILERT_DATADOG_TOOL_CONFIG, set only by the tools' `--config` ({@link TOOL_CONFIG_ENV});
 * 1. the argument;
 * 2. the ILERT_DATADOG_CONFIG environment variable;
 * 3. the context key `config` of CDKTF_CONTEXT_JSON (cdktf-cli 0.21 fills it from cdktf.json's
 *    `context`; its `synth` has no `-c` option);
 * 4. the context key `config` of cdktf.json, for runs outside the cdktf CLI.
 * Names from 0 to 2 are relative to the working directory, names from 3 and 4 to the project.
 */
export function chooseConfigFile(sources: ConfigSources = {}): ConfigChoice | undefined {
  const env = sources.env ?? process.env;
  const projectDir = sources.projectDir ?? process.cwd();
  const candidates: [ConfigOrigin, unknown, string][] = [
    [TOOL_CONFIG_ENV, env[TOOL_CONFIG_ENV], process.cwd()],
    ["argument", sources.argument, process.cwd()],
    ["ILERT_DATADOG_CONFIG", env.ILERT_DATADOG_CONFIG, process.cwd()],
    ["cdktf context", contextOf(env.CDKTF_CONTEXT_JSON, "CDKTF_CONTEXT_JSON"), projectDir],
    ["cdktf.json", contextOf(readIfExists(path.join(projectDir, "cdktf.json")), "cdktf.json", "context"), projectDir],
  ];
  for (const [origin, name, base] of candidates) {
    if (name === undefined || name === "") continue;
    if (typeof name !== "string")
      throw new ConfigSourceError(`${origin}: the config file name must be a string, not ${describeValue(name)}`);
    const file = path.resolve(base, name);
    // A tool passes the absolute path of the name the user gave it, relative to the same folder.
    const inside = path.relative(process.cwd(), file);
    const given = origin === TOOL_CONFIG_ENV && !inside.startsWith("..") && !path.isAbsolute(inside) ? inside : name;
    return { file, name: given, origin };
  }
  return undefined;
}

/** The `config` key of a JSON object (or of its `under` member), if any. */
function contextOf(json: string | undefined, what: string, under?: string): unknown {
  if (json === undefined || json === "") return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (e) {
    throw new ConfigSourceError(`${what} is not valid JSON: ${(e as Error).message}`);
  }
  const context = under === undefined ? parsed : (parsed as Record<string, unknown> | null)?.[under];
  return typeof context === "object" && context !== null ? (context as Record<string, unknown>).config : undefined;
}

function readIfExists(file: string): string | undefined {
  try {
    return readRegularFile(file);
  } catch (e) {
    if (!(e instanceof ReadFileError)) throw e;
    if (e.code === "ENOENT") return undefined;
    throw new ConfigSourceError(`${file}: cannot read it: ${e.problem}; cdktf.json must be a regular JSON file`);
  }
}

/** Records in `outdir` that the app builds `choice`, when a tool asked for it (see {@link CONFIG_RECEIPT}). */
export function writeConfigReceipt(outdir: string, choice: ConfigChoice): void {
  if (choice.origin !== TOOL_CONFIG_ENV) return;
  fs.mkdirSync(outdir, { recursive: true });
  fs.writeFileSync(path.join(outdir, CONFIG_RECEIPT), `${JSON.stringify({ file: choice.file })}\n`);
}

/** The config file an app synthesized into `outdir` says it built for a tool, if it says so. */
export function readConfigReceipt(outdir: string): string | undefined {
  try {
    const file: unknown = JSON.parse(readRegularFile(path.join(outdir, CONFIG_RECEIPT))).file;
    return typeof file === "string" ? file : undefined;
  } catch {
    return undefined; // none, or not one the app wrote: nothing is confirmed
  }
}
