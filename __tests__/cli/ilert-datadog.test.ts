import { createHash } from "crypto";
import { execFile, spawnSync } from "child_process";
import * as fs from "fs";
import * as net from "net";
import * as os from "os";
import * as path from "path";
import { promisify } from "util";
import ICAL from "ical.js";
import { helpText } from "../../cli/args";
import { Host, main } from "../../cli/ilert-datadog";

// `ilert-datadog` (cli/ilert-datadog.ts) end to end through the repository's launcher,
// scripts/ilert-datadog.js (what `npm run oncall|diagram|preview|import-commands` run): the example
// app synthesized once into a folder the tools read, and a project folder whose cdktf.json app is
// this repository's (scripts/app.js), holding a config app's output that --synth must leave alone.
// The same command from the packed tarball: __tests__/package/package.test.ts.

const ROOT = path.resolve(__dirname, "../..");
const LAUNCHER = path.join(ROOT, "scripts", "ilert-datadog.js");
const PKG = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));

const TEAMS = {
  environments: [{ key: "prod" }],
  teams: [
    {
      key: "payments",
      schedule: {
        timezone: "Europe/Berlin",
        rotation: "weekly",
        start: "2026-01-05T09:00",
        users: ["carol@example.com", "dave@example.com"],
      },
      escalation: { rules: [{ notify: { schedule: true }, escalateAfterMin: 15 }] },
      integration: {
        priorityRule: "HIGH_DURING_SUPPORT_HOURS",
        supportHours: {
          name: "Office hours",
          timezone: "Europe/Berlin",
          supportDays: [{ days: ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"], start: "08:00", end: "18:00" }],
          exceptions: [{ name: "Easter Monday", firstDay: "2026-04-06" }],
        },
      },
      maintenanceWindows: [
        {
          key: "patch-night",
          message: "Database patches",
          timezone: "Europe/Berlin",
          recurrences: [{ rrule: "FREQ=WEEKLY;BYDAY=TU", start: "2026-01-06T22:00", duration: "2h" }],
        },
      ],
      monitors: [
        {
          key: "errors",
          name: "Checkout errors",
          type: "query alert",
          query: "sum(last_5m):sum:checkout.errors{*}.as_count() > 50",
          message: "x",
        },
      ],
    },
  ],
};

function env(): NodeJS.ProcessEnv {
  const { ILERT_DATADOG_CONFIG: _config, ILERT_DATADOG_STACKS: _stacks, CDKTF_OUTDIR: _outdir, ...rest } = process.env;
  return rest;
}

async function cli(cwd: string, ...args: string[]): Promise<string> {
  return (await promisify(execFile)(process.execPath, [LAUNCHER, ...args], { cwd, env: env(), maxBuffer: 16 * 1024 * 1024 })).stdout;
}

const run = (cwd: string, ...args: string[]) => spawnSync(process.execPath, [LAUNCHER, ...args], { cwd, env: env(), encoding: "utf8" });

describe("ilert-datadog (npm run oncall|diagram|preview|import-commands)", () => {
  let tmp: string;
  let out: string;
  let project: string;
  let markdown: string;
  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ilert-datadog-"));
    out = path.join(tmp, "out");
    await promisify(execFile)(process.execPath, [path.join(ROOT, "scripts", "app.js")], {
      cwd: ROOT,
      env: { ...env(), CDKTF_OUTDIR: out },
    });
    markdown = await cli(ROOT, "oncall", "--from", "2026-03-23", "--days", "14", out);
    // A project whose cdktf.json app is this repository's, with a config app synthesized into its cdktf.out.
    project = path.join(tmp, "project");
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(project, "teams.json"), JSON.stringify(TEAMS));
    const cdktfJson = { language: "typescript", app: `node ${JSON.stringify(path.join(ROOT, "scripts", "app.js"))}`, output: "cdktf.out" };
    fs.writeFileSync(path.join(project, "cdktf.json"), JSON.stringify(cdktfJson));
    await promisify(execFile)(process.execPath, [path.join(ROOT, "scripts", "app.js"), "--config", "teams.json"], {
      cwd: project,
      env: env(),
    });
  }, 180_000);
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test("oncall: the Markdown alternates alice and bob weekly, handing over on 30 March at 09:00 Berlin (07:00Z)", () => {
    const days = markdown.split("\n").filter((l) => /^\| \w{3} 2026-/.test(l));
    expect(days).toHaveLength(14);
    expect(days[0]).toBe("| Mon 2026-03-23 | alice\\@example.com 00:00–09:00, bob\\@example.com 09:00–24:00 |");
    expect(days.slice(1, 7)).toEqual(
      ["24", "25", "26", "27", "28", "29"].map(
        (d, i) => `| ${["Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][i]} 2026-03-${d} | bob\\@example.com |`,
      ),
    );
    expect(days[7]).toBe("| Mon 2026-03-30 | bob\\@example.com 00:00–09:00, alice\\@example.com 09:00–24:00 |");
    expect(days[13]).toBe("| Sun 2026-04-05 | alice\\@example.com |");
    expect(markdown).toContain(
      [
        "| 2026-03-23 09:00 | 2026-03-23 08:00Z | alice\\@example.com | bob\\@example.com |",
        "| 2026-03-30 09:00 | 2026-03-30 07:00Z | bob\\@example.com | alice\\@example.com |",
      ].join("\n"),
    );
  }, 60_000);

  test("oncall --format ics writes a calendar that ical.js reads back to the same shifts", async () => {
    const ics = path.join(tmp, "ics");
    const stdout = await cli(ROOT, "oncall", "--format", "ics", "--out", ics, "--from", "2026-03-23", "--days", "14", out);
    const [record, ...files] = fs.readdirSync(ics).sort();
    expect([record, ...files]).toEqual([".ilert-datadog-outputs.json", "payments-oncall-payments-weekly-rotation.ics"]);
    // The record of what it wrote (cli/output-record.ts): the file's SHA-256.
    expect(JSON.parse(fs.readFileSync(path.join(ics, record), "utf8"))).toEqual({
      files: {
        [files[0]]: createHash("sha256")
          .update(fs.readFileSync(path.join(ics, files[0])))
          .digest("hex"),
      },
    });
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
  }, 60_000);

  test("oncall --format ics also writes a file per support hours (periods of support, holidays all day) and per maintenance window", async () => {
    const ics = path.join(tmp, "ics-project");
    const stdout = await cli(project, "oncall", "--format", "ics", "--out", ics, "--from", "2026-04-06", "--days", "2");
    expect(fs.readdirSync(ics).sort()).toEqual([
      ".ilert-datadog-outputs.json",
      "prod-maintenance-database-patches.ics",
      "prod-payments-on-call-prod.ics",
      "prod-support-hours-office-hours.ics",
    ]);
    expect(stdout).toContain("1 periods of support and 1 exceptions of support hours Office hours");
    expect(stdout).toContain("1 occurrences of maintenance window Database patches");
    const events = (file: string) =>
      new ICAL.Component(ICAL.parse(fs.readFileSync(path.join(ics, file), "utf8")))
        .getAllSubcomponents("vevent")
        .map((v) => new ICAL.Event(v))
        .map((e) => [e.summary, e.startDate.toString(), e.endDate.toString()]);
    // Easter Monday is a holiday (all day, DATE values); Tuesday has support 08:00-18:00 Berlin (06:00-16:00Z).
    expect(events("prod-support-hours-office-hours.ics")).toEqual([
      ["Support hours: Office hours", "2026-04-07T06:00:00Z", "2026-04-07T16:00:00Z"],
      ["Holiday: Easter Monday", "2026-04-06", "2026-04-07"],
    ]);
    expect(events("prod-maintenance-database-patches.ics")).toEqual([
      ["Maintenance: Database patches", "2026-04-07T20:00:00Z", "2026-04-07T22:00:00Z"],
    ]);
  }, 60_000);

  test("a bad option exits 2 at once, naming the option, the value, the accepted form and the fix; nothing is synthesized", () => {
    // The project's app would write its output: a run that synthesized would leave a manifest behind.
    const marker = path.join(tmp, "marker");
    fs.mkdirSync(marker);
    fs.writeFileSync(
      path.join(marker, "cdktf.json"),
      JSON.stringify({ app: "node -e \"require('fs').writeFileSync('synthesized', '')\"" }),
    );
    for (const [args, message] of [
      [
        ["oncall", "--synth", "--from", "2026-13-01"],
        '--from: invalid value "2026-13-01": expected a calendar date YYYY-MM-DD (month 01-12, a day the month has); e.g. --from ',
      ],
      [["oncall", "--synth", "--days", "0"], '--days: invalid value "0": expected a whole number of days from 1 to 3660; e.g. --days 28\n'],
      [["diagram", "--config", "teams.json", "--colour"], "--colour: unknown option; expected one of --synth, --config, --out, --help\n"],
    ] as const) {
      const result = run(marker, ...args);
      expect({ status: result.status, stdout: result.stdout }).toEqual({ status: 2, stdout: "" });
      expect(result.stderr).toContain(`ilert-datadog ${args[0]}: ${message}`);
      expect(result.stderr).toContain(`(ilert-datadog ${args[0]} --help lists the options)`);
    }
    expect(fs.readdirSync(marker)).toEqual(["cdktf.json"]);
    // A misspelled command: the nearest one, and where the commands are listed.
    expect(run(marker, "oncal", "--days", "7")).toMatchObject({
      status: 2,
      stdout: "",
      stderr:
        'ilert-datadog: "oncal": unknown command; expected one of init, app, oncall, diagram, preview, import-commands, adopt, stacks, sandbox, smoke-test; did you mean oncall?\n(ilert-datadog --help lists the commands)\n',
    });
  }, 60_000);

  test("a tool reads the project's output as it is: the config app's stack, without synthesizing", async () => {
    const stdout = await cli(project, "oncall", "--from", "2026-03-23", "--days", "1");
    expect(stdout).toContain("| Mon 2026-03-23 | carol\\@example.com 00:00–09:00, dave\\@example.com 09:00–24:00 |");
    expect(await cli(project, "diagram")).toBe(`wrote ${path.join("cdktf.out", "wiring.md")}\n`);
    expect(fs.readFileSync(path.join(project, "cdktf.out", "wiring.md"), "utf8")).toContain("Wiring of the app (stack `prod`)");
  }, 60_000);

  test("--synth synthesizes the project's own app (cdktf.json) into a temporary folder and leaves cdktf.out alone", async () => {
    const before = fs.readdirSync(path.join(project, "cdktf.out", "stacks"));
    const { stdout, stderr } = run(project, "oncall", "--synth", "--from", "2026-03-23", "--days", "1");
    expect(stderr).toBe(""); // the app's progress lines would name the temporary folder, deleted by now
    expect(stdout).toContain("| Mon 2026-03-23 | alice\\@example.com 00:00–09:00, bob\\@example.com 09:00–24:00 |"); // the built-in example
    expect(fs.readdirSync(path.join(project, "cdktf.out", "stacks"))).toEqual(before);
    expect(before).toEqual(["prod"]);
  }, 60_000);

  test("--config works for every tool that reads stacks: the app synthesized for that file", async () => {
    expect(await cli(project, "oncall", "--config", "teams.json", "--from", "2026-03-23", "--days", "1")).toContain(
      "carol\\@example.com 00:00–09:00",
    );
    expect(await cli(project, "diagram", "--config", "teams.json", "--out", "-")).toContain("iLert user (existing)<br/>carol@example.com");
    expect(await cli(project, "preview", "--config", "teams.json")).toContain("== stack prod: datadog_webhook.");
  }, 60_000);

  test("--config wins over the config the project's app names itself (its own --config); the app says which it built", () => {
    const override = path.join(tmp, "override");
    fs.mkdirSync(override);
    fs.writeFileSync(path.join(override, "teams.json"), JSON.stringify(TEAMS));
    fs.writeFileSync(
      path.join(override, "other.json"),
      JSON.stringify({ environments: [{ key: "staging" }], teams: [{ key: "search", escalation: { existingId: "4712" } }] }),
    );
    const app = `node ${JSON.stringify(path.join(ROOT, "scripts", "app.js"))} --config other.json`;
    fs.writeFileSync(path.join(override, "cdktf.json"), JSON.stringify({ app }));
    const result = run(override, "preview", "--config", "teams.json");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("== stack prod: datadog_webhook.");
    expect(result.stdout).not.toContain("staging");
    // The app run by the tool prints no progress of its own: no config line, no temporary folder.
    expect(result.stderr).toBe("");
    // A --config that cannot be read fails before the app runs, in one line.
    expect(run(override, "diagram", "--config", "does-not-exist.json")).toMatchObject({
      status: 1,
      stdout: "",
      stderr: `ilert-datadog diagram: --config "does-not-exist.json": the config file does not exist (${path.join(override, "does-not-exist.json")}); give the path of your config file, e.g. teams.json\n`,
    });
    // A config the app fails on: the message names the --config the app was building, not the app's own.
    fs.writeFileSync(path.join(override, "h-enum.json"), JSON.stringify({ ...TEAMS, stackPer: "nope" }));
    const failed = run(override, "preview", "--config", "h-enum.json");
    expect({ status: failed.status, stdout: failed.stdout }).toEqual({ status: 1, stdout: "" });
    // The app run by the tool prints no config line of its own: the tool's last line names the --config.
    expect(failed.stderr.startsWith('ilert-datadog app: h-enum.json: invalid config:\n  - stackPer: invalid value "nope"')).toBe(true);
    expect(
      failed.stderr.endsWith(
        `ilert-datadog preview: the app of cdktf.json (${JSON.stringify(app)}) failed building --config "h-enum.json" (passed as ILERT_DATADOG_TOOL_CONFIG); see above\n`,
      ),
    ).toBe(true);
    spawnSync("mkfifo", [path.join(override, "pipe.json")]);
    expect(run(override, "oncall", "--config", "pipe.json")).toMatchObject({
      status: 1,
      stderr:
        'ilert-datadog oncall: --config "pipe.json": cannot read it: a named pipe (FIFO), not a regular file: expected a regular JSON file of at most 10 MiB; give the path of your config file, e.g. teams.json\n',
    });
  }, 60_000);

  test("--config with an app that builds no config file is refused, not answered with that app's output", () => {
    const plain = path.join(tmp, "plain");
    fs.mkdirSync(plain);
    fs.writeFileSync(path.join(plain, "teams.json"), JSON.stringify(TEAMS));
    const script = `const { App, TerraformOutput, TerraformStack } = require(${JSON.stringify(require.resolve("cdktf"))}); const app = new App(); new TerraformOutput(new TerraformStack(app, "plain"), "o", { value: 1 }); app.synth();`;
    fs.writeFileSync(path.join(plain, "main.js"), script);
    fs.writeFileSync(path.join(plain, "cdktf.json"), JSON.stringify({ app: "node main.js" }));
    expect(run(plain, "diagram", "--config", "teams.json", "--out", "-")).toMatchObject({
      status: 1,
      stdout: "",
      stderr:
        'ilert-datadog diagram: --config "teams.json": the app of cdktf.json ("node main.js") did not build it: it builds no config file (`ilert-datadog app` and apps made with createConfigApp do); set cdktf.json\'s "app" to "npx ilert-datadog app --config teams.json", or drop --config to read what the app builds\n',
    });
  }, 60_000);

  test("--synth reports the app's annotations as `cdktf synth` does: warnings on stderr, errors in one line each, then one failure line", () => {
    const annotated = path.join(tmp, "annotated");
    fs.mkdirSync(annotated);
    const script = (error: boolean) =>
      `const { Annotations, App, TerraformOutput, TerraformStack } = require(${JSON.stringify(require.resolve("cdktf"))}); const app = new App(); const stack = new TerraformStack(app, "checkout"); new TerraformOutput(stack, "o", { value: 1 }); Annotations.of(stack).addWarning("[ILDD-W1] pages nobody");${error ? ' Annotations.of(stack).addError("[ILDD-E3] invalid webhookName");' : ""} app.synth();`;
    fs.writeFileSync(path.join(annotated, "cdktf.json"), JSON.stringify({ app: "node main.js" }));
    fs.writeFileSync(path.join(annotated, "main.js"), script(false));
    expect(run(annotated, "diagram", "--synth", "--out", "-")).toMatchObject({
      status: 0,
      stderr: "WARN [checkout]: [ILDD-W1] pages nobody\n",
    });
    fs.writeFileSync(path.join(annotated, "main.js"), script(true));
    expect(run(annotated, "oncall", "--synth", "--days", "1")).toMatchObject({
      status: 1,
      stdout: "",
      stderr: [
        "WARN [checkout]: [ILDD-W1] pages nobody",
        "ERROR [checkout]: [ILDD-E3] invalid webhookName",
        'ilert-datadog oncall: the app of cdktf.json ("node main.js") reported 1 error(s), above; fix them and run again',
        "",
      ].join("\n"),
    });
  }, 60_000);

  test("--out replaces only a file the tool wrote: cdktf's manifest.json and a file of yours are refused in one line, before synthesizing", () => {
    const manifest = fs.readFileSync(path.join(project, "cdktf.out", "manifest.json"), "utf8");
    expect(run(project, "diagram", "--synth", "--out", "cdktf.out/manifest.json")).toMatchObject({
      status: 1,
      stdout: "",
      stderr: `ilert-datadog diagram: --out "cdktf.out/manifest.json": ${path.join("cdktf.out", "manifest.json")} exists and is not a wiring diagram that ilert-datadog diagram wrote (a tool replaces only its own files): give a new name, e.g. --out wiring.md, or move ${path.join("cdktf.out", "manifest.json")} away first\n`,
    });
    expect(fs.readFileSync(path.join(project, "cdktf.out", "manifest.json"), "utf8")).toBe(manifest);
    const notes = path.join(tmp, "notes.md");
    fs.writeFileSync(notes, "mine\n");
    expect(run(project, "oncall", "--out", tmp, "--from", "2026-03-23")).toMatchObject({ status: 0 });
    expect(run(project, "diagram", "--out", notes).stderr).toBe(
      `ilert-datadog diagram: --out ${JSON.stringify(notes)}: ${notes} exists and is not a wiring diagram that ilert-datadog diagram wrote (a tool replaces only its own files): give a new name, e.g. --out wiring.md, or move ${notes} away first\n`,
    );
    expect(fs.readFileSync(notes, "utf8")).toBe("mine\n");
    // Its own output, written before, is replaced.
    expect(run(project, "oncall", "--out", tmp, "--from", "2026-03-24")).toMatchObject({
      status: 0,
      stdout: `${path.relative(project, path.join(tmp, "oncall.md"))}\n`,
    });
    expect(fs.readFileSync(path.join(tmp, "oncall.md"), "utf8")).toMatch(/^# Who is on call: 28 days from 2026-03-24\n/);
    // Edited after the tool wrote it, it is the user's: refused, unchanged (how it begins is not enough).
    fs.appendFileSync(path.join(tmp, "oncall.md"), "\nMy notes on the rotation\n");
    const edited = fs.readFileSync(path.join(tmp, "oncall.md"), "utf8");
    const shownFile = path.join(tmp, "oncall.md");
    expect(run(project, "oncall", "--out", tmp, "--from", "2026-03-25")).toMatchObject({
      status: 1,
      stdout: "",
      stderr: `ilert-datadog oncall: --out ${JSON.stringify(tmp)}: ${shownFile} was changed after ilert-datadog oncall wrote it (a tool replaces only its own files, unchanged: .ilert-datadog-outputs.json beside it holds their SHA-256): give a new name, e.g. --out calendars, or move ${shownFile} away first\n`,
    });
    expect(fs.readFileSync(path.join(tmp, "oncall.md"), "utf8")).toBe(edited);
  }, 60_000);

  test("--out refuses a name Terraform reads, a place in the stacks' folders, and a record that is not a file: one line, nothing written", () => {
    const [stack] = fs.readdirSync(path.join(project, "cdktf.out", "stacks"));
    const inStack = path.join("cdktf.out", "stacks", stack, "wiring.md");
    expect(run(project, "diagram", "--out", inStack)).toMatchObject({
      status: 1,
      stdout: "",
      stderr: `ilert-datadog diagram: --out ${JSON.stringify(inStack)}: ${inStack} is in ${path.join("cdktf.out", "stacks")}, the stacks' Terraform working folders (cdktf replaces them at each synth, Terraform reads them): give a place outside it, e.g. --out wiring.md\n`,
    });
    expect(run(project, "diagram", "--out", "wiring.tf.json")).toMatchObject({
      status: 1,
      stdout: "",
      stderr: `ilert-datadog diagram: --out "wiring.tf.json": wiring.tf.json ends in .tf.json, a name Terraform reads as configuration in a working folder: give another name, e.g. --out wiring.md\n`,
    });
    const folder = path.join(tmp, "record-folder");
    fs.mkdirSync(path.join(folder, ".ilert-datadog-outputs.json"), { recursive: true });
    expect(run(project, "oncall", "--out", folder, "--from", "2026-03-23")).toMatchObject({
      status: 1,
      stdout: "",
      stderr: `ilert-datadog oncall: --out ${JSON.stringify(folder)}: ${path.join(folder, ".ilert-datadog-outputs.json")} is a folder, where the tools keep the record of the files they wrote: expected a regular file or nothing; remove ${path.join(folder, ".ilert-datadog-outputs.json")}, or give another folder\n`,
    });
    expect([
      fs.existsSync(path.join(project, "wiring.tf.json")),
      fs.existsSync(path.join(project, inStack)),
      fs.readdirSync(folder),
    ]).toEqual([false, false, [".ilert-datadog-outputs.json"]]);
  }, 60_000);

  test("without a synthesized app, a tool says how to get one", () => {
    const empty = path.join(tmp, "empty");
    fs.mkdirSync(empty);
    expect(run(empty, "preview")).toMatchObject({
      status: 1,
      stdout: "",
      stderr:
        "ilert-datadog preview: cdktf.out holds no synthesized app (no cdktf.out/manifest.json); run `npx cdktf synth` first, or add --synth to synthesize the app of cdktf.json now\n",
    });
    expect(run(empty, "oncall", "--synth")).toMatchObject({
      status: 1,
      stderr: `ilert-datadog oncall: --synth runs the "app" command of cdktf.json, and there is no cdktf.json in ${empty}; run it in your cdktf project's folder, or read an app synthesized before (without --synth)\n`,
    });
  }, 60_000);

  test("import-commands says so when there is nothing to adopt", () => {
    expect(run(ROOT, "import-commands", out)).toMatchObject({
      status: 0,
      stdout: "",
      stderr: "nothing to adopt: no stack of the app adopts an existing object (adoptExisting)\n",
    });
  }, 60_000);

  test("import-commands skips the objects of import blocks, saying so in one line per stack, and lists the others", () => {
    const synthesized = path.join(tmp, "adopting");
    const stack = (name: string, config: object) => {
      fs.mkdirSync(path.join(synthesized, "stacks", name), { recursive: true });
      fs.writeFileSync(path.join(synthesized, "stacks", name, "cdk.tf.json"), JSON.stringify(config));
      return { name, workingDirectory: `stacks/${name}`, synthesizedStackPath: `stacks/${name}/cdk.tf.json` };
    };
    const blocks = {
      import: [
        { to: "ilert_alert_source.a", id: "1234" },
        { to: "datadog_webhook.w", id: "ilert-checkout" },
      ],
    };
    const comments = { resource: { ilert_alert_source: { b: { "//": { import_id: "99" } } } } };
    const stacks = { checkout: stack("checkout", blocks), ops: stack("ops", comments) };
    fs.writeFileSync(path.join(synthesized, "manifest.json"), JSON.stringify({ stacks }));
    expect(run(ROOT, "import-commands", synthesized)).toMatchObject({
      status: 0,
      stdout: `terraform -chdir=${path.join(synthesized, "stacks", "ops")} import ilert_alert_source.b 99\n`,
      stderr:
        "stack checkout: skipped 2 objects adopted by import blocks, which `cdktf deploy` imports (Terraform 1.5 or later): no terraform import needed\n",
    });
  }, 60_000);

  test("--help prints each command's usage", async () => {
    expect(await cli(ROOT, "oncall", "--help")).toMatch(/^usage: ilert-datadog oncall \[--from YYYY-MM-DD\]/);
    expect(await cli(ROOT, "--help")).toMatch(/^usage: ilert-datadog <command> \[options\]/);
  }, 60_000);

  test("without a command: the usage on stderr, status 2; --version prints the package's version", () => {
    expect(run(ROOT)).toMatchObject({ status: 2, stdout: "", stderr: `${helpText()}\n` });
    expect(run(ROOT, "--version")).toMatchObject({ status: 0, stdout: `${PKG.version}\n`, stderr: "" });
  });
});

describe("ilert-datadog adopt (the command's answer, exit status and one line)", () => {
  const without = (...names: string[]) => Object.fromEntries(Object.entries(env()).filter(([name]) => !names.includes(name)));
  const adopt = (args: string[], extra: NodeJS.ProcessEnv = {}) =>
    spawnSync(process.execPath, [LAUNCHER, "adopt", ...args], {
      cwd: os.tmpdir(),
      env: { ...without("ILERT_API_TOKEN", "ILERT_ORGANIZATION", "ILERT_ENDPOINT", "DD_API_KEY", "DD_APP_KEY", "DD_HOST"), ...extra },
      encoding: "utf8",
    });

  test("--help: the usage, exit 0", () => {
    const result = adopt(["--help"]);
    expect([result.status, result.stdout.split("\n")[0]]).toEqual([
      0,
      "usage: ilert-datadog adopt [--out FILE] [--report FILE] [--webhook NAME]... [--monitors]",
    ]);
  });

  test("without credentials: one line naming the variable, exit 1, nothing written", () => {
    const out = path.join(os.tmpdir(), `adopt-${process.pid}.json`);
    const result = adopt(["--out", out]);
    expect([result.status, result.stdout, result.stderr]).toEqual([
      1,
      "",
      "ilert-datadog adopt: ILERT_API_TOKEN is not set: adopt reads iLert with the credentials the iLert provider uses; export ILERT_API_TOKEN=<an API token of your iLert account> (one that can only read will do)\n",
    ]);
    expect(fs.existsSync(out)).toBe(false);
  }, 60_000);

  test("an unreachable endpoint: one line naming the API, the address and the variable, exit 1", async () => {
    // A port nothing listens on: one a server had, closed again.
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as net.AddressInfo).port;
    await new Promise((resolve) => server.close(resolve));
    const result = adopt(["--out", path.join(os.tmpdir(), `adopt-${process.pid}-2.json`)], {
      ILERT_API_TOKEN: "t",
      ILERT_ENDPOINT: `http://127.0.0.1:${port}`,
      DD_API_KEY: "a",
      DD_APP_KEY: "b",
    });
    expect([result.status, result.stderr]).toEqual([
      1,
      `ilert-datadog adopt: cannot reach iLert at http://127.0.0.1:${port} (GET /api/alert-sources?start-index=0&max-results=1): ECONNREFUSED; set ILERT_ENDPOINT to the API's address (unset, it is https://api.ilert.com)\n`,
    ]);
  }, 60_000);

  test("a wrong option: the usage error, exit 2", () => {
    const result = adopt(["--monitor"]);
    expect([result.status, result.stderr]).toEqual([
      2,
      "ilert-datadog adopt: --monitor: unknown option; expected one of --out, --report, --webhook, --monitors, --group, --environment, --accept-changes, --help; did you mean --monitors?\n(ilert-datadog adopt --help lists the options)\n",
    ]);
  });
});

describe("ilert-datadog sandbox and smoke-test, in process", () => {
  let out: string;
  beforeAll(() => {
    // The example app's lookups, as synthesized: a user looked up by email.
    out = fs.mkdtempSync(path.join(os.tmpdir(), "sandbox-command-"));
    fs.mkdirSync(path.join(out, "stacks", "payments"), { recursive: true });
    const manifest = {
      stacks: { payments: { name: "payments", workingDirectory: "stacks/payments", synthesizedStackPath: "stacks/payments/cdk.tf.json" } },
    };
    fs.writeFileSync(path.join(out, "manifest.json"), JSON.stringify(manifest));
    fs.writeFileSync(
      path.join(out, "stacks", "payments", "cdk.tf.json"),
      JSON.stringify({ data: { ilert_user: { Lead: { email: "lead@example.com" } } } }),
    );
  });
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  /** Runs `main` with stdout and stderr captured; resolves once `done` says so, then with the status and what was printed. */
  async function captured(argv: string[], host: Host, until?: (stdout: string) => boolean, then?: () => void) {
    const stdout: string[] = [];
    const stderr: string[] = [];
    const outSpy = jest.spyOn(process.stdout, "write").mockImplementation((chunk) => stdout.push(String(chunk)) > 0);
    const errSpy = jest.spyOn(process.stderr, "write").mockImplementation((chunk) => stderr.push(String(chunk)) > 0);
    try {
      const status = main(argv, host);
      if (until !== undefined) {
        while (!until(stdout.join(""))) await new Promise((resolve) => setTimeout(resolve, 10));
        then?.();
      }
      return { status: await status, stdout: stdout.join(""), stderr: stderr.join("") };
    } finally {
      outSpy.mockRestore();
      errSpy.mockRestore();
    }
  }

  test("sandbox starts the host's fakes seeded from the app, runs until SIGTERM (or Ctrl-C), then stops them", async () => {
    const seeds: unknown[] = [];
    let closed = 0;
    const loadFakes = () => ({
      checkSeed: (seed: unknown) => seed,
      startFakes: async (seed: unknown) => {
        seeds.push(seed);
        return {
          ilertServer: { url: "http://127.0.0.1:1" },
          datadogServer: { url: "http://127.0.0.1:2" },
          env: {},
          close: async () => void closed++,
        };
      },
    });
    const result = await captured(
      ["sandbox", out],
      { loadFakes },
      (stdout) => stdout.includes("running until stopped"),
      () => process.emit("SIGTERM"),
    );
    expect(result).toMatchObject({ status: 0, stderr: "stopped (SIGTERM): the fakes and everything they held are gone\n" });
    expect(result.stdout).toContain("seeded with what payments looks up: 1 user (lead@example.com),");
    expect([seeds.length, closed, process.listenerCount("SIGINT"), process.listenerCount("SIGTERM")]).toEqual([1, 1, 0, 0]);
  });

  test("sandbox --seed needs no synthesized app (e.g. to set up by hand what adopt reads); without --seed it says how to get one", async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), "sandbox-seed-only-"));
    const seed = path.join(empty, "seed.json");
    fs.writeFileSync(seed, JSON.stringify({ users: [{ id: 7, email: "pat@example.com" }], teams: [] }));
    const started: unknown[] = [];
    const loadFakes = () => ({
      checkSeed: (s: unknown) => s,
      startFakes: async (s: unknown) => {
        started.push(s);
        return {
          ilertServer: { url: "http://127.0.0.1:1" },
          datadogServer: { url: "http://127.0.0.1:2" },
          env: {},
          close: async () => undefined,
        };
      },
    });
    const cwd = process.cwd();
    process.chdir(empty);
    try {
      const result = await captured(
        ["sandbox", "--seed", "seed.json"],
        { loadFakes },
        (stdout) => stdout.includes("running until stopped"),
        () => process.emit("SIGINT"),
      );
      expect(result.status).toBe(0);
      expect(result.stdout).toContain("seeded with seed.json: 1 user (pat@example.com), 0 teams,");
      expect(started).toHaveLength(1);
      expect(await captured(["sandbox"], { loadFakes })).toMatchObject({
        status: 1,
        stderr:
          "ilert-datadog sandbox: cdktf.out holds no synthesized app (no cdktf.out/manifest.json); run `npx cdktf synth` first, or add --synth to synthesize the app of cdktf.json now\n",
      });
    } finally {
      process.chdir(cwd);
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });

  test("sandbox without the companion package says, in one line, how to install it", async () => {
    expect(await captured(["sandbox", out], {})).toEqual({
      status: 1,
      stdout: "",
      stderr:
        "ilert-datadog sandbox: the API fakes come in the companion package ilert-datadog-sandbox, which is not installed here: npm install --save-dev ilert-datadog-sandbox@0.1.0 (until it is published: the ilert-datadog-sandbox-0.1.0.tgz that npm run pack:sandbox writes in a checkout of cdktf-ilert-datadog)\n",
    });
  });

  test("smoke-test's refusals are one line, exit 1, with no stack trace", async () => {
    expect(await captured(["smoke-test", "--outdir", out, "search"], {})).toEqual({
      status: 1,
      stdout: "",
      stderr: `ilert-datadog smoke-test: "search": no such stack in ${out}; expected one of payments; e.g. ilert-datadog smoke-test payments\n`,
    });
  });

  test("smoke-test shows an --outdir outside the working folder as typed, not as ../../x", async () => {
    expect(await captured(["smoke-test", "--outdir", "/nonexistent"], {})).toEqual({
      status: 1,
      stdout: "",
      stderr:
        "ilert-datadog smoke-test: /nonexistent holds no synthesized app (no /nonexistent/manifest.json): run the smoke test in your project after `npx cdktf deploy`, or give its output folder with --outdir\n",
    });
  });
});
