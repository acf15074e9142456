import * as fs from "fs";
import * as path from "path";
import { SandboxError } from "./sandbox-error";

/**
 * The API fakes the sandbox runs come in a companion package, `ilert-datadog-sandbox`, packed beside
 * this one from the end-to-end test's fakes (`__tests__/e2e/fakes`): they validate requests against
 * the Datadog API client's models (48.5 MiB installed) and JSON schemas (ajv), which no user of
 * the constructs needs. So the main package stays small, and whoever wants the sandbox installs the
 * companion as a dev dependency of their project. The companion does not depend on cdktf: the cdktf
 * and the cdktn package both run it.
 */

/** The companion package's name. */
export const COMPANION = "ilert-datadog-sandbox";

/** What the companion exports (its `main`; in this repository `__tests__/e2e/fakes/index.ts`). */
export interface SandboxFakes {
  /** Starts the iLert and the Datadog fake on 127.0.0.1 and ephemeral ports; `log` gets one line per request. */
  startFakes(seed: unknown, log: (line: string) => void): Promise<RunningFakes>;
  /** Checks a seed (the shape of `--seed FILE`); throws an Error whose message names `source` and the problem. */
  checkSeed(seed: unknown, source?: string): unknown;
}

/** Both fakes, running. */
export interface RunningFakes {
  readonly ilertServer: { readonly url: string };
  readonly datadogServer: { readonly url: string };
  /** The environment that points the providers at the fakes (endpoints and the credentials they accept). */
  readonly env: Readonly<Record<string, string>>;
  close(): Promise<void>;
}

/**
 * Loads the companion package as installed in the project (`from`: where to resolve it, the working
 * directory first), at exactly `version` (both packages are released together). Throws a
 * SandboxError with the install command when it is missing or another version.
 */
export function loadCompanion(version: string, from: readonly string[] = [process.cwd(), __dirname]): SandboxFakes {
  const install = `npm install --save-dev ${COMPANION}@${version} (until it is published: the ${COMPANION}-${version}.tgz that npm run pack:sandbox writes in a checkout of cdktf-ilert-datadog)`;
  let manifest: string;
  try {
    manifest = require.resolve(`${COMPANION}/package.json`, { paths: [...from] });
  } catch {
    throw new SandboxError(`the API fakes come in the companion package ${COMPANION}, which is not installed here: ${install}`);
  }
  const installed = (JSON.parse(fs.readFileSync(manifest, "utf8")) as { version?: unknown }).version;
  if (installed !== version) {
    throw new SandboxError(
      `${COMPANION} ${String(installed)} is installed, and this command runs with ${COMPANION} ${version}: ${install}`,
    );
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a package found at run time, in the user's project
  return require(path.dirname(manifest)) as SandboxFakes;
}
