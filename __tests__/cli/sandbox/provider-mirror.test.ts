import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { mirrorAdvice, mirrorCliConfig, readMirror, terraformPlatform } from "../../../cli/sandbox/provider-mirror";
import type { SynthesizedStack } from "../../../tools";

/** A filesystem mirror with the given files (relative paths; folders end with /). */
function mirror(...entries: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mirror-"));
  for (const entry of entries) {
    const at = path.join(dir, entry);
    if (entry.endsWith("/")) fs.mkdirSync(at, { recursive: true });
    else {
      fs.mkdirSync(path.dirname(at), { recursive: true });
      fs.writeFileSync(at, "");
    }
  }
  return dir;
}

const ILERT = "registry.terraform.io/ilert/ilert";
const DATADOG = "registry.terraform.io/datadog/datadog";

function stack(name: string, ilert: string, datadog = "3.82.0"): SynthesizedStack {
  return {
    name,
    workingDirectory: `stacks/${name}`,
    config: { terraform: { required_providers: { ilert: { version: ilert }, datadog: { version: datadog } } } } as never,
  };
}

describe("the provider mirror of sandbox --mirror", () => {
  test("terraformPlatform names a platform as Terraform does", () => {
    expect(terraformPlatform("linux", "x64")).toBe("linux_amd64");
    expect(terraformPlatform("darwin", "arm64")).toBe("darwin_arm64");
    expect(terraformPlatform("win32", "ia32")).toBe("windows_386");
  });

  test("readMirror finds the versions of both layouts for this platform, sorted by number", () => {
    const dir = mirror(
      `${ILERT}/2.20.0/linux_amd64/terraform-provider-ilert_v2.20.0`,
      `${ILERT}/2.9.0/linux_amd64/`,
      `${ILERT}/2.25.0/darwin_arm64/`,
      `${ILERT}/terraform-provider-ilert_2.25.1_linux_amd64.zip`,
      `${DATADOG}/3.82.0/linux_amd64/`,
    );
    expect(readMirror(dir, "linux_amd64")).toEqual({ ilert: ["2.9.0", "2.20.0", "2.25.1"], datadog: ["3.82.0"] });
  });

  test("readMirror refuses what is no mirror of both providers, in one line each", () => {
    const missing = path.join(os.tmpdir(), "no-such-mirror-folder");
    expect(() => readMirror(missing)).toThrow(
      `--mirror "${missing}": no such folder: expected a Terraform filesystem mirror holding ${ILERT} and ${DATADOG}; e.g. fill one with \`terraform providers mirror DIR\` in a stack's folder where the registry is reachable`,
    );
    const file = path.join(mirror("file"), "file");
    expect(() => readMirror(file)).toThrow(`--mirror "${file}": not a folder: expected`);
    const onlyDatadog = mirror(`${DATADOG}/3.82.0/linux_amd64/`, `${ILERT}/2.20.0/darwin_arm64/`);
    expect(() => readMirror(onlyDatadog, "linux_amd64")).toThrow(
      `--mirror "${onlyDatadog}": holds no iLert/ilert provider for linux_amd64 (looked in ${path.join(onlyDatadog, ILERT)}): expected a Terraform filesystem mirror with both providers; fill it with \`terraform providers mirror DIR\` where the registry is reachable`,
    );
    expect(() => readMirror(mirror("x/"), "linux_amd64")).toThrow(/holds no iLert\/ilert and no DataDog\/datadog provider for linux_amd64/);
  });

  test("mirrorCliConfig installs both providers from the mirror, and nothing from a registry", () => {
    expect(mirrorCliConfig("/opt/tf mirror"))
      .toBe(`# Written by ilert-datadog sandbox --mirror: the iLert and Datadog providers from a filesystem mirror, nothing from a registry.
provider_installation {
  filesystem_mirror {
    path    = "/opt/tf mirror"
    include = ["${ILERT}","${DATADOG}"]
  }
  direct { exclude = ["registry.terraform.io/*/*"] }
}
`);
  });

  test("mirrorAdvice says what the mirror holds, how to pin the iLert version it has, and how to deploy", () => {
    expect(
      mirrorAdvice({ ilert: ["2.19.0", "2.20.0"], datadog: ["3.82.0"] }, [stack("prod", "2.25.0"), stack("staging", "= 2.25.0")], "cdktf"),
    ).toEqual([
      "the mirror holds iLert 2.19.0, 2.20.0 and Datadog 3.82.0",
      'stacks prod, staging require iLert/ilert 2.25.0, which the mirror lacks: pin the version it holds in cdktf.json, "context": { "ilertProviderVersion": "2.20.0" }, then npx cdktf synth again (features newer than it are refused at plan)',
      "deploy with --skip-provider-lock (npx cdktf deploy <stack> --auto-approve --skip-provider-lock): cdktf's lock step asks the registry whatever the CLI config says",
    ]);
    expect(mirrorAdvice({ ilert: ["2.20.0"], datadog: ["3.80.0"] }, [stack("prod", "2.20.0")], "cdktn")).toEqual([
      "the mirror holds iLert 2.20.0 and Datadog 3.80.0",
      "stack prod requires DataDog/datadog 3.82.0, which the mirror lacks: put DataDog/datadog 3.82.0 into the mirror (terraform providers mirror, where the registry is reachable)",
      "deploy with --skip-provider-lock (npx cdktn deploy <stack> --auto-approve --skip-provider-lock): cdktn's lock step asks the registry whatever the CLI config says",
    ]);
    // A range is Terraform's to match: nothing is said about it.
    expect(mirrorAdvice({ ilert: ["2.20.0"], datadog: ["3.82.0"] }, [stack("prod", ">= 2.20.0")], "cdktf")).toHaveLength(2);
  });
});
