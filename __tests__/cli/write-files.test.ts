import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { writeFiles } from "../../cli/write-files";

// Files are written whole, all or none: through a temporary file and a rename (or a link, for a new file).

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "write-files-"))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const at = (f: string) => path.join(dir, f);

test("writes new files and replaces the ones to replace, leaving no temporary file", () => {
  fs.writeFileSync(at("package.json"), "old");
  writeFiles([
    { file: at("package.json"), content: "new", replace: true },
    { file: at("main.ts"), content: "main", replace: false },
  ]);
  expect(fs.readdirSync(dir).sort()).toEqual(["main.ts", "package.json"]);
  expect([fs.readFileSync(at("package.json"), "utf8"), fs.readFileSync(at("main.ts"), "utf8")]).toEqual(["new", "main"]);
});

test("a replaced symbolic link is replaced by the file: what it points at is not written", () => {
  fs.writeFileSync(at("target.json"), "theirs");
  fs.symlinkSync(at("target.json"), at("package.json"));
  writeFiles([{ file: at("package.json"), content: "mine", replace: true }]);
  expect(fs.readFileSync(at("target.json"), "utf8")).toBe("theirs");
  expect(fs.lstatSync(at("package.json")).isSymbolicLink()).toBe(false);
});

test("a new file whose name is taken (even by a dangling link) fails with EEXIST, and the files placed before it are removed", () => {
  fs.symlinkSync(at("nowhere.ts"), at("main.ts"));
  expect(() =>
    writeFiles([
      { file: at("cdktf.json"), content: "{}", replace: false },
      { file: at("main.ts"), content: "main", replace: false },
      { file: at("tsconfig.json"), content: "{}", replace: false },
    ]),
  ).toThrow(expect.objectContaining({ code: "EEXIST" }));
  expect(fs.readdirSync(dir)).toEqual(["main.ts"]);
  expect(fs.existsSync(at("nowhere.ts"))).toBe(false);
});

test("a file that cannot be staged (its folder is missing) fails before any file is placed", () => {
  fs.writeFileSync(at("package.json"), "old");
  expect(() =>
    writeFiles([
      { file: at("package.json"), content: "new", replace: true },
      { file: at("missing/main.ts"), content: "main", replace: false },
    ]),
  ).toThrow(expect.objectContaining({ code: "ENOENT" }));
  expect(fs.readdirSync(dir)).toEqual(["package.json"]);
  expect(fs.readFileSync(at("package.json"), "utf8")).toBe("old");
});
