// The repository scripts' one argument parser: Node's `util.parseArgs`, as the `ilert-datadog` command
// parses its own (cli/args.ts), so every script refuses what it does not take, in one line that names
// the argument and what is accepted, followed by the script's usage, with exit status 2.
"use strict";
const { parseArgs } = require("util");

/** A command line the script cannot run: the message says what to change. */
class ScriptUsageError extends Error {
  constructor(message) {
    super(message);
    this.name = "ScriptUsageError";
  }
}

/** util.parseArgs's errors, reworded as the CLI words them: the argument, what is wrong, what is accepted. */
function reworded(error, options) {
  const listed = Object.keys(options).map((o) => `--${o}`);
  const accepted = listed.length === 0 ? "it takes no options" : `expected one of ${listed.join(", ")}`;
  const argument = /'(-[^' ]*)/.exec(error.message)?.[1] ?? "";
  switch (error.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `${argument}: unknown option; ${accepted}`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return options[argument.replace(/^-+/, "")]?.type === "boolean"
        ? `${argument}: takes no value; give ${argument} alone`
        : `${argument}: missing value; give one, e.g. ${argument} <value>`;
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `${JSON.stringify(/'([^']*)'/.exec(error.message)?.[1] ?? "")}: unexpected argument`;
    default:
      return error.message;
  }
}

/**
 * `argv` parsed against `options` (util.parseArgs's, strict) with between `min` and `max` positional
 * arguments (default none): `{ values, positionals }`. Throws a {@link ScriptUsageError}.
 */
function parseScriptArgs(argv, { options = {}, min = 0, max = 0 } = {}) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: max > 0, strict: true });
  } catch (e) {
    if (typeof e.code === "string" && e.code.startsWith("ERR_PARSE_ARGS_")) throw new ScriptUsageError(reworded(e, options));
    throw e;
  }
  const { positionals } = parsed;
  if (positionals.length > max) throw new ScriptUsageError(`${JSON.stringify(positionals[max])}: unexpected argument`);
  if (positionals.length < min) throw new ScriptUsageError(`missing argument${min - positionals.length > 1 ? "s" : ""}`);
  return { values: parsed.values, positionals };
}

/** Prints `script: message` and the usage to stderr and exits with status 2. */
function exitWithUsage(script, usage, message) {
  process.stderr.write(`${script}: ${message}\n${usage}\n`);
  process.exit(2);
}

/**
 * {@link parseScriptArgs} for a script's `main`: a usage error is printed (`script: message`, then
 * `usage`) and exits with status 2; `--help` (when `options` has `help`) prints the usage and exits 0.
 */
function scriptArgs(script, usage, config, argv = process.argv.slice(2)) {
  try {
    const parsed = parseScriptArgs(argv, config);
    if (parsed.values.help === true) {
      process.stdout.write(`${usage}\n`);
      process.exit(0);
    }
    return parsed;
  } catch (e) {
    if (e instanceof ScriptUsageError) exitWithUsage(script, usage, e.message);
    throw e;
  }
}

module.exports = { ScriptUsageError, parseScriptArgs, scriptArgs, exitWithUsage };
