import { App } from "cdktf";
import { escapeControls, shortText } from "../constructs/core/shown-text";
import { chooseConfigFile, ConfigSourceError, writeConfigReceipt } from "./config-source";
import { StackSelection, stackSelection } from "./stack-selection";

/**
 * The config-driven app: the stacks of the config file that {@link chooseConfigFile} picks
 * (a tool's ILERT_DATADOG_TOOL_CONFIG, confirmed by a receipt in the outdir; else `configFile`, else
 * ILERT_DATADOG_CONFIG, else the cdktf context key `config`, else cdktf.json's context key `config`), of those only the ones ILERT_DATADOG_STACKS or the context key `stacks`
 * name (app/stack-selection.ts). Without a config file: `example(app, selection)` declares the
 * app's own stacks (the repository's built-in example); without `example`, that is an error.
 * `createApp` (main.ts) and `ilert-datadog app` build their apps with it.
 */
export function createConfigApp(
  outdir: string | undefined,
  configFile: string | undefined,
  example?: (app: App, selection: StackSelection | undefined) => void,
): App {
  const app = new App({ outdir });
  const choice = chooseConfigFile({ argument: configFile });
  const selection = stackSelection(app);
  if (choice) {
    writeConfigReceipt(app.outdir, choice);
    const { buildFromConfig, loadConfig } = loadConfigModules();
    // The name as given, in one line whatever it holds (shown-text.ts).
    const shown = shortText(escapeControls(choice.name));
    buildFromConfig(app, loadConfig(choice.file, shown), shown, selection);
  } else if (example) {
    example(app, selection);
  } else {
    throw new ConfigSourceError(
      'no config file named: give one with --config teams.json, ILERT_DATADOG_CONFIG=teams.json, or "context": { "config": "teams.json" } in cdktf.json',
    );
  }
  return app;
}

/** The config-file code (and zod) is loaded only when a config is given: every synth pays for it otherwise. */
function loadConfigModules(): typeof import("./build") & typeof import("./config") {
  /* eslint-disable @typescript-eslint/no-require-imports -- a lazy load, kept synchronous for createApp */
  return { ...require("./build"), ...require("./config") };
  /* eslint-enable @typescript-eslint/no-require-imports */
}
