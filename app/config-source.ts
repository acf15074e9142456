import * as fs from "fs";
import * as path from "path";

/**
 * Which config file the app builds, decided in one place for every command (`npm run synth`,
 * `npx cdktf synth`, `npm run diagram`, `npm run preview`, `createApp()`). See docs/config-app.md.
 */

/** A config file name that cannot be used (not a string, or in a file that is not JSON). */
export class ConfigSourceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigSourceError";
  }
}

/** Where the config file's name came from, in order of precedence. */
export type ConfigOrigin = "argument" | "ILERT_DATADOG_CONFIG" | "cdktf context" | "cdktf.json";

/** The config file the app builds, and where its name came from. */
export interface ConfigChoice {
  /** Absolute path of the config file. */
  readonly file: string;
  /** Where the name came from. */
  readonly origin: ConfigOrigin;
}

/** What the choice is made from. */
export interface ConfigSources {
  /** A file named by the caller (`createApp(outdir, file)`, `npm run synth -- --config file`). @default - none */
  readonly argument?: string;
  /** The environment, for ILERT_DATADOG_CONFIG and CDKTF_CONTEXT_JSON. @default process.env */
  readonly env?: NodeJS.ProcessEnv;
  /** The folder of cdktf.json (the project). @default process.cwd() */
  readonly projectDir?: string;
}

/**
 * The config file to build, or `undefined` for the built-in example. First of:
 * 1. the argument;
 * 2. the ILERT_DATADOG_CONFIG environment variable;
 * 3. the context key `config` of CDKTF_CONTEXT_JSON (cdktf-cli 0.21 fills it from cdktf.json's
 *    `context`; its `synth` has no `-c` option);
 * 4. the context key `config` of cdktf.json, for runs outside the cdktf CLI.
 * Names from 1 and 2 are relative to the working directory, names from 3 and 4 to the project.
 */
export function chooseConfigFile(sources: ConfigSources = {}): ConfigChoice | undefined {
  const env = sources.env ?? process.env;
  const projectDir = sources.projectDir ?? process.cwd();
  const candidates: [ConfigOrigin, unknown, string][] = [
    ["argument", sources.argument, process.cwd()],
    ["ILERT_DATADOG_CONFIG", env.ILERT_DATADOG_CONFIG, process.cwd()],
    ["cdktf context", contextOf(env.CDKTF_CONTEXT_JSON, "CDKTF_CONTEXT_JSON"), projectDir],
    ["cdktf.json", contextOf(readIfExists(path.join(projectDir, "cdktf.json")), "cdktf.json", "context"), projectDir],
  ];
  for (const [origin, name, base] of candidates) {
    if (name === undefined || name === "") continue;
    if (typeof name !== "string")
      throw new ConfigSourceError(`${origin}: the config file name must be a string, not ${JSON.stringify(name)}`);
    return { file: path.resolve(base, name), origin };
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
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8") : undefined;
}
