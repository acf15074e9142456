import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ICAL from "ical.js";
import { CONTROL_CHARACTERS } from "../../constructs/core/shown-text";

// Hostile and careless input given to `ilert-datadog` as users run it (scripts/ilert-datadog.js, the
// package's command run from dist/): huge config values (within the 10 MiB a config file may hold;
// __tests__/app/config-problems.test.ts parses a 50 MB value), a stack pattern that backtracks as a regular
// expression, names full of HTML and control characters, dates outside the calendar's range. Each is
// answered at once, with a bounded message, and no output carries the control characters.

const ROOT = path.resolve(__dirname, "../..");
const LAUNCHER = path.join(ROOT, "scripts", "ilert-datadog.js");

function env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const { ILERT_DATADOG_CONFIG: _config, ILERT_DATADOG_STACKS: _stacks, CDKTF_OUTDIR: _outdir, ...rest } = process.env;
  return { ...rest, ...extra };
}

const run = (cwd: string, args: string[], extra?: NodeJS.ProcessEnv) =>
  spawnSync(process.execPath, [LAUNCHER, ...args], { cwd, env: env(extra), encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });

/** The control characters of a text, as their code points (none is the expectation). */
const controlsIn = (text: string): string[] => [...text.matchAll(CONTROL_CHARACTERS)].map((m) => `U+${m[0].codePointAt(0)!.toString(16)}`);

/** The default of --from, and the example of its messages. */
const TODAY = new Date().toISOString().slice(0, 10);

/** What a name full of markup and control characters becomes: escaped, never as it is. */
const HOSTILE = "<script>alert(1)</script> \u001b[31mred\u0000 \u202eevil";

describe("ilert-datadog with hostile input", () => {
  let tmp: string;
  beforeAll(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), "hostile-input-"))));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  const write = (name: string, config: object): string => {
    const file = path.join(tmp, name);
    fs.writeFileSync(file, JSON.stringify(config));
    return file;
  };
  const minimal = { environments: [{ key: "prod" }], teams: [{ key: "payments", escalation: { existingId: "12" } }] };

  test("a 9 MB enum value and a 5 MB unknown key (a config file may hold 10 MiB): refused at once, each named once and cut short", () => {
    const enumValue = write("enum.json", { ...minimal, stackPer: "e".repeat(9_000_000) });
    const unknownKey = write("key.json", { ...minimal, ["k".repeat(5_000_000)]: 1 });
    const enumRun = run(tmp, ["app", "--config", path.basename(enumValue)]);
    expect({ status: enumRun.status, stdout: enumRun.stdout }).toEqual({ status: 1, stdout: "" });
    expect(enumRun.stderr).toBe(
      `config: enum.json (from argument)\nilert-datadog app: enum.json: invalid config:\n  - stackPer: invalid value "${"e".repeat(60)}..." (9000000 characters): expected one of "environment", "team"; use one of them\n`,
    );
    const keyRun = run(tmp, ["app", "--config", path.basename(unknownKey)]);
    expect(keyRun.status).toBe(1);
    expect(keyRun.stderr).toBe(
      `config: key.json (from argument)\nilert-datadog app: key.json: invalid config:\n  - ${"k".repeat(60)}... (5000000 characters): unknown key "${"k".repeat(60)}..." (5000000 characters): expected one of the keys stackPer, backend, environments, teams; remove it, or move it where it belongs\n`,
    );
  }, 60_000);

  test("ILERT_DATADOG_STACKS with a pattern that backtracks as a regular expression is answered at once", () => {
    const long = "a".repeat(40);
    const config = write("long.json", {
      stackPer: "team",
      environments: [{ key: long }],
      teams: [{ key: long, escalation: { existingId: "12" } }],
    });
    const result = run(tmp, ["app", "--config", path.basename(config)], { ILERT_DATADOG_STACKS: "*a*a*a*a*a*a*a*a*a*X" });
    expect({ status: result.status, stdout: result.stdout }).toEqual({ status: 1, stdout: "" });
    expect(result.stderr).toBe(
      `config: long.json (from argument)\nilert-datadog app: ILERT_DATADOG_STACKS names no stack of long.json: "*a*a*a*a*a*a*a*a*a*X"; the stacks are: ${long}-${long}\n`,
    );
  }, 60_000);

  describe("names with HTML and control characters", () => {
    let out: string;
    beforeAll(() => {
      const config = write("names.json", {
        environments: [{ key: "prod" }],
        teams: [
          {
            key: "payments",
            name: HOSTILE,
            schedule: {
              timezone: "Europe/Berlin",
              rotation: "weekly",
              start: "2026-01-05T09:00",
              users: ["carol@example.com", "dave@example.com"],
            },
            escalation: { rules: [{ notify: { schedule: true }, escalateAfterMin: 15 }] },
          },
        ],
      });
      out = path.join(tmp, "names-out");
      const synth = spawnSync(process.execPath, [path.join(ROOT, "scripts", "app.js"), "--config", config], {
        cwd: tmp,
        env: env({ CDKTF_OUTDIR: out }),
        encoding: "utf8",
      });
      expect(synth.status).toBe(0);
    }, 120_000);

    test("oncall Markdown: HTML escaped as entities, control characters as visible escapes", () => {
      const result = run(tmp, ["oncall", "--from", "2026-03-23", "--days", "2", out]);
      expect(result.status).toBe(0);
      expect(controlsIn(result.stdout.replace(/\n/g, ""))).toEqual([]);
      expect(result.stdout).not.toContain("<script>");
      const shown = "&lt;script&gt;alert(1)&lt;/script&gt; \\\\u001b\\[31mred\\\\u0000 \\\\u202eevil";
      expect(result.stdout).toContain(`## Schedule ${shown} on-call (prod)\n`);
      expect(result.stdout).toContain(`## Escalation policy ${shown} (prod)\n`);
    }, 60_000);

    test("oncall iCalendar and JSON, and the terminal: no control character; readers get the escapes back as text", () => {
      const ics = path.join(tmp, "ics");
      const result = run(tmp, ["oncall", "--format", "ics", "--out", ics, "--from", "2026-03-23", "--days", "2", out]);
      expect(result.status).toBe(0);
      const [file] = fs.readdirSync(ics).filter((f) => f.endsWith(".ics"));
      expect(result.stdout).toBe(
        `${path.join("ics", file)}: 2 shifts of <script>alert(1)</script> \\u001b[31mred\\u0000 \\u202eevil on-call (prod)\n`,
      );
      const text = fs.readFileSync(path.join(ics, file), "utf8");
      expect(controlsIn(text.replace(/\r\n/g, ""))).toEqual([]);
      const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
      expect(events.map((e) => e.description)).toEqual([
        "carol@example.com is on call in <script>alert(1)</script> \\u001b[31mred\\u0000 \\u202eevil on-call (prod), layer Layer 1 (computed from the declared schedule; overrides made in iLert are not included).",
        "dave@example.com is on call in <script>alert(1)</script> \\u001b[31mred\\u0000 \\u202eevil on-call (prod), layer Layer 1 (computed from the declared schedule; overrides made in iLert are not included).",
      ]);
      const json = run(tmp, ["oncall", "--format", "json", "--from", "2026-03-23", "--days", "2", out]).stdout;
      expect(controlsIn(json.replace(/\n/g, ""))).toEqual([]);
      expect(JSON.parse(json).schedules[0].schedule.name).toBe(`${HOSTILE} on-call (prod)`);
    }, 60_000);

    test("the last day of the calendar's range: an iCalendar file a reader takes, years of four digits", () => {
      const ics = path.join(tmp, "last-day");
      expect(run(tmp, ["oncall", "--format", "ics", "--out", ics, "--from", "9999-12-30", "--days", "1", out]).status).toBe(0);
      const text = fs.readFileSync(path.join(ics, fs.readdirSync(ics).filter((f) => f.endsWith(".ics"))[0]), "utf8");
      expect(text).toContain("DTEND:99991230T230000Z\r\n");
      const [event] = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
      expect(event.endDate.toJSDate().toISOString()).toBe("9999-12-30T23:00:00.000Z");
    }, 60_000);

    test("diagram and preview: no control character", () => {
      const diagram = run(tmp, ["diagram", "--out", "-", out]);
      expect(diagram.status).toBe(0);
      expect(controlsIn(diagram.stdout.replace(/\n/g, ""))).toEqual([]);
      expect(diagram.stdout).toContain(
        "iLert escalation policy<br/>#60;script#62;alert(1)#60;/script#62; \\u001b[31mred\\u0000 \\u202eevil (prod)",
      );
      const preview = run(tmp, ["preview", out]);
      expect(preview.status).toBe(0);
      expect(controlsIn(preview.stdout.replace(/\n/g, ""))).toEqual([]);
    }, 60_000);
  });

  test("a hand-edited stack: preview, import-commands and oncall's messages print no control character", () => {
    const out = path.join(tmp, "edited");
    fs.mkdirSync(path.join(out, "stacks", "s"), { recursive: true });
    const stack = { name: "s", workingDirectory: "stacks/s", synthesizedStackPath: "stacks/s/cdk.tf.json" };
    fs.writeFileSync(path.join(out, "manifest.json"), JSON.stringify({ stacks: { s: stack } }));
    const tf = {
      resource: {
        datadog_webhook: { hook: { name: "hook\u001b]0;pwned\u0007", url: "https://x\u202e", payload: '{"a":"\u009b31m","b":"\u2028"}' } },
        ilert_schedule: {
          broken: {
            name: "Night\u001b[2J",
            type: "RECURRING",
            timezone: "UTC",
            schedule_layer: [{ name: "L", rotation: "P1D\u001b", starts_on: "2026-01-01T00:00", user: [{ id: "1" }] }],
          },
        },
        // Adopted without an import block (importBlocks: false): import-commands lists it.
        ilert_team: { t: { "//": { import_id: "12\u001b[8m" } } },
      },
    };
    fs.writeFileSync(path.join(out, "stacks", "s", "cdk.tf.json"), JSON.stringify(tf));
    const preview = run(tmp, ["preview", out]);
    expect(preview.status).toBe(0);
    expect(controlsIn(preview.stdout.replace(/\n/g, ""))).toEqual([]);
    expect(preview.stdout).toContain("== stack s: datadog_webhook.hook, @webhook-hook\\u001b]0;pwned\\u0007, posts to https://x\\u202e");
    expect(preview.stdout).toContain('"a": "\\u009b31m"');
    const imports = run(tmp, ["import-commands", out]);
    expect(imports.stdout).toBe(`terraform -chdir=${path.join("edited", "stacks", "s")} import ilert_team.t '12\\u001b[8m'\n`);
    const ics = run(tmp, ["oncall", "--format", "ics", "--out", path.join(tmp, "edited-ics"), "--from", "2026-03-23", "--days", "1", out]);
    expect(ics).toMatchObject({
      status: 0,
      stderr: 'skipped Night\\u001b[2J: layer "L": not an ISO-8601 rotation: "P1D\\u001b"\n',
    });
  }, 60_000);

  test("the wiring diagram's page: a stack name with Markdown in it is text, not a link or a code span that ends early", () => {
    const out = path.join(tmp, "markdown-stack");
    const name = "s`x [a](javascript:alert(1)) ![i](https://tracker.example/p.png)";
    fs.mkdirSync(path.join(out, "stacks", "s"), { recursive: true });
    const stack = { name, workingDirectory: "stacks/s", synthesizedStackPath: "stacks/s/cdk.tf.json" };
    fs.writeFileSync(path.join(out, "manifest.json"), JSON.stringify({ stacks: { s: stack } }));
    fs.writeFileSync(path.join(out, "stacks", "s", "cdk.tf.json"), "{}");
    const diagram = run(tmp, ["diagram", "--out", "-", out]);
    expect(diagram.stdout.split("\n")[0]).toBe(
      "# Wiring of the app (stack s\\`x \\[a\\](javascript:alert(1)) !\\[i\\](https\\://tracker.example/p.png))",
    );
  }, 60_000);

  test("a line feed in a name, a stack's value or a path stays inside its line: each printed line is one line", () => {
    const out = path.join(tmp, "line-feeds");
    fs.mkdirSync(path.join(out, "stacks", "s"), { recursive: true });
    const stack = { name: "s", workingDirectory: "stacks/s", synthesizedStackPath: "stacks/s/cdk.tf.json" };
    fs.writeFileSync(path.join(out, "manifest.json"), JSON.stringify({ stacks: { s: stack } }));
    const forged = "Team\nwrote /etc/passwd: 0 shifts of root";
    const tf = {
      resource: {
        datadog_webhook: { hook: { name: "hook\nforged", url: "https://x\ny" } },
        ilert_schedule: {
          team: {
            name: forged,
            type: "RECURRING",
            timezone: "UTC",
            schedule_layer: [{ name: "L", rotation: "P1D", starts_on: "2026-01-01T00:00", user: [{ email: "a@example.com" }] }],
          },
        },
        // Adopted without an import block (importBlocks: false): import-commands lists it.
        ilert_team: { t: { "//": { import_id: "12\nterraform destroy" } } },
      },
    };
    fs.writeFileSync(path.join(out, "stacks", "s", "cdk.tf.json"), JSON.stringify(tf));
    const ics = run(tmp, [
      "oncall",
      "--format",
      "ics",
      "--out",
      path.join(tmp, "line-feeds-ics"),
      "--from",
      "2026-03-23",
      "--days",
      "1",
      out,
    ]);
    expect(ics).toMatchObject({
      status: 0,
      stdout: `${path.join("line-feeds-ics", "s-team-wrote-etc-passwd-0-shifts-of-root.ics")}: 1 shifts of Team\\u000awrote /etc/passwd: 0 shifts of root\n`,
    });
    const preview = run(tmp, ["preview", out]);
    expect(preview.stdout).toContain("\n== stack s: datadog_webhook.hook, @webhook-hook\\u000aforged, posts to https://x\\u000ay\n");
    expect(run(tmp, ["import-commands", out]).stdout).toBe(
      `terraform -chdir=${path.join("line-feeds", "stacks", "s")} import ilert_team.t '12\\u000aterraform destroy'\n`,
    );
    const app = run(tmp, ["app", "--config", "teams\nconfig: forged.json"]);
    expect(app).toMatchObject({
      status: 1,
      stderr: `config: teams\\u000aconfig: forged.json (from argument)\nilert-datadog app: teams\\u000aconfig: forged.json: the config file does not exist (${fs.realpathSync(tmp)}/teams\\u000aconfig: forged.json); give the path of your config file, e.g. teams.json\n`,
    });
  }, 60_000);

  test.each([
    [
      ["--from", "9999-12-31", "--days", "2"],
      `--from: invalid value "9999-12-31": expected a day from 1970-01-01 to 9999-12-30 (the range of the on-call calendar); e.g. --from ${TODAY}`,
    ],
    [
      ["--from", "0050-01-01"],
      `--from: invalid value "0050-01-01": expected a day from 1970-01-01 to 9999-12-30 (the range of the on-call calendar); e.g. --from ${TODAY}`,
    ],
    [
      ["--from", "9999-12-20", "--days", "28"],
      '--days: invalid value "28": expected a whole number of days from 1 to 11 (the on-call calendar ends on 9999-12-30, and --from is 9999-12-20); e.g. --days 11',
    ],
  ])(
    "oncall %j is refused before anything runs, stating the calendar's range",
    (args, message) => {
      const result = run(tmp, ["oncall", "--synth", ...args]);
      expect({ status: result.status, stdout: result.stdout }).toEqual({ status: 2, stdout: "" });
      expect(result.stderr).toBe(`ilert-datadog oncall: ${message}\n(ilert-datadog oncall --help lists the options)\n`);
    },
    60_000,
  );
});
