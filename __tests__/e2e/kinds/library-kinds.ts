import * as fs from "fs";
import * as path from "path";

/**
 * The resource kinds and data sources the library can declare or read, derived from its own imports
 * of the generated iLert bindings (`.gen/providers/ilert/<module>`) and of `@cdktf/provider-datadog/lib/<module>`
 * in constructs/, app/, cli/ and tools/: one kind per imported module, its Terraform type read from the
 * module's `tfResourceType`. The provider modules are configuration, not kinds. The re-export of every
 * binding as `ilert` (constructs/index.ts, the escape hatch) declares nothing itself and is not counted.
 */

const ROOT = path.resolve(__dirname, "../../..");
const SOURCE_DIRS = ["constructs", "app", "cli", "tools"];
const BINDING_IMPORT = /from\s+"(?:[./]*\.gen\/providers\/(ilert)|@cdktf\/provider-(datadog)\/lib)\/([a-z0-9-]+)"/g;

/** A kind the library declares or reads. */
export interface LibraryKind {
  /** `resource ilert_user`, `data ilert_user`: how the e2e names it. */
  readonly name: string;
  readonly provider: "ilert" | "datadog";
  readonly mode: "resource" | "data";
  /** The Terraform type, e.g. `ilert_user`. */
  readonly type: string;
  /** The source files that import it, relative to the repository. */
  readonly importedBy: readonly string[];
}

/** The name the e2e gives a kind: `resource <type>` or `data <type>`. */
export function kindName(mode: "resource" | "data", type: string): string {
  return `${mode} ${type}`;
}

/** The library's kinds, sorted by name. */
export function libraryKinds(): LibraryKind[] {
  const importers = new Map<string, { provider: "ilert" | "datadog"; module: string; files: Set<string> }>();
  for (const file of SOURCE_DIRS.flatMap((dir) => tsFiles(dir))) {
    const text = fs.readFileSync(path.join(ROOT, file), "utf8");
    for (const match of text.matchAll(BINDING_IMPORT)) {
      const provider = (match[1] ?? match[2]) as "ilert" | "datadog";
      const module = match[3];
      if (module === "provider") continue;
      const key = `${provider}/${module}`;
      const entry = importers.get(key) ?? { provider, module, files: new Set<string>() };
      entry.files.add(file);
      importers.set(key, entry);
    }
  }
  return [...importers.values()]
    .map(({ provider, module, files }) => {
      const { mode, type } = bindingKind(provider, module);
      return { name: kindName(mode, type), provider, mode, type, importedBy: [...files].sort() };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The Terraform type and mode of a binding module, read from its source (nothing is loaded). */
function bindingKind(provider: "ilert" | "datadog", module: string): { mode: "resource" | "data"; type: string } {
  const file =
    provider === "ilert"
      ? path.join(ROOT, ".gen/providers/ilert", module, "index.ts")
      : require.resolve(`@cdktf/provider-datadog/lib/${module}/index.js`, { paths: [ROOT] });
  const text = fs.readFileSync(file, "utf8");
  const type = /tfResourceType = "([a-z0-9_]+)"/.exec(text)?.[1];
  if (type === undefined) throw new Error(`${file} declares no tfResourceType: not a resource or data source binding`);
  return { mode: /extends cdktf\.TerraformDataSource\b/.test(text) ? "data" : "resource", type };
}

function tsFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    if (e.isDirectory()) return tsFiles(file);
    return e.name.endsWith(".ts") && !e.name.endsWith(".d.ts") ? [file.split(path.sep).join("/")] : [];
  });
}
