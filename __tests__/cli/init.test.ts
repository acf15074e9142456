import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { DEV_DEPENDENCIES, initProject, MAIN_TS } from "../../cli/init";
import { fencedBlocks } from "../helpers/markdown";

// `ilert-datadog init` in-process; the same from the packed tarball, followed by npm install and
// cdktf synth: __tests__/package/package.test.ts.

const ROOT = path.resolve(__dirname, "../..");
const PKG = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));

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

test("the README's Quick start shows the main.ts init writes", () => {
  const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
  const quickStart = readme.slice(readme.indexOf("## Quick start"), readme.indexOf("\n## ", readme.indexOf("## Quick start") + 1));
  expect(
    fencedBlocks(quickStart)
      .find((b) => b.lang === "ts")
      ?.code.trimEnd(),
  ).toBe(MAIN_TS.trimEnd());
});
