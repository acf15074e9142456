import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import {
  describeFsError,
  JsonSyntaxError,
  kindOf,
  MAX_GENERATED_READ_BYTES,
  MAX_READ_BYTES,
  parseJson,
  ReadFileError,
  readJsonFile,
  readRegularFile,
} from "../../app/read-file";

// What a user names as a config file (or cdktf.json, or package.json for init) is read only if it is a
// regular file within the size limit; a named pipe or a device is refused at once, before any read.

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "read-file-"))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function refusal(file: string, limit?: number): { problem: string; code?: string } {
  try {
    readRegularFile(file, limit);
  } catch (e) {
    expect(e).toBeInstanceOf(ReadFileError);
    return { problem: (e as ReadFileError).problem, code: (e as ReadFileError).code };
  }
  throw new Error(`read ${file}`);
}

test("reads a regular file, and one through a symbolic link, as UTF-8", () => {
  fs.writeFileSync(path.join(dir, "teams.json"), '{"ä": 1}');
  fs.symlinkSync(path.join(dir, "teams.json"), path.join(dir, "link.json"));
  expect(readRegularFile(path.join(dir, "teams.json"))).toBe('{"ä": 1}');
  expect(readRegularFile(path.join(dir, "link.json"))).toBe('{"ä": 1}');
});

test("a named pipe is refused at once, without waiting for a writer", () => {
  const fifo = path.join(dir, "teams.json");
  execFileSync("mkfifo", [fifo]);
  const started = Date.now();
  expect(refusal(fifo)).toEqual({ problem: "a named pipe (FIFO), not a regular file", code: undefined });
  expect(Date.now() - started).toBeLessThan(1000);
});

test("a device (/dev/zero, which never ends) and a folder are refused", () => {
  expect(refusal("/dev/zero").problem).toBe("a character device, not a regular file");
  expect(refusal(dir).problem).toBe("a folder, not a regular file");
});

test("a file over the limit is refused by its size, before it is read; the limit is 10 MiB", () => {
  fs.writeFileSync(path.join(dir, "big.json"), "x".repeat(2049));
  expect(refusal(path.join(dir, "big.json"), 2048).problem).toBe("2049 bytes, more than the limit of 2048 bytes");
  expect(readRegularFile(path.join(dir, "big.json"), 2049)).toHaveLength(2049);
  expect(MAX_READ_BYTES).toBe(10 * 1024 * 1024);
  fs.truncateSync(path.join(dir, "big.json"), MAX_READ_BYTES + 1);
  expect(refusal(path.join(dir, "big.json")).problem).toBe("10485761 bytes, more than the limit of 10 MiB");
});

test("a missing file: the words and the code", () => {
  expect(refusal(path.join(dir, "missing.json"))).toEqual({ problem: "no such file or folder (ENOENT)", code: "ENOENT" });
  expect(refusal(path.join(dir, "x".repeat(300))).problem).toBe(
    "the name is too long for the file system (at most 255 bytes a name, 4096 a path) (ENAMETOOLONG)",
  );
});

test("kindOf and describeFsError name what they are given", () => {
  expect(kindOf(fs.lstatSync(dir))).toBe("a folder");
  expect(kindOf(fs.lstatSync("/dev/null"))).toBe("a character device");
  expect(describeFsError(Object.assign(new Error("boom"), { code: "EWHATEVER" }))).toBe("boom");
  expect(describeFsError(Object.assign(new Error("x"), { code: "EACCES" }))).toBe("permission denied (EACCES)");
});

test("readJsonFile: the JSON of a regular file; a syntax error by line and column, a refusal as readRegularFile's", () => {
  fs.writeFileSync(path.join(dir, "cdktf.json"), '{"app": "x"}');
  expect(readJsonFile(path.join(dir, "cdktf.json"))).toEqual({ app: "x" });
  fs.writeFileSync(path.join(dir, "broken.json"), '{\n  "app": "x",\n  output\n}');
  const error = (() => {
    try {
      return readJsonFile(path.join(dir, "broken.json"));
    } catch (e) {
      return e;
    }
  })();
  expect(error).toBeInstanceOf(JsonSyntaxError);
  expect(error).toBeInstanceOf(ReadFileError);
  expect((error as JsonSyntaxError).problem).toBe("not valid JSON at line 3, column 3: Expected double-quoted property name");
  expect(() => readJsonFile("/dev/zero")).toThrow("a character device, not a regular file");
  expect(() => parseJson("")).toThrow("not valid JSON at line 1, column 1: Unexpected end of JSON input");
});

test("files cdktf or the tools wrote are read up to 256 MiB (a stack of 7,000 teams is about 70 MB)", () => {
  expect(MAX_GENERATED_READ_BYTES).toBe(256 * 1024 * 1024);
  fs.writeFileSync(path.join(dir, "cdk.tf.json"), "x");
  fs.truncateSync(path.join(dir, "cdk.tf.json"), MAX_GENERATED_READ_BYTES + 1);
  expect(refusal(path.join(dir, "cdk.tf.json"), MAX_GENERATED_READ_BYTES).problem).toBe("268435457 bytes, more than the limit of 256 MiB");
});
