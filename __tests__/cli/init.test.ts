import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { packageInfo } from "../../cli/ilert-datadog";
import { SUBCOMMAND_NAMES } from "../../cli/args";
import { ciWorkflow } from "../../cli/ci-workflow";
import {
  CDKTF,
  CDKTN,
  checkNodeVersion,
  DEV_DEPENDENCIES,
  devDependencies,
  frameworkOf,
  initProject,
  InitError,
  MAIN_TS,
  mainTs,
  projectFiles,
  TOOLS,
} from "../../cli/init";
import { fencedBlocks } from "../helpers/markdown";

// `ilert-datadog init` in-process; the same from the packed tarballs, followed by npm install and
// cdktf synth (cdktn synth): __tests__/package/package.test.ts (package-cdktn.test.ts).

const ROOT = path.resolve(__dirname, "../..");
const PKG = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
const CDKTN_PKG = JSON.parse(fs.readFileSync(path.join(ROOT, "packages/cdktn/package.json"), "utf8"));

let dir: string;
beforeEach(() => (dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "init-")), "Payments OnCall")));
beforeEach(() => fs.mkdirSync(dir));
afterEach(() => fs.rmSync(path.dirname(dir), { recursive: true, force: true }));

const read = (file: string) => fs.readFileSync(path.join(dir, file), "utf8");

test("writes package.json with the peers and pinned tools, cdktf.json, tsconfig.json, main.ts and .gitignore", () => {
  expect(initProject(dir, PKG, "id-1")).toEqual({
    written: ["package.json", "cdktf.json", "tsconfig.json", "main.ts", ".gitignore"],
    kept: [],
  });
  const manifest = JSON.parse(read("package.json"));
  expect(manifest.name).toBe("payments-oncall");
  expect(manifest.dependencies).toEqual({ "cdktf-ilert-datadog": `^${PKG.version}`, ...PKG.peerDependencies });
  expect(manifest.devDependencies).toEqual({ "cdktf-cli": "0.21.0", "ts-node": "10.9.2", typescript: "~5.9.3" });
  expect(DEV_DEPENDENCIES["cdktf-cli"]).toBe(PKG.devDependencies["cdktf-cli"]);
  expect(JSON.parse(read("cdktf.json"))).toMatchObject({
    language: "typescript",
    app: "npx ts-node --transpile-only main.ts",
    projectId: "id-1",
  });
  expect(read("main.ts")).toBe(MAIN_TS);
  expect(read(".gitignore")).toContain("cdktf.out/");
});

test("a kept value is shown as messages show values: cut short, control characters escaped", () => {
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ devDependencies: { typescript: `\u001b[2J${"7".repeat(100)}` } }));
  expect(initProject(dir, PKG).kept).toEqual([
    `devDependencies.typescript "\\u001b[2J${"7".repeat(56)}..." (104 characters) (init writes "~5.9.3")`,
  ]);
});

test("adds to a package.json that is there (npm install of the tarball), changing no value", () => {
  const tarball = {
    dependencies: { "cdktf-ilert-datadog": "file:../cdktf-ilert-datadog-0.1.0.tgz" },
    devDependencies: { typescript: "^7.0.0" },
  };
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify(tarball));
  expect(initProject(dir, PKG).kept).toEqual(['devDependencies.typescript "^7.0.0" (init writes "~5.9.3")']);
  const manifest = JSON.parse(read("package.json"));
  expect(manifest.dependencies).toEqual({ "cdktf-ilert-datadog": "file:../cdktf-ilert-datadog-0.1.0.tgz", ...PKG.peerDependencies });
  expect(manifest.devDependencies).toEqual({ "cdktf-cli": "0.21.0", "ts-node": "10.9.2", typescript: "^7.0.0" });
  expect(manifest.scripts.synth).toBe("cdktf synth");
});

test("overwrites nothing: an existing file stops it before anything is written", () => {
  fs.writeFileSync(path.join(dir, "main.ts"), "// mine\n");
  fs.writeFileSync(path.join(dir, "cdktf.json"), "{}");
  expect(() => initProject(dir, PKG)).toThrow(
    `cdktf.json, main.ts already exist in ${dir}; init overwrites nothing: run it in a new, empty folder (mkdir payments-oncall && cd payments-oncall), or move them away first`,
  );
  expect(fs.readdirSync(dir).sort()).toEqual(["cdktf.json", "main.ts"]);
  expect(read("main.ts")).toBe("// mine\n");
});

describe("writes only in its folder, and never half a project", () => {
  let outside: string;
  beforeEach(() => {
    outside = path.join(path.dirname(dir), "elsewhere");
    fs.mkdirSync(outside);
  });
  const written = () => fs.readdirSync(dir).sort();

  test("a package.json that is a symbolic link stops it: the file it points at is not written", () => {
    fs.writeFileSync(path.join(outside, "package.json"), '{"name":"theirs"}');
    fs.symlinkSync(path.join(outside, "package.json"), path.join(dir, "package.json"));
    expect(() => initProject(dir, PKG)).toThrow(
      `package.json in ${dir} is a symbolic link (to ${path.join(outside, "package.json")}); init writes only in ${dir}, never through a link: replace the link with a copy of the file, or remove it, then run init again`,
    );
    expect(fs.readFileSync(path.join(outside, "package.json"), "utf8")).toBe('{"name":"theirs"}');
    expect(written()).toEqual(["package.json"]);
  });

  test("a dangling package.json link stops it: its target is not created", () => {
    fs.symlinkSync(path.join(outside, "created.json"), path.join(dir, "package.json"));
    expect(() => initProject(dir, PKG)).toThrow(/^package.json in .* is a symbolic link \(to .*created\.json\); init writes only in /);
    expect(fs.readdirSync(outside)).toEqual([]);
  });

  test("a dangling main.ts link stops it before anything is written: one line, no EEXIST trace", () => {
    fs.symlinkSync(path.join(outside, "main.ts"), path.join(dir, "main.ts"));
    expect(() => initProject(dir, PKG)).toThrow(
      `main.ts (a symbolic link to ${path.join(outside, "main.ts")}) already exists in ${dir}; init overwrites nothing: run it in a new, empty folder (mkdir payments-oncall && cd payments-oncall), or move it away first`,
    );
    expect(written()).toEqual(["main.ts"]);
    expect(fs.readdirSync(outside)).toEqual([]);
  });

  test("a package.json that is a folder, a named pipe or not a JSON object stops it", () => {
    fs.mkdirSync(path.join(dir, "package.json"));
    expect(() => initProject(dir, PKG)).toThrow(
      `package.json in ${dir} is a folder, not a regular file; remove it or replace it with your package.json, then run init again`,
    );
    fs.rmdirSync(path.join(dir, "package.json"));
    require("child_process").execFileSync("mkfifo", [path.join(dir, "package.json")]);
    expect(() => initProject(dir, PKG)).toThrow(`package.json in ${dir} is a named pipe (FIFO), not a regular file;`);
    fs.rmSync(path.join(dir, "package.json"));
    fs.writeFileSync(path.join(dir, "package.json"), "[]");
    expect(() => initProject(dir, PKG)).toThrow(
      `package.json in ${dir} is not a JSON object (it holds a list); fix it or remove it, then run init again`,
    );
    expect(written()).toEqual(["package.json"]);
  });

  test("a hard-linked package.json is replaced, not written through: the other name keeps its content", () => {
    fs.writeFileSync(path.join(outside, "package.json"), "{}");
    fs.linkSync(path.join(outside, "package.json"), path.join(dir, "package.json"));
    initProject(dir, PKG);
    expect(fs.readFileSync(path.join(outside, "package.json"), "utf8")).toBe("{}");
    expect(JSON.parse(read("package.json")).scripts.synth).toBe("cdktf synth");
  });
});

test("the package README's Quick start shows the main.ts init writes", () => {
  const readme = fs.readFileSync(path.join(ROOT, "packages/cdktf/README.md"), "utf8");
  const quickStart = readme.slice(readme.indexOf("## Quick start"), readme.indexOf("\n## ", readme.indexOf("## Quick start") + 1));
  expect(
    fencedBlocks(quickStart)
      .find((b) => b.lang === "ts")
      ?.code.trimEnd(),
  ).toBe(MAIN_TS.trimEnd());
});

test("run from the cdktn package, writes a cdktn project: its peers, cdktn-cli, Node 22.19, main.ts importing cdktn", () => {
  expect(initProject(dir, CDKTN_PKG, "id-2", "22.19.0")).toEqual({
    written: ["package.json", "cdktf.json", "tsconfig.json", "main.ts", ".gitignore"],
    kept: [],
  });
  const manifest = JSON.parse(read("package.json"));
  expect(manifest.dependencies).toEqual({
    "cdktn-ilert-datadog": `^${CDKTN_PKG.version}`,
    cdktn: "^0.24.0",
    "@cdktn/provider-datadog": "^16.1.0",
    constructs: ">=10.6.0 <10.8.0",
  });
  expect(manifest.devDependencies).toEqual({ "cdktn-cli": "0.24.0", "ts-node": "10.9.2", typescript: "~5.9.3" });
  expect(manifest.engines).toEqual({ node: ">=22.19" });
  expect(manifest.scripts).toMatchObject({ synth: "cdktn synth", typecheck: "tsc", oncall: "ilert-datadog oncall" });
  // cdktn-cli reads cdktf.json (and writes cdktf.out) as cdktf-cli does: the files are cdktf's, but main.ts.
  const cdktf = projectFiles("id-2", CDKTF);
  for (const file of ["cdktf.json", "tsconfig.json", ".gitignore"]) expect({ file, text: read(file) }).toEqual({ file, text: cdktf[file] });
  expect(read("main.ts")).toBe(mainTs(CDKTN));
});

test("for cdktn, a Node.js older than 22.19 stops it first, saying what is needed and how to get it; nothing is written", () => {
  for (const old of ["20.20.2", "22.18.9", "18.0.0"]) {
    expect(() => initProject(dir, CDKTN_PKG, "id-3", old)).toThrow(
      new InitError(
        `cdktn-cli 0.24.0 needs Node.js 22.19 or later, and this is Node.js ${old}; install Node.js 22 (https://nodejs.org/, or \`nvm install 22\` with nvm), then run init again with it; nothing was written`,
      ),
    );
  }
  expect(fs.readdirSync(dir)).toEqual([]);
  for (const ok of ["22.19.0", "22.20.1", "24.0.0", "23.0.0"]) expect(() => checkNodeVersion(CDKTN, ok)).not.toThrow();
  // cdktf-cli starts on every Node the package supports.
  expect(() => checkNodeVersion(CDKTF, "20.9.0")).not.toThrow();
});

test("the project has a script for every tool of the command (the docs name npm run import-commands and the others)", () => {
  initProject(dir, PKG, "id-4");
  const { scripts } = JSON.parse(read("package.json"));
  expect(scripts).toEqual({
    synth: "cdktf synth",
    typecheck: "tsc",
    oncall: "ilert-datadog oncall",
    diagram: "ilert-datadog diagram",
    preview: "ilert-datadog preview",
    "import-commands": "ilert-datadog import-commands",
    stacks: "ilert-datadog stacks",
    sandbox: "ilert-datadog sandbox",
    "smoke-test": "ilert-datadog smoke-test",
  });
  // adopt writes a config before any app exists, so it is run with npx, not a project script.
  expect([...TOOLS]).toEqual(SUBCOMMAND_NAMES.filter((name) => !["init", "app", "adopt"].includes(name)));
});

test("the cdktn main.ts is the cdktf one with the framework's three modules renamed, nothing else", () => {
  const imports = (text: string) => [...text.matchAll(/from "([^"]+)"/g)].map(([, m]) => m);
  expect(imports(MAIN_TS)).toEqual(["cdktf", "@cdktf/provider-datadog/lib/monitor", "cdktf-ilert-datadog"]);
  expect(imports(mainTs(CDKTN))).toEqual(["cdktn", "@cdktn/provider-datadog/lib/monitor", "cdktn-ilert-datadog"]);
  expect(mainTs(CDKTN).replace(/from "[^"]+"/g, "")).toBe(MAIN_TS.replace(/from "[^"]+"/g, ""));
  expect(mainTs(CDKTN)).not.toMatch(/cdktf/);
  expect(mainTs(CDKTF)).toBe(MAIN_TS);
});

test("the framework follows the package's name; the pins match this repository's installs", () => {
  expect([frameworkOf(PKG.name), frameworkOf(CDKTN_PKG.name)]).toEqual([CDKTF, CDKTN]);
  expect(() => frameworkOf("some-other-package")).toThrow(
    "some-other-package: not a package of this library (cdktf-ilert-datadog, cdktn-ilert-datadog)",
  );
  expect(devDependencies(CDKTF)).toEqual(DEV_DEPENDENCIES);
  const cdktnToolchain = JSON.parse(fs.readFileSync(path.join(ROOT, "toolchains/cdktn/package.json"), "utf8"));
  expect(devDependencies(CDKTN)["cdktn-cli"]).toBe(cdktnToolchain.devDependencies["cdktn-cli"]);
  expect(Object.keys(CDKTN_PKG.peerDependencies).sort()).toEqual(["@cdktn/provider-datadog", "cdktn", "constructs"]);
});

test("the command reads its own package's manifest: cdktf-ilert-datadog here, cdktn-ilert-datadog in the cdktn build", () => {
  expect(packageInfo().name).toBe("cdktf-ilert-datadog");
  // The cdktn build sits in packages/cdktn/dist/lib/cli (npm run build:cdktn), under packages/cdktn/package.json.
  expect(packageInfo(path.join(ROOT, "packages/cdktn/dist/lib/cli")).name).toBe("cdktn-ilert-datadog");
  // A manifest of another package on the way up is passed over.
  const nested = path.join(dir, "node_modules", "x", "cli");
  fs.mkdirSync(nested, { recursive: true });
  fs.writeFileSync(path.join(dir, "node_modules", "x", "package.json"), JSON.stringify({ name: "x" }));
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "cdktn-ilert-datadog", version: "1.0.0", peerDependencies: {} }));
  expect(packageInfo(nested).name).toBe("cdktn-ilert-datadog");
});

describe("init --ci", () => {
  test("github: the project and its workflow in .github/workflows (the folders made)", () => {
    expect(initProject(dir, PKG, "id-3", undefined, "github")).toEqual({
      written: ["package.json", "cdktf.json", "tsconfig.json", "main.ts", ".gitignore", ".github/workflows/ilert-datadog.yml"],
      kept: [],
    });
    expect(read(".github/workflows/ilert-datadog.yml")).toBe(ciWorkflow("github", CDKTF));
  });

  test("gitlab: .gitlab-ci.yml; from the cdktn package, the cdktn workflow", () => {
    expect(initProject(dir, CDKTN_PKG, "id-4", "22.19.0", "gitlab").written).toContain(".gitlab-ci.yml");
    expect(read(".gitlab-ci.yml")).toBe(ciWorkflow("gitlab", CDKTN));
  });

  test("a workflow already there stops it, as any other file does; a failed write leaves no folder behind", () => {
    fs.mkdirSync(path.join(dir, ".github", "workflows"), { recursive: true });
    fs.writeFileSync(path.join(dir, ".github", "workflows", "ilert-datadog.yml"), "mine\n");
    expect(() => initProject(dir, PKG, "id-5", undefined, "github")).toThrow(
      `.github/workflows/ilert-datadog.yml already exists in ${dir}; init overwrites nothing: run it in a new, empty folder (mkdir payments-oncall && cd payments-oncall), or move it away first`,
    );
    // A project folder whose path leaves room for every file, but not for the workflow's temporary file
    // (the file system's 4,096 bytes): the write fails after .github was made, and nothing stays.
    const deep = path.join(path.dirname(dir), "deep");
    const long = deep + "/" + Array.from({ length: 20 }, (_, i) => `${i}`.padEnd(250, "x")).join("/");
    const project = long.slice(0, 4050).replace(/\/$/, "y");
    fs.mkdirSync(project, { recursive: true });
    expect(() => initProject(project, PKG, "id-6", undefined, "github")).toThrow(
      /^cannot write the project in .*: .*ENAMETOOLONG.*; nothing was written: run init again in a folder you can write to$/,
    );
    expect(fs.readdirSync(project)).toEqual([]);
  });
});
