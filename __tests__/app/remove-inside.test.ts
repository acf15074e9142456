import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { removeInside } from "../../app/remove-inside";

// The stale-output cleanup removes only inside the output folder: never by "..", never through a link.

let root: string;
let outdir: string;
let outside: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "remove-inside-"));
  outdir = path.join(root, "cdktf.out");
  outside = path.join(root, "elsewhere");
  fs.mkdirSync(path.join(outdir, "stacks", "prod"), { recursive: true });
  fs.mkdirSync(outside);
  fs.writeFileSync(path.join(outdir, "stacks", "prod", "cdk.tf.json"), "{}");
  fs.writeFileSync(path.join(outside, "cdk.tf.json"), "keep");
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

test("removes a file, or a folder with what it holds, inside the folder", () => {
  expect(removeInside(outdir, "stacks/prod/cdk.tf.json")).toBe("removed");
  expect(fs.existsSync(path.join(outdir, "stacks", "prod", "cdk.tf.json"))).toBe(false);
  expect(removeInside(outdir, "stacks/prod")).toBe("removed");
  expect(fs.readdirSync(path.join(outdir, "stacks"))).toEqual([]);
  expect(removeInside(outdir, "stacks/prod")).toBe("absent");
});

test('a trailing separator or a "." names the same file or folder', () => {
  expect(removeInside(outdir, "./stacks/prod/./cdk.tf.json/")).toBe("removed");
  expect(fs.readdirSync(path.join(outdir, "stacks", "prod"))).toEqual([]);
  expect(removeInside(outdir, "stacks/prod/")).toBe("removed");
  expect(fs.readdirSync(path.join(outdir, "stacks"))).toEqual([]);
});

test("leaves alone what a symbolic link on the way leads to", () => {
  fs.rmSync(path.join(outdir, "stacks", "prod"), { recursive: true });
  fs.symlinkSync(outside, path.join(outdir, "stacks", "prod"));
  expect(removeInside(outdir, "stacks/prod/cdk.tf.json")).toBe("outside");
  expect(fs.readFileSync(path.join(outside, "cdk.tf.json"), "utf8")).toBe("keep");
  // The link itself is inside: removed as a link, its target untouched.
  expect(removeInside(outdir, "stacks/prod")).toBe("removed");
  expect(fs.existsSync(path.join(outdir, "stacks", "prod"))).toBe(false);
  expect(fs.readdirSync(outside)).toEqual(["cdk.tf.json"]);
});

test("what another process removes between the check and the removal counts as removed, without an error", () => {
  // The same module object the source's namespace import reads through.
  const realFs: typeof fs = jest.requireActual("fs");
  const lstatSync = realFs.lstatSync;
  const target = path.join(outdir, "stacks", "prod", "cdk.tf.json");
  const spy = jest.spyOn(realFs, "lstatSync").mockImplementation(((p: string) => {
    const stat = lstatSync(p);
    if (p === target) realFs.unlinkSync(target);
    return stat;
  }) as typeof fs.lstatSync);
  try {
    expect(removeInside(outdir, "stacks/prod/cdk.tf.json")).toBe("removed");
    expect(fs.existsSync(target)).toBe(false);
  } finally {
    spy.mockRestore();
  }
});

test("a folder removed whole does not follow the links it holds", () => {
  fs.symlinkSync(outside, path.join(outdir, "stacks", "prod", "state"));
  expect(removeInside(outdir, "stacks/prod")).toBe("removed");
  expect(fs.readdirSync(outside)).toEqual(["cdk.tf.json"]);
});

test('"..", an absolute path (even one inside) or the folder itself are outside', () => {
  const absolute = [outside, path.join(outside, "cdk.tf.json"), path.join(outdir, "stacks")];
  for (const relative of ["../elsewhere/cdk.tf.json", "stacks/../../elsewhere", ...absolute, ".", "", "./", "stacks/.."]) {
    expect({ relative, removal: removeInside(outdir, relative) }).toEqual({ relative, removal: "outside" });
  }
  expect(fs.readdirSync(outside)).toEqual(["cdk.tf.json"]);
  expect(fs.readdirSync(path.join(outdir, "stacks", "prod"))).toEqual(["cdk.tf.json"]);
});
