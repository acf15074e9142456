import * as fs from "fs";
import * as path from "path";
import { IlertProviderVersion } from "../../constructs/core/ilert-provider-version";
import { describeValue } from "../../constructs/core/shown-text";
import type { SynthesizedStack } from "../../tools/synthesized-stacks";
import { SandboxError } from "./sandbox-error";

/**
 * A Terraform filesystem mirror of the iLert and Datadog providers (`sandbox --mirror DIR`), for
 * deploying into the sandbox without registry access: which versions it holds for this machine, the
 * Terraform CLI config that installs them from it (and from nowhere else), and what a stack needs
 * changed to use them (the iLert version pin, cdktf's lock step).
 */

/** The providers a stack of this library requires, by their mirror folder (lower case, as `terraform init` looks them up). */
const PROVIDERS = [
  { key: "ilert", name: "iLert/ilert", folder: "registry.terraform.io/ilert/ilert" },
  { key: "datadog", name: "DataDog/datadog", folder: "registry.terraform.io/datadog/datadog" },
] as const;

/** The versions a mirror holds for this platform, by provider key. */
export interface MirrorVersions {
  readonly ilert: readonly string[];
  readonly datadog: readonly string[];
}

/** Terraform's name of a platform, e.g. `linux_amd64`. */
export function terraformPlatform(platform: string = process.platform, arch: string = process.arch): string {
  const os = platform === "win32" ? "windows" : platform;
  const cpu = ({ x64: "amd64", ia32: "386" } as Record<string, string>)[arch] ?? arch;
  return `${os}_${cpu}`;
}

/**
 * The provider versions `dir` holds for `platform`, in either layout Terraform reads: unpacked
 * (`<host>/<namespace>/<type>/<version>/<platform>/`) or packed
 * (`<host>/<namespace>/<type>/terraform-provider-<type>_<version>_<platform>.zip`). Throws a
 * SandboxError when `dir` is not a folder or holds no iLert or no Datadog provider for `platform`.
 */
export function readMirror(dir: string, platform: string = terraformPlatform()): MirrorVersions {
  const stat = fs.statSync(dir, { throwIfNoEntry: false });
  if (stat === undefined || !stat.isDirectory()) {
    throw new SandboxError(
      `--mirror ${describeValue(dir)}: ${stat === undefined ? "no such folder" : "not a folder"}: expected a Terraform filesystem mirror holding ${PROVIDERS.map((p) => p.folder).join(" and ")}; e.g. fill one with \`terraform providers mirror DIR\` in a stack's folder where the registry is reachable`,
    );
  }
  const versions = Object.fromEntries(PROVIDERS.map((p) => [p.key, versionsIn(path.join(dir, p.folder), p.key, platform)])) as Record<
    (typeof PROVIDERS)[number]["key"],
    string[]
  >;
  const missing = PROVIDERS.filter((p) => versions[p.key].length === 0);
  if (missing.length > 0) {
    throw new SandboxError(
      `--mirror ${describeValue(dir)}: holds no ${missing.map((p) => p.name).join(" and no ")} provider for ${platform} (looked in ${missing.map((p) => path.join(dir, p.folder)).join(", ")}): expected a Terraform filesystem mirror with both providers; fill it with \`terraform providers mirror DIR\` where the registry is reachable`,
    );
  }
  return versions;
}

function versionsIn(folder: string, type: string, platform: string): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
  const found = new Set<string>();
  const packed = new RegExp(`^terraform-provider-${type}_(.+)_${platform}\\.zip$`);
  for (const entry of entries) {
    if (entry.isDirectory() && fs.existsSync(path.join(folder, entry.name, platform))) found.add(entry.name);
    const zip = entry.isFile() ? packed.exec(entry.name) : null;
    if (zip) found.add(zip[1]);
  }
  return [...found].sort(compareVersions);
}

function compareVersions(a: string, b: string): number {
  const parts = (v: string) => v.split(/[.-]/).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] === y[i]) continue;
    if (x[i] === undefined) return -1;
    if (y[i] === undefined) return 1;
    return typeof x[i] === "number" && typeof y[i] === "number"
      ? (x[i] as number) - (y[i] as number)
      : String(x[i]).localeCompare(String(y[i]));
  }
  return 0;
}

/**
 * The Terraform CLI config that installs both providers from the mirror `dir` (an absolute path) and
 * never from the registry.
 */
export function mirrorCliConfig(dir: string): string {
  const include = PROVIDERS.map((p) => p.folder);
  return `# Written by ilert-datadog sandbox --mirror: the iLert and Datadog providers from a filesystem mirror, nothing from a registry.
provider_installation {
  filesystem_mirror {
    path    = ${JSON.stringify(dir)}
    include = ${JSON.stringify(include)}
  }
  direct { exclude = ["registry.terraform.io/*/*"] }
}
`;
}

/**
 * What to tell the user about the mirror and the stacks: the versions it holds, and for each provider
 * version a stack requires exactly that the mirror lacks, what to do (pin iLert with the context key;
 * put the Datadog version into the mirror). Always ends with how cdktf must deploy from a mirror.
 */
export function mirrorAdvice(versions: MirrorVersions, stacks: readonly SynthesizedStack[], cli: string): string[] {
  const lines = [`the mirror holds iLert ${versions.ilert.join(", ")} and Datadog ${versions.datadog.join(", ")}`];
  for (const provider of PROVIDERS) {
    const held = versions[provider.key];
    const needing = new Map<string, string[]>();
    for (const stack of stacks) {
      const required = (stack.config as { terraform?: { required_providers?: Record<string, { version?: unknown }> } }).terraform
        ?.required_providers?.[provider.key]?.version;
      const exact = typeof required === "string" ? /^\s*=?\s*(\d+\.\d+\.\d+\S*)\s*$/.exec(required)?.[1] : undefined;
      if (exact !== undefined && !held.includes(exact)) needing.set(exact, [...(needing.get(exact) ?? []), stack.name]);
    }
    for (const [version, names] of needing) {
      const who = `${names.length === 1 ? "stack" : "stacks"} ${names.join(", ")} ${names.length === 1 ? "requires" : "require"} ${provider.name} ${version}`;
      lines.push(
        provider.key === "ilert"
          ? `${who}, which the mirror lacks: pin the version it holds in cdktf.json, "context": { "${IlertProviderVersion.CONTEXT_KEY}": "${held[held.length - 1]}" }, then npx ${cli} synth again (features newer than it are refused at plan)`
          : `${who}, which the mirror lacks: put ${provider.name} ${version} into the mirror (terraform providers mirror, where the registry is reachable)`,
      );
    }
  }
  lines.push(
    `deploy with --skip-provider-lock (npx ${cli} deploy <stack> --auto-approve --skip-provider-lock): ${cli}'s lock step asks the registry whatever the CLI config says`,
  );
  return lines;
}
