import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { COMPANION, loadCompanion } from "../../../cli/sandbox/companion";

/** A project folder with the companion installed at `version` (a stand-in exporting a marker), or none. */
function project(version?: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "companion-"));
  if (version !== undefined) {
    const pkg = path.join(dir, "node_modules", COMPANION);
    fs.mkdirSync(pkg, { recursive: true });
    fs.writeFileSync(path.join(pkg, "package.json"), JSON.stringify({ name: COMPANION, version, main: "index.js" }));
    fs.writeFileSync(path.join(pkg, "index.js"), `exports.marker = ${JSON.stringify(dir)};`);
  }
  return dir;
}

const INSTALL =
  "npm install --save-dev ilert-datadog-sandbox@0.1.0 (until it is published: the ilert-datadog-sandbox-0.1.0.tgz that npm run pack:sandbox writes in a checkout of cdktf-ilert-datadog)";

describe("the companion package of the sandbox", () => {
  test("is loaded from the project when it is there at the main package's version", () => {
    const dir = project("0.1.0");
    expect(loadCompanion("0.1.0", [dir])).toEqual({ marker: dir });
  });

  test("missing: one line with the install command", () => {
    expect(() => loadCompanion("0.1.0", [project()])).toThrow(
      `the API fakes come in the companion package ilert-datadog-sandbox, which is not installed here: ${INSTALL}`,
    );
  });

  test("another version: one line with the install command of the right one", () => {
    expect(() => loadCompanion("0.1.0", [project("0.0.9")])).toThrow(
      `ilert-datadog-sandbox 0.0.9 is installed, and this command runs with ilert-datadog-sandbox 0.1.0: ${INSTALL}`,
    );
  });
});
