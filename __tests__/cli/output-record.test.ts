import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { contentHash, OUTPUT_RECORD, outputRecords, recordedHashes, recordedState, recordProblem } from "../../cli/output-record";

// The record of what the tools wrote: a file is the tool's own while its content has the hash recorded beside it.

let dir: string;
beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "output-record-"))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
const at = (f: string) => path.join(dir, f);

test("contentHash is the SHA-256 of the UTF-8 content, in hex", () => {
  expect(contentHash("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  expect(contentHash(Buffer.from("abc"))).toBe(contentHash("abc"));
});

test("outputRecords: one record per folder, sorted by name, keeping what was recorded there before", () => {
  fs.mkdirSync(at("calendars"));
  fs.writeFileSync(at(path.join("calendars", OUTPUT_RECORD)), JSON.stringify({ files: { "z.ics": "11", "a.ics": "22" } }));
  expect(
    outputRecords([
      { file: at("calendars/b.ics"), content: "abc" },
      { file: at("wiring.md"), content: "" },
      { file: at("calendars/a.ics"), content: "abc" },
    ]),
  ).toEqual([
    {
      file: at(path.join("calendars", OUTPUT_RECORD)),
      content: `{\n  "files": {\n    "a.ics": "${contentHash("abc")}",\n    "b.ics": "${contentHash("abc")}",\n    "z.ics": "11"\n  }\n}\n`,
      replace: true,
    },
    { file: at(OUTPUT_RECORD), content: `{\n  "files": {\n    "wiring.md": "${contentHash("")}"\n  }\n}\n`, replace: false },
  ]);
});

test("recordedState: unrecorded, changed or unchanged; a record the tools did not write records nothing", () => {
  fs.writeFileSync(at("wiring.md"), "mine");
  expect(recordedState(at("wiring.md"))).toBe("unrecorded");
  fs.writeFileSync(at(OUTPUT_RECORD), JSON.stringify({ files: { "wiring.md": contentHash("theirs") } }));
  expect(recordedState(at("wiring.md"))).toBe("changed");
  fs.writeFileSync(at(OUTPUT_RECORD), JSON.stringify({ files: { "wiring.md": contentHash("mine") } }));
  expect(recordedState(at("wiring.md"))).toBe("unchanged");
  // An inherited name is no record ("constructor" is on every object's prototype).
  expect(recordedState(at("constructor"))).toBe("unrecorded");
  for (const other of ["[1]", '{"files": ["wiring.md"]}', '{"files": {"wiring.md": 1}}', "null", "not json"]) {
    fs.writeFileSync(at(OUTPUT_RECORD), other);
    expect({ other, hashes: recordedHashes(dir), state: recordedState(at("wiring.md")) }).toEqual({
      other,
      hashes: {},
      state: "unrecorded",
    });
  }
});

test("recordProblem: a folder or a named pipe at the record's name; nothing, a file or a link is fine", () => {
  expect(recordProblem(dir)).toBeUndefined();
  fs.writeFileSync(at("elsewhere.json"), "{}");
  fs.symlinkSync(at("elsewhere.json"), at(OUTPUT_RECORD));
  expect(recordProblem(dir)).toBeUndefined();
  fs.rmSync(at(OUTPUT_RECORD));
  fs.mkdirSync(at(OUTPUT_RECORD));
  expect(recordProblem(dir)).toBe("a folder");
  fs.rmSync(at(OUTPUT_RECORD), { recursive: true });
  execFileSync("mkfifo", [at(OUTPUT_RECORD)]);
  expect(recordProblem(dir)).toBe("a named pipe (FIFO)");
});
