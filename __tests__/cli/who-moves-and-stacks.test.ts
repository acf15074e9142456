import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

// `ilert-datadog oncall --diff` and `ilert-datadog stacks` end to end through the repository's
// launcher, on config apps synthesized by the app command: a base (alice, bob and carol take weekly
// turns; a second team pages its lead) and two changes that add dave, one naively, one with
// keepOnCall at Wednesday 11 March, in alice's turn.

const ROOT = path.resolve(__dirname, "../..");
const LAUNCHER = path.join(ROOT, "scripts", "ilert-datadog.js");

const payments = {
  key: "payments",
  schedule: {
    timezone: "Europe/Berlin",
    rotation: "weekly",
    start: "2026-01-05T09:00",
    users: ["alice@example.com", "bob@example.com", "carol@example.com"],
  },
  escalation: { rules: [{ notify: { schedule: true }, escalateAfterMin: 15 }] },
};
const base = {
  stackPer: "team",
  environments: [{ key: "prod" }],
  teams: [payments, { key: "search", escalation: { rules: [{ notify: { user: "lead@example.com" }, escalateAfterMin: 15 }] } }],
};
const withDave = (keepOnCall?: object) => ({
  ...base,
  teams: [
    { ...payments, schedule: { ...payments.schedule, users: [...payments.schedule.users, "dave@example.com"], keepOnCall } },
    base.teams[1],
  ],
});

function env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const { ILERT_DATADOG_CONFIG: _c, ILERT_DATADOG_STACKS: _s, CDKTF_OUTDIR: _o, CDKTF_CONTEXT_JSON: _x, ...rest } = process.env;
  return { ...rest, ...extra };
}

const run = (cwd: string, args: string[], extra: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, [LAUNCHER, ...args], { cwd, env: env(extra), encoding: "utf8" });

const WINDOW = ["--from", "2026-03-10", "--days", "27"];

describe("oncall --diff and stacks", () => {
  let tmp: string;
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "who-moves-"));
    for (const [name, config] of Object.entries({
      base,
      naive: withDave(),
      kept: withDave({ at: "2026-03-11T12:00", previousUsers: payments.schedule.users }),
    })) {
      fs.writeFileSync(path.join(tmp, `${name}.json`), JSON.stringify(config));
      const synth = spawnSync(process.execPath, [path.join(ROOT, "scripts", "app.js"), "--config", `${name}.json`], {
        cwd: tmp,
        env: env({ CDKTF_OUTDIR: path.join(tmp, name) }),
        encoding: "utf8",
      });
      expect(synth.status).toBe(0);
    }
  }, 180_000);
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test("dave added naively: alice's, bob's and carol's turns move at once, in the schedule and in the policy that pages it", () => {
    const result = run(tmp, ["oncall", "--diff", "base", ...WINDOW, "naive"]);
    expect(result).toMatchObject({ status: 0, stderr: "" });
    const rows = [
      "| 2026-03-10 00:00 | 2026-03-09 23:00Z | 2026-03-16 09:00 | 2026-03-16 08:00Z | alice\\@example.com | bob\\@example.com |",
      "| 2026-03-16 09:00 | 2026-03-16 08:00Z | 2026-03-23 09:00 | 2026-03-23 08:00Z | bob\\@example.com | carol\\@example.com |",
      "| 2026-03-23 09:00 | 2026-03-23 08:00Z | 2026-03-30 09:00 | 2026-03-30 07:00Z | carol\\@example.com | dave\\@example.com |",
    ];
    expect(result.stdout).toMatch(/^## Who moves: 27 days from 2026-03-10\n/);
    expect(result.stdout).toContain(
      "1 of 1 schedule and 1 of 2 escalation policies change who is on call or paged first; 0 added, 0 removed.",
    );
    expect(result.stdout).toContain(
      [
        "| From (Europe/Berlin) | From (UTC) | Until (Europe/Berlin) | Until (UTC) | On call before | On call after |",
        "| --- | --- | --- | --- | --- | --- |",
        ...rows,
      ].join("\n"),
    );
    expect(result.stdout).toContain(
      [
        "| From (Europe/Berlin) | From (UTC) | Until (Europe/Berlin) | Until (UTC) | Paged first before | Paged first after |",
        "| --- | --- | --- | --- | --- | --- |",
        ...rows,
      ].join("\n"),
    );
  }, 60_000);

  test("dave added with keepOnCall: alice keeps her turn, bob and carol theirs, dave takes the turn of 30 March", () => {
    const result = run(tmp, ["oncall", "--diff", "base", ...WINDOW, "kept"]);
    expect(result.status).toBe(0);
    const moved = result.stdout.split("\n").filter((l) => /^\| 2026-/.test(l));
    expect(moved).toEqual([
      "| 2026-03-30 09:00 | 2026-03-30 07:00Z | 2026-04-06 00:00 | 2026-04-05 22:00Z | alice\\@example.com | dave\\@example.com |",
      "| 2026-03-30 09:00 | 2026-03-30 07:00Z | 2026-04-06 00:00 | 2026-04-05 22:00Z | alice\\@example.com | dave\\@example.com |",
    ]);
    // docs/on-call-calendar.md shows this output, up to its "...".
    const doc = fs.readFileSync(path.join(ROOT, "docs", "on-call-calendar.md"), "utf8");
    const shown = /^```markdown\n(## Who moves: [\s\S]*?)\.\.\.\n```$/m.exec(doc)![1];
    expect(result.stdout.startsWith(shown)).toBe(true);
    // The same as JSON, for scripts.
    const json = JSON.parse(run(tmp, ["oncall", "--diff", "base", "--format", "json", ...WINDOW, "kept"]).stdout);
    expect(json.compared).toEqual({ window: { from: "2026-03-10", days: 27 }, schedules: 1, policies: 2 });
    expect(json.schedules.map((s: { name: string; moves: unknown }) => [s.name, s.moves])).toEqual([
      [
        "payments on-call (prod)",
        [{ start: "2026-03-30T07:00:00.000Z", end: "2026-04-05T22:00:00.000Z", before: "alice@example.com", after: "dave@example.com" }],
      ],
    ]);
    expect(json.added).toEqual({ schedules: [], policies: [] });
  }, 60_000);

  test("the calendar of the change shows it too: alice until 16 March, then bob, carol, dave", () => {
    const result = run(tmp, ["oncall", "--from", "2026-03-09", "--days", "28", "kept"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      [
        "| When (Europe/Berlin) | When (UTC) | From | To |",
        "| --- | --- | --- | --- |",
        // Turns before hers are counted in the new order too: the week before was dave's.
        "| 2026-03-09 09:00 | 2026-03-09 08:00Z | dave\\@example.com | alice\\@example.com |",
        "| 2026-03-16 09:00 | 2026-03-16 08:00Z | alice\\@example.com | bob\\@example.com |",
        "| 2026-03-23 09:00 | 2026-03-23 08:00Z | bob\\@example.com | carol\\@example.com |",
        "| 2026-03-30 09:00 | 2026-03-30 07:00Z | carol\\@example.com | dave\\@example.com |",
      ].join("\n"),
    );
  }, 60_000);

  test("nothing moved: one line", () => {
    expect(run(tmp, ["oncall", "--diff", "base", ...WINDOW, "base"])).toMatchObject({
      status: 0,
      stdout:
        "Who moves: nobody. The 1 schedule and 2 escalation policies put the same people on call in the 27 days from 2026-03-10 as before the change.\n",
    });
  }, 60_000);

  test("--out writes oncall-diff.md (oncall-diff.json), replacing only its own file", () => {
    const out = path.join(tmp, "report");
    expect(run(tmp, ["oncall", "--diff", "base", "--out", "report", ...WINDOW, "kept"])).toMatchObject({
      status: 0,
      stdout: `${path.join("report", "oncall-diff.md")}\n`,
    });
    expect(fs.readFileSync(path.join(out, "oncall-diff.md"), "utf8")).toMatch(/^## Who moves: /);
    expect(run(tmp, ["oncall", "--diff", "base", "--out", "report", ...WINDOW, "base"]).status).toBe(0);
    expect(fs.readFileSync(path.join(out, "oncall-diff.md"), "utf8")).toMatch(/^Who moves: nobody\./);
    fs.writeFileSync(path.join(out, "oncall-diff.json"), "mine\n");
    expect(run(tmp, ["oncall", "--diff", "base", "--format", "json", "--out", "report", "kept"])).toMatchObject({
      status: 1,
      stderr: `ilert-datadog oncall: --out "report": ${path.join("report", "oncall-diff.json")} exists and is not a who-moves diff that ilert-datadog oncall --diff wrote (a tool replaces only its own files): give a new name, e.g. --out calendars, or move ${path.join("report", "oncall-diff.json")} away first\n`,
    });
  }, 60_000);

  test("--diff needs a synthesized base, and md or json", () => {
    expect(run(tmp, ["oncall", "--diff", "nowhere", "kept"])).toMatchObject({
      status: 1,
      stdout: "",
      stderr: `ilert-datadog oncall: --diff "nowhere": holds no synthesized app (no ${path.join("nowhere", "manifest.json")}); synthesize the base first, e.g. git worktree add ../base main && (cd ../base && npm ci && npx cdktf synth), then give --diff ../base/cdktf.out\n`,
    });
    expect(run(tmp, ["oncall", "--diff", "base", "--format", "ics", "kept"])).toMatchObject({
      status: 2,
      stderr:
        "ilert-datadog oncall: --format ics: writes the calendars of one app, and --diff compares two; give --diff with --format md or json, or drop --diff\n(ilert-datadog oncall --help lists the options)\n",
    });
    expect(run(tmp, ["oncall", "--diff"]).stderr).toBe(
      "ilert-datadog oncall: --diff: missing value; give one, e.g. --diff ../base/cdktf.out\n(ilert-datadog oncall --help lists the options)\n",
    );
  }, 60_000);

  test("stacks: every stack, as lines or JSON; ILERT_DATADOG_STACKS or the context key selects; --changed only what differs from a base", () => {
    expect(run(tmp, ["stacks", "kept"])).toMatchObject({ status: 0, stdout: "prod-payments\nprod-search\n", stderr: "" });
    expect(run(tmp, ["stacks", "--json", "kept"]).stdout).toBe('["prod-payments","prod-search"]\n');
    expect(run(tmp, ["stacks", "--json", "kept"], { ILERT_DATADOG_STACKS: "prod-s*" }).stdout).toBe('["prod-search"]\n');
    expect(run(tmp, ["stacks", "--json", "kept"], { CDKTF_CONTEXT_JSON: JSON.stringify({ stacks: ["prod-payments"] }) }).stdout).toBe(
      '["prod-payments"]\n',
    );
    expect(run(tmp, ["stacks", "--json", "--changed", "base", "kept"]).stdout).toBe('["prod-payments"]\n');
    expect(run(tmp, ["stacks", "--json", "--changed", "base", "base"]).stdout).toBe("[]\n");
  }, 60_000);

  test("stacks: a selection that names no stack fails, listing them; a base must be synthesized", () => {
    expect(run(tmp, ["stacks", "kept"], { ILERT_DATADOG_STACKS: "staging-*" })).toMatchObject({
      status: 1,
      stdout: "",
      stderr:
        'ilert-datadog stacks: ILERT_DATADOG_STACKS names no stack of the synthesized app: "staging-*"; the stacks are: prod-payments, prod-search\n',
    });
    expect(run(tmp, ["stacks", "kept"], { CDKTF_CONTEXT_JSON: "{" }).stderr).toMatch(
      /^ilert-datadog stacks: CDKTF_CONTEXT_JSON is not valid JSON: .*; fix it or unset it\n$/,
    );
    expect(run(tmp, ["stacks", "--changed", "nowhere", "kept"]).stderr).toBe(
      `ilert-datadog stacks: --changed "nowhere": holds no synthesized app (no ${path.join("nowhere", "manifest.json")}); synthesize the base first, e.g. git worktree add ../base main && (cd ../base && npm ci && npx cdktf synth), then give --changed ../base/cdktf.out\n`,
    );
  }, 60_000);
});
