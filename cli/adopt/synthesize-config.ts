import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { App } from "cdktf";
import { buildFromConfig } from "../../app/build";
import { parseConfig } from "../../app/config";
import { readSynthesizedStacks, SynthesizedStack } from "../../tools";

/** A config synthesized in this process: its stacks, and the error annotations of the library's checks. */
export interface SynthesizedConfig {
  readonly stacks: readonly SynthesizedStack[];
  /** `ERROR [path]: message` for each error annotation (e.g. two webhooks of one name). */
  readonly errors: readonly string[];
}

/** The environment variables that would change what this synth writes, set for the duration of one. */
const SYNTH_ENV: Readonly<Record<string, string | undefined>> = {
  // As `cdktf synth`: error annotations are reported, not thrown at the first.
  CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS: "true",
  SYNTH_HCL_OUTPUT: undefined,
  CDKTF_TARGET_STACK_ID: undefined,
};

/**
 * Synthesizes `config` (the JSON adopt is about to write, named `file` in messages) as `ilert-datadog
 * app` would, every stack, into a temporary folder that is removed again, and reads the result.
 * Validation is skipped: cdktf would run `terraform version` for the import blocks, and adopt needs
 * no Terraform. Throws the config app's ConfigError for what the schema or the constructs refuse.
 */
export function synthesizeConfig(config: unknown, file: string): SynthesizedConfig {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "ilert-datadog-adopt-"));
  const saved = Object.fromEntries(Object.keys(SYNTH_ENV).map((name) => [name, process.env[name]]));
  try {
    for (const [name, value] of Object.entries(SYNTH_ENV)) setEnv(name, value);
    const app = new App({ outdir, skipValidation: true });
    buildFromConfig(app, parseConfig(config, file), file);
    app.synth();
    const manifest = JSON.parse(fs.readFileSync(path.join(outdir, "manifest.json"), "utf8")) as {
      stacks: Record<string, { annotations?: { constructPath: string; level: string; message: string }[] }>;
    };
    const errors = Object.values(manifest.stacks)
      .flatMap((s) => s.annotations ?? [])
      .filter((a) => a.level === "@cdktf/error")
      .map((a) => `ERROR [${a.constructPath}]: ${a.message}`);
    return { stacks: readSynthesizedStacks(outdir), errors };
  } finally {
    for (const [name, value] of Object.entries(saved)) setEnv(name, value);
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

function setEnv(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}
