import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const { nodeModulesOf, TOOLCHAINS } = require("../../scripts/toolchain.js");

describe("scripts/toolchain.js", () => {
  let root: string;
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "toolchain-"));
    fs.mkdirSync(path.join(root, "toolchains/docs/node_modules/typedoc"), { recursive: true });
    const manifest = { devDependencies: { typedoc: "0.28.20", "typedoc-plugin-markdown": "4.14.1" } };
    fs.writeFileSync(path.join(root, "toolchains/docs/package.json"), JSON.stringify(manifest));
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  test("names what is missing and the setup command, in one line", () => {
    fs.writeFileSync(path.join(root, "toolchains/docs/node_modules/typedoc/package.json"), "{}");
    expect(nodeModulesOf("docs", root)).toEqual({
      error: "the API reference needs the docs toolchain (typedoc-plugin-markdown missing in toolchains/docs): run npm run setup:docs",
    });
    expect(nodeModulesOf("nope", root)).toEqual({ error: 'unknown toolchain "nope"; one of cdktn, e2e, mutation, docs, node, jsii' });
  });

  test("gives the node_modules of an installed toolchain", () => {
    fs.mkdirSync(path.join(root, "toolchains/docs/node_modules/typedoc-plugin-markdown"), { recursive: true });
    fs.writeFileSync(path.join(root, "toolchains/docs/node_modules/typedoc-plugin-markdown/package.json"), "{}");
    expect(nodeModulesOf("docs", root)).toEqual({ nodeModules: path.join(root, "toolchains/docs/node_modules") });
  });

  test("every toolchain has a setup script and a package.json of its own", () => {
    const scripts = JSON.parse(fs.readFileSync(path.join(__dirname, "../../package.json"), "utf8")).scripts;
    for (const [name, { dir }] of Object.entries<{ dir: string }>(TOOLCHAINS)) {
      expect(scripts[`setup:${name}`]).toBe(`npm ci --prefix ${dir} --no-audit --no-fund`);
      expect(JSON.parse(fs.readFileSync(path.join(__dirname, "../..", dir, "package.json"), "utf8")).private).toBe(true);
    }
  });
});
