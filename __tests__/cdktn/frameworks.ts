import * as fs from "fs";
import * as path from "path";
import type * as Cdktf from "cdktf";
import type { Monitor } from "@cdktf/provider-datadog/lib/monitor";
import type * as Library from "../../constructs";

const ROOT = path.resolve(__dirname, "../..");

/** One build of the library with the framework it is built for. */
export interface Framework {
  readonly name: "cdktf" | "cdktn";
  /** `cdktf`, or `cdktn` (the same API under another name, so typed as cdktf). */
  readonly core: typeof Cdktf;
  /** The package root: the TypeScript source, or the cdktn build of it. */
  readonly lib: typeof Library;
  readonly Monitor: typeof Monitor;
  /** The Datadog provider version its prebuilt bindings wrap. */
  readonly datadogVersion: string;
}

export function cdktfFramework(): Framework {
  return {
    name: "cdktf",
    core: require("cdktf"),
    lib: require("../../constructs"),
    Monitor: require("@cdktf/provider-datadog/lib/monitor").Monitor,
    datadogVersion: "3.82.0",
  };
}

/**
 * Builds the cdktn build of the library and the example app (tsconfig.build.json; JavaScript only:
 * the package test type-checks the library's build) into a fresh folder under dist/, where `cdktn`
 * resolves from this repository's node_modules, and loads the library from it. Returns the framework,
 * the folder, and a function that removes it.
 */
export function cdktnFramework(): { framework: Framework; outDir: string; remove: () => void } {
  const { buildCdktn } = require("../../scripts/cdktn/build");
  fs.mkdirSync(path.join(ROOT, "dist"), { recursive: true });
  const outDir = fs.mkdtempSync(path.join(ROOT, "dist", "cdktn-test-"));
  const diagnostics = buildCdktn(outDir, { typeCheck: false, project: "tsconfig.build.json" });
  if (diagnostics.length) throw new Error(`cdktn build failed: ${diagnostics.map((d: any) => d.messageText).join("\n")}`);
  return {
    framework: {
      name: "cdktn",
      core: require("cdktn"),
      lib: require(path.join(outDir, "constructs")),
      Monitor: require("@cdktn/provider-datadog/lib/monitor").Monitor,
      datadogVersion: "4.19.0",
    },
    outDir,
    remove: () => fs.rmSync(outDir, { recursive: true, force: true }),
  };
}
