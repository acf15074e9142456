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
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  jest.restoreAllMocks();
});

function refusal(file: string, limit?: number): { problem: string; code?: string } {
  try {
    readRegularFile(file, limit);
  } catch (e) {
    expect(e).toBeInstanceOf(ReadFileError);
    expect((e as ReadFileError).name).toBe("ReadFileError");
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

/** Stats of which only `is<kind>()` is true (none for `undefined`): the kinds a test cannot make (a block device needs root). */
function statsOf(kind?: string): fs.Stats {
  const is = (k: string) => () => k === kind;
  const kinds = ["Directory", "FIFO", "CharacterDevice", "BlockDevice", "Socket", "SymbolicLink"];
  return Object.fromEntries(kinds.map((k) => [`is${k}`, is(k)])) as unknown as fs.Stats;
}

test.each([
  ["Directory", "a folder"],
  ["FIFO", "a named pipe (FIFO)"],
  ["CharacterDevice", "a character device"],
  ["BlockDevice", "a block device"],
  ["Socket", "a socket"],
  ["SymbolicLink", "a symbolic link"],
  [undefined, "a file"],
])("kindOf: is%s is %s", (kind, words) => {
  expect(kindOf(statsOf(kind))).toBe(words);
});

test.each([
  ["ENOENT", "no such file or folder (ENOENT)"],
  ["EACCES", "permission denied (EACCES)"],
  ["EPERM", "operation not permitted (EPERM)"],
  ["EISDIR", "a folder (EISDIR)"],
  ["ENOTDIR", "a part of the path is a file, not a folder (ENOTDIR)"],
  ["ENAMETOOLONG", "the name is too long for the file system (at most 255 bytes a name, 4096 a path) (ENAMETOOLONG)"],
  ["ELOOP", "too many symbolic links (a loop?) (ELOOP)"],
  ["EROFS", "a read-only file system (EROFS)"],
  ["ENOSPC", "no space left on the device (ENOSPC)"],
  ["EEXIST", "it exists already (EEXIST)"],
  ["ENXIO", "no such device, or a socket (ENXIO)"],
])("describeFsError: %s is %j", (code, words) => {
  expect(describeFsError(Object.assign(new Error("the message of node"), { code }))).toBe(words);
});

test("describeFsError: what is not an Error, as a string", () => {
  expect(describeFsError(null)).toBe("null");
  expect(describeFsError(undefined)).toBe("undefined");
  expect(describeFsError("boom")).toBe("boom");
});

test("a file whose size the file system does not know (/proc: 0) is read to its end", () => {
  expect(fs.statSync("/proc/self/status").size).toBe(0);
  const status = readRegularFile("/proc/self/status");
  expect(status).toMatch(/^Name:\t/);
  expect(status).toContain(`\nPid:\t${process.pid}\n`);
});

test("the file is closed after reading it and after refusing it", () => {
  const openFiles = () => fs.readdirSync("/proc/self/fd").length;
  fs.writeFileSync(path.join(dir, "teams.json"), "{}");
  const before = openFiles();
  readRegularFile(path.join(dir, "teams.json"));
  refusal(path.join(dir, "teams.json"), 1);
  refusal(dir);
  expect(openFiles()).toBe(before);
});

describe("a file that grows while it is read", () => {
  // The fs module itself, which the source calls through (the test's `import * as fs` is a namespace wrapper).
  const realFs: typeof fs = jest.requireActual("fs");
  const readSync = realFs.readSync;

  /** Reads `file` (of `size` bytes), appending `growth` bytes after the first read; the lengths each read asked for and got. */
  function readGrowing(size: number, growth: number, limit: number): { result: string; asked: number[]; got: number[] } {
    const file = path.join(dir, "growing.json");
    fs.writeFileSync(file, "a".repeat(size));
    const asked: number[] = [];
    const got: number[] = [];
    jest.spyOn(realFs, "readSync").mockImplementation(((fd: number, buffer: Buffer, offset: number, length: number, position: null) => {
      const n = readSync(fd, buffer, offset, length, position);
      if (asked.length === 0) fs.appendFileSync(file, "b".repeat(growth));
      asked.push(length);
      got.push(n);
      return n;
    }) as typeof fs.readSync);
    try {
      return { result: readRegularFile(file, limit), asked, got };
    } catch (e) {
      return { result: (e as ReadFileError).problem, asked, got };
    }
  }

  test("it is read to its end: the size fstat gave in one read, then 64 KiB at a time", () => {
    const { result, asked, got } = readGrowing(100_000, 150_000, MAX_READ_BYTES);
    expect(result).toBe("a".repeat(100_000) + "b".repeat(150_000));
    expect(asked).toEqual([100_000, 65_536, 65_536, 65_536, 65_536]);
    expect(got).toEqual([100_000, 65_536, 65_536, 18_928, 0]);
  });

  test("it is read up to one byte past the limit, and refused", () => {
    const { result, asked, got } = readGrowing(10, 100_000, 1000);
    expect(result).toBe("more than the limit of 1000 bytes");
    expect(asked).toEqual([1001, 991]);
    expect(got).toEqual([10, 991]);
  });
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

/** The problem parseJson finds in `text`. */
function jsonProblem(text: string): string {
  try {
    parseJson(text);
  } catch (e) {
    expect(e).toBeInstanceOf(JsonSyntaxError);
    expect((e as JsonSyntaxError).name).toBe("JsonSyntaxError");
    return (e as JsonSyntaxError).problem;
  }
  throw new Error(`parsed ${text}`);
}

test.each([
  ["01", "not valid JSON at line 1, column 2: Unexpected number"],
  ['{\n  "teams": [\n    "a",\n    "b"\n    "c"\n  ]\n}', "not valid JSON at line 5, column 5: Expected ',' or ']' after array element"],
  ["environments:\n  - key: prod\n", "not valid JSON at line 1, column 1: Unexpected token 'e'"],
  ["[1,\n]", "not valid JSON at line 2, column 1: Unexpected token ']'"],
  ['{"a": 1}\n\n  x', "not valid JSON at line 3, column 3: Unexpected non-whitespace character after JSON"],
  ['["a",\n "b\u0001"]', "not valid JSON at line 2, column 4: Bad control character in string literal"],
])("parseJson(%j): %s", (text, problem) => {
  expect(jsonProblem(text)).toBe(problem);
});

test.each([
  [`{"a": 1}${"\n".repeat(11)}${" ".repeat(10)}x`, "Unexpected non-whitespace character after JSON", " at position 29 (line 12 column 11)"],
  [
    `{"a": 1${"\n".repeat(11)}${" ".repeat(10)}x}`,
    "Expected ',' or '}' after property value",
    " in JSON at position 28 (line 12 column 11)",
  ],
])("parseJson(%j): the position, and the line and column Node 22 and 24 add, are left out of %j", (text, what, where) => {
  jest.spyOn(JSON, "parse").mockImplementationOnce(() => {
    throw new SyntaxError(what + where);
  });
  expect(jsonProblem(text)).toBe(`not valid JSON at line 12, column 11: ${what}`);
});

test("files cdktf or the tools wrote are read up to 256 MiB (a stack of 7,000 teams is about 70 MB)", () => {
  expect(MAX_GENERATED_READ_BYTES).toBe(256 * 1024 * 1024);
  fs.writeFileSync(path.join(dir, "cdk.tf.json"), "x");
  fs.truncateSync(path.join(dir, "cdk.tf.json"), MAX_GENERATED_READ_BYTES + 1);
  expect(refusal(path.join(dir, "cdk.tf.json"), MAX_GENERATED_READ_BYTES).problem).toBe("268435457 bytes, more than the limit of 256 MiB");
});
