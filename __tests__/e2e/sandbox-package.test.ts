import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { exec, NPM_ENV, packSandbox, Packed, ROOT } from "../package/packing";

// The companion package ilert-datadog-sandbox (scripts/sandbox-package.js, `npm run pack:sandbox`):
// packed from the fakes of this folder, installed offline into a throwaway project with its two
// dependencies linked from the e2e install, loaded by the main package's loader, and run. Here rather
// than in `npm test`: packing it needs the e2e install. (The package README's "Try it locally", which installs
// both tarballs into an init project and deploys into the sandbox, is a scenario of the e2e run.)

const E2E_DEPENDENCIES = JSON.parse(fs.readFileSync(path.join(__dirname, "package.json"), "utf8")).devDependencies as Record<
  string,
  string
>;
const VERSION = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).version as string;

let tmp: string;
let packed: Packed;
let project: string;
beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "sandbox-package-"));
  packed = await packSandbox(tmp);
  project = path.join(tmp, "project");
  fs.mkdirSync(project);
  const dependencies = {
    "ilert-datadog-sandbox": `file:${packed.filename}`,
    ...Object.fromEntries(Object.keys(E2E_DEPENDENCIES).map((d) => [d, `file:${path.join(__dirname, "node_modules", d)}`])),
  };
  fs.writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: "payments-oncall", private: true, dependencies }));
  await exec("npm", ["install", "--offline", "--no-package-lock", "--ignore-scripts", "--no-audit", "--no-fund"], project);
}, 240_000);
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("the companion package ilert-datadog-sandbox", () => {
  test("holds the fakes' JavaScript and declarations, no test, its README and LICENSE", () => {
    const others = packed.files.filter((f) => !/^lib\/.+\.(js|d\.ts)$/.test(f));
    expect(others).toEqual(["LICENSE", "README.md", "package.json"]);
    const lib = packed.files.filter((f) => f.startsWith("lib/"));
    expect(lib.filter((f) => /test|coverage|start\./.test(f))).toEqual([]);
    expect(lib).toEqual(expect.arrayContaining(["lib/index.js", "lib/index.d.ts", "lib/ilert/alerts.js", "lib/datadog/datadog-fake.js"]));
    expect(fs.readFileSync(path.join(project, "node_modules/ilert-datadog-sandbox/LICENSE"), "utf8")).toBe(
      fs.readFileSync(path.join(ROOT, "LICENSE"), "utf8"),
    );
  });

  test("its manifest: the main package's version, and exactly the fakes' dependencies", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(project, "node_modules/ilert-datadog-sandbox/package.json"), "utf8"));
    expect(Object.fromEntries(Object.entries(manifest).filter(([k]) => !k.startsWith("_")))).toEqual({
      name: "ilert-datadog-sandbox",
      version: VERSION,
      description: expect.stringContaining("ilert-datadog sandbox"),
      license: "MPL-2.0",
      engines: JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).engines,
      main: "lib/index.js",
      types: "lib/index.d.ts",
      exports: { ".": { types: "./lib/index.d.ts", default: "./lib/index.js" }, "./package.json": "./package.json" },
      files: ["lib/**/*.js", "lib/**/*.d.ts"],
      dependencies: E2E_DEPENDENCIES,
    });
  });

  test("the main package's loader finds it in the project, and its fakes answer as the e2e's do", async () => {
    const script = `
      const { loadCompanion } = require(${JSON.stringify(path.join(ROOT, "cli/sandbox/companion.ts"))});
      (async () => {
        const fakes = loadCompanion(${JSON.stringify(VERSION)}, [process.cwd()]);
        const running = await fakes.startFakes(fakes.checkSeed({ users: [{ id: 5, email: "lead@example.com" }], teams: [] }), () => {});
        const found = await fetch(running.env.ILERT_ENDPOINT + "/api/users/search-email", {
          method: "POST",
          headers: { authorization: "Bearer " + running.env.ILERT_API_TOKEN, "content-type": "application/json" },
          body: JSON.stringify({ email: "lead@example.com" }),
        });
        const alerts = await fetch(running.env.ILERT_ENDPOINT + "/api/alerts", { headers: { authorization: "Bearer " + running.env.ILERT_API_TOKEN } });
        const validate = await fetch(running.env.DD_HOST + "/api/v1/validate", { headers: { "dd-api-key": running.env.DD_API_KEY } });
        console.log(JSON.stringify({ user: (await found.json()).id, alerts: await alerts.json(), valid: await validate.json(), env: Object.keys(running.env) }));
        await running.close();
      })();`;
    // The loader's TypeScript through ts-node, with the repository's compiler options.
    const env = { ...NPM_ENV, TS_NODE_PROJECT: path.join(ROOT, "tsconfig.json") };
    const out = JSON.parse(
      await exec(process.execPath, ["-r", require.resolve("ts-node/register/transpile-only"), "-e", script], project, env),
    );
    expect(out).toEqual({
      user: 5,
      alerts: [],
      valid: { valid: true },
      env: ["ILERT_ENDPOINT", "ILERT_API_TOKEN", "DD_HOST", "DD_API_KEY", "DD_APP_KEY", "DD_HTTP_CLIENT_RETRY_ENABLED"],
    });
  }, 60_000);
});
