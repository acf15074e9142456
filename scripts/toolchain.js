#!/usr/bin/env node
// `node scripts/toolchain.js <name> [<module path> args...]`: what a root `npm ci` leaves out, because
// only one build or test needs it, installs in a folder of its own (`npm run setup:<name>`, its own
// package.json and lock). This checks that <name>'s install is there, saying in one line how to make
// it when it is not, then runs `<module path>` (e.g. `typedoc/bin/typedoc`) from that install with the
// given arguments. Without a module path it only checks.
"use strict";
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const { scriptArgs } = require("./args");

const ROOT = path.resolve(__dirname, "..");
/** Each toolchain's folder, and what needs it. */
const TOOLCHAINS = {
  cdktn: { dir: "toolchains/cdktn", for: "the cdktn build and its tests" },
  e2e: { dir: "__tests__/e2e", for: "the end-to-end test's API fakes" },
  mutation: { dir: "toolchains/mutation", for: "mutation testing" },
  docs: { dir: "toolchains/docs", for: "the API reference" },
  node: { dir: "toolchains/node", for: "the tests on Node 22 and 24" },
  jsii: { dir: "toolchains/jsii", for: "the jsii build, the Python wheels and their API reference" },
};

/** The toolchain's node_modules, or a one-line reason why it cannot be used (`root`: the repository). */
function nodeModulesOf(name, root = ROOT) {
  const toolchain = TOOLCHAINS[name];
  if (toolchain === undefined) return { error: `unknown toolchain "${name}"; one of ${Object.keys(TOOLCHAINS).join(", ")}` };
  const dir = path.join(root, toolchain.dir);
  const { devDependencies = {} } = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
  const missing = Object.keys(devDependencies).filter((d) => !fs.existsSync(path.join(dir, "node_modules", d, "package.json")));
  if (missing.length > 0) {
    return {
      error: `${toolchain.for} needs the ${name} toolchain (${missing.join(", ")} missing in ${toolchain.dir}): run npm run setup:${name}`,
    };
  }
  return { nodeModules: path.join(dir, "node_modules") };
}

module.exports = { TOOLCHAINS, nodeModulesOf };

if (require.main === module) {
  // Its own arguments are the first two (the toolchain, the module); the rest are the tool's.
  const argv = process.argv.slice(2);
  const usage = "usage: node scripts/toolchain.js <name> [<module path> args...]";
  const [name, modulePath] = scriptArgs("scripts/toolchain.js", usage, { min: 1, max: 2 }, argv.slice(0, 2)).positionals;
  const args = argv.slice(2);
  const { nodeModules, error } = nodeModulesOf(name);
  if (error) {
    process.stderr.write(`${error}\n`);
    process.exit(1);
  }
  if (modulePath !== undefined) {
    const result = spawnSync(process.execPath, [path.join(nodeModules, modulePath), ...args], { stdio: "inherit", cwd: ROOT });
    process.exit(result.status ?? 1);
  }
}
