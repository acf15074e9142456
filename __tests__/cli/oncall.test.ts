import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { promisify } from "util";
import ICAL from "ical.js";

// `npm run oncall` end to end on the example app: synthesized once (the Markdown run), then read
// again as it is (--no-synth) for the iCalendar run.

const ROOT = path.resolve(__dirname, "../..");
const SCRIPT = path.join(ROOT, "scripts", "oncall.js");

async function oncall(...args: string[]): Promise<string> {
  const env = { ...process.env };
  delete env.ILERT_DATADOG_CONFIG; // the example app
  const { stdout } = await promisify(execFile)(process.execPath, [SCRIPT, ...args], { cwd: ROOT, env, maxBuffer: 16 * 1024 * 1024 });
  return stdout;
}

describe("npm run oncall on the example app", () => {
  let tmp: string;
  let markdown: string;
  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "oncall-"));
    markdown = await oncall("--from", "2026-03-23", "--days", "14", path.join(tmp, "out"));
  }, 120_000);
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test("the Markdown alternates alice and bob weekly, handing over on 30 March at 09:00 Berlin (07:00Z)", () => {
    const days = markdown.split("\n").filter((l) => /^\| \w{3} 2026-/.test(l));
    expect(days).toHaveLength(14);
    expect(days[0]).toBe("| Mon 2026-03-23 | alice@example.com 00:00–09:00, bob@example.com 09:00–24:00 |");
    expect(days.slice(1, 7)).toEqual(
      ["24", "25", "26", "27", "28", "29"].map(
        (d, i) => `| ${["Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][i]} 2026-03-${d} | bob@example.com |`,
      ),
    );
    expect(days[7]).toBe("| Mon 2026-03-30 | bob@example.com 00:00–09:00, alice@example.com 09:00–24:00 |");
    expect(days[13]).toBe("| Sun 2026-04-05 | alice@example.com |");
    expect(markdown).toContain(
      [
        "| 2026-03-23 09:00 | 2026-03-23 08:00Z | alice@example.com | bob@example.com |",
        "| 2026-03-30 09:00 | 2026-03-30 07:00Z | bob@example.com | alice@example.com |",
      ].join("\n"),
    );
    expect(markdown).toContain("| 2026-03-30 09:00 | 2026-03-30 07:00Z | alice@example.com |\n");
  });

  test("--format ics writes a calendar that ical.js reads back to the same shifts", async () => {
    const ics = path.join(tmp, "ics");
    const stdout = await oncall(
      "--no-synth",
      "--format",
      "ics",
      "--out",
      ics,
      "--from",
      "2026-03-23",
      "--days",
      "14",
      path.join(tmp, "out"),
    );
    const files = fs.readdirSync(ics);
    expect(files).toEqual(["payments-oncall-payments-weekly-rotation.ics"]);
    expect(stdout).toContain("3 shifts of Payments weekly rotation");
    const events = new ICAL.Component(ICAL.parse(fs.readFileSync(path.join(ics, files[0]), "utf8")))
      .getAllSubcomponents("vevent")
      .map((v) => new ICAL.Event(v))
      .map((e) => [e.summary, e.startDate.toJSDate().toISOString(), e.endDate.toJSDate().toISOString()]);
    expect(events).toEqual([
      ["On call: alice@example.com", "2026-03-22T23:00:00.000Z", "2026-03-23T08:00:00.000Z"],
      ["On call: bob@example.com", "2026-03-23T08:00:00.000Z", "2026-03-30T07:00:00.000Z"],
      ["On call: alice@example.com", "2026-03-30T07:00:00.000Z", "2026-04-05T22:00:00.000Z"],
    ]);
  });

  test.each([
    [["--format", "pdf"], '--format must be md, ics or json, not "pdf"'],
    [["--days", "two"], '--days must be a whole number, not "two"'],
    [["--from", "2026-02-30"], 'from: expected a date YYYY-MM-DD, got "2026-02-30"'],
    [["--colour"], "Unknown option '--colour'"],
  ])("%j exits 2 with the reason and the usage", async (args, reason) => {
    const run = oncall("--no-synth", ...args, path.join(tmp, "out"));
    await expect(run).rejects.toMatchObject({ code: 2, stderr: expect.stringMatching(/usage: npm run oncall/) });
    await expect(run).rejects.toMatchObject({ stderr: expect.stringContaining(reason) });
  });

  test("--help prints the usage", async () => {
    expect(await oncall("--help")).toMatch(/^usage: npm run oncall -- \[--from YYYY-MM-DD\]/);
  });
});
