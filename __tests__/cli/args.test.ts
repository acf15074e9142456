import { helpText, parseCommand, SUBCOMMAND_NAMES, UsageError } from "../../cli/args";

// The one parser of `ilert-datadog`: every option is checked here, before anything is synthesized.

const today = () => "2026-03-23";
const parse = (...argv: string[]) => parseCommand(argv, today);

function problem(...argv: string[]): { message: string; subcommand?: string } {
  try {
    parse(...argv);
  } catch (e) {
    if (e instanceof UsageError) return { message: e.message, subcommand: e.subcommand };
    throw e;
  }
  throw new Error(`accepted: ${argv.join(" ")}`);
}

describe("parseCommand", () => {
  test("defaults: read cdktf.out, 28 days from today, Markdown", () => {
    expect(parse("oncall")).toEqual({
      name: "oncall",
      outdir: undefined,
      synth: false,
      config: undefined,
      from: "2026-03-23",
      days: 28,
      format: "md",
      out: undefined,
      diff: undefined,
    });
  });

  test("oncall --diff BASE compares with BASE (md or json); stacks takes --json and --changed BASE; init --ci github|gitlab", () => {
    expect(parse("oncall", "--diff", "../base/cdktf.out", "--format", "json", "cdktf.out")).toMatchObject({
      name: "oncall",
      diff: "../base/cdktf.out",
      format: "json",
      outdir: "cdktf.out",
    });
    expect(parse("stacks")).toEqual({
      name: "stacks",
      outdir: undefined,
      synth: false,
      config: undefined,
      json: false,
      changed: undefined,
    });
    expect(parse("stacks", "--json", "--changed", "base", "--config", "teams.json")).toEqual({
      name: "stacks",
      outdir: undefined,
      synth: true,
      config: "teams.json",
      json: true,
      changed: "base",
    });
    expect(problem("oncall", "--diff", "b", "--format", "ics")).toEqual({
      message:
        "--format ics: writes the calendars of one app, and --diff compares two; give --diff with --format md or json, or drop --diff",
      subcommand: "oncall",
    });
    expect(problem("stacks", "--changed", " ")).toEqual({
      message: '--changed: invalid value "": expected a folder name; e.g. --changed ../base/cdktf.out',
      subcommand: "stacks",
    });
    expect(problem("stacks", "--json=yes").message).toBe("--json: takes no value; give --json alone");
    expect(parse("init", "--ci", "github")).toEqual({ name: "init", ci: "github" });
    expect(problem("init", "--ci", "gitlab-ci")).toEqual({
      message: '--ci: invalid value "gitlab-ci": expected one of github, gitlab; e.g. --ci gitlab',
      subcommand: "init",
    });
    expect(problem("init", "--ci").message).toBe("--ci: missing value; give one, e.g. --ci github");
    expect(helpText("stacks")).toMatch(
      /^usage: ilert-datadog stacks \[--json\] \[--changed BASE\] \[--synth\] \[--config FILE\] \[outdir\]\n/,
    );
  });

  test("--config implies --synth; an outdir is read as given", () => {
    expect(parse("diagram", "--config", "teams.json")).toMatchObject({ name: "diagram", synth: true, config: "teams.json" });
    expect(parse("oncall", "--config", "teams.json", "--days", "7")).toMatchObject({ synth: true, config: "teams.json", days: 7 });
    expect(parse("preview", "out")).toEqual({ name: "preview", outdir: "out", synth: false, config: undefined });
    expect(parse("app", "--config", "teams.json")).toEqual({ name: "app", config: "teams.json" });
    expect(parse("init")).toEqual({ name: "init" });
  });

  test.each<[string[], string]>([
    [
      ["oncall", "--from", "2026-13-01"],
      '--from: invalid value "2026-13-01": expected a calendar date YYYY-MM-DD (month 01-12, a day the month has); e.g. --from 2026-03-23',
    ],
    [
      ["oncall", "--from", "2026-02-30"],
      '--from: invalid value "2026-02-30": expected a calendar date YYYY-MM-DD (month 01-12, a day the month has); e.g. --from 2026-03-23',
    ],
    [
      ["oncall", "--from", "23.03.2026"],
      '--from: invalid value "23.03.2026": expected a calendar date YYYY-MM-DD (month 01-12, a day the month has); e.g. --from 2026-03-23',
    ],
    [["oncall", "--days", "0"], '--days: invalid value "0": expected a whole number of days from 1 to 3660; e.g. --days 28'],
    [["oncall", "--days", "two"], '--days: invalid value "two": expected a whole number of days from 1 to 3660; e.g. --days 28'],
    [["oncall", "--days", "3661"], '--days: invalid value "3661": expected a whole number of days from 1 to 3660; e.g. --days 28'],
    [
      ["oncall", "--from", "9999-12-31", "--days", "2"],
      '--from: invalid value "9999-12-31": expected a day from 1970-01-01 to 9999-12-30 (the range of the on-call calendar); e.g. --from 2026-03-23',
    ],
    [
      ["oncall", "--from", "0050-01-01"],
      '--from: invalid value "0050-01-01": expected a day from 1970-01-01 to 9999-12-30 (the range of the on-call calendar); e.g. --from 2026-03-23',
    ],
    [
      ["oncall", "--from", "1969-12-31"],
      '--from: invalid value "1969-12-31": expected a day from 1970-01-01 to 9999-12-30 (the range of the on-call calendar); e.g. --from 2026-03-23',
    ],
    [
      ["oncall", "--from", "9999-12-30", "--days", "2"],
      '--days: invalid value "2": expected a whole number of days from 1 to 1 (the on-call calendar ends on 9999-12-30, and --from is 9999-12-30); e.g. --days 1',
    ],
    [
      ["oncall", "--from", "9990-01-01", "--days", "3660"],
      '--days: invalid value "3660": expected a whole number of days from 1 to 3651 (the on-call calendar ends on 9999-12-30, and --from is 9990-01-01); e.g. --days 3651',
    ],
    [
      ["oncall", "--days", "1".repeat(200)],
      `--days: invalid value "${"1".repeat(60)}..." (200 characters): expected a whole number of days from 1 to 3660; e.g. --days 28`,
    ],
    [["oncall", "--format", "\u001b[2Jmd"], '--format: invalid value "\\u001b[2Jmd": expected one of md, ics, json; e.g. --format md'],
    [["oncall", "--format", "pdf"], '--format: invalid value "pdf": expected one of md, ics, json; e.g. --format md'],
    [["oncall", "--format", "markdown"], '--format: invalid value "markdown": expected one of md, ics, json; e.g. --format md'],
    [
      ["oncall", "--colour"],
      "--colour: unknown option; expected one of --synth, --config, --from, --days, --format, --out, --diff, --help",
    ],
    [
      ["oncall", "--dayz", "7"],
      "--dayz: unknown option; expected one of --synth, --config, --from, --days, --format, --out, --diff, --help; did you mean --days?",
    ],
    [
      ["oncall", "--Format"],
      "--Format: unknown option; expected one of --synth, --config, --from, --days, --format, --out, --diff, --help; did you mean --format?",
    ],
    [["oncall", "--days"], "--days: missing value; give one, e.g. --days 28"],
    // A value that begins with "-" is the option's value, checked as any other (not "missing value").
    [["oncall", "--days", "-5"], '--days: invalid value "-5": expected a whole number of days from 1 to 3660; e.g. --days 28'],
    [["oncall", "--days=-5"], '--days: invalid value "-5": expected a whole number of days from 1 to 3660; e.g. --days 28'],
    // ... unless it is an option of the command: then the value is missing.
    [["oncall", "--config", "--synth"], "--config: missing value; give one, e.g. --config teams.json"],
    // An option given twice: the last would win silently.
    [
      ["oncall", "--days", "3", "--from", "2026-03-23", "--days=5"],
      '--days: given 2 times ("3", "5"); each option is taken once: keep the one you mean, e.g. --days 5',
    ],
    [["diagram", "--synth", "--synth"], "--synth: given 2 times; each option is taken once: give it once"],
    [
      ["app", "--config", "a.json", "--config", "b\nc.json"],
      '--config: given 2 times ("a.json", "b\\nc.json"); each option is taken once: keep the one you mean, e.g. --config b\\u000ac.json',
    ],
    [["diagram", "--synth=yes"], "--synth: takes no value; give --synth alone"],
    [["import-commands", "--synth"], "--synth: unknown option; expected one of --help"],
    [["preview", "a", "b"], '"b": unexpected argument; expected at most one outdir (the synthesized app to read), got "a", "b"'],
    [["init", "here"], '"here": unexpected argument; init takes only the options --ci'],
    [["app", "teams.json"], '"teams.json": unexpected argument; app takes only the options --config'],
    [
      ["oncall", "--synth", "cdktf.out"],
      '"cdktf.out": an outdir is not read with --synth, which synthesizes into a temporary folder; drop "cdktf.out" to synthesize, or --synth to read "cdktf.out"',
    ],
    [["diagram", "--config", ""], '--config: invalid value "": expected a file name; e.g. --config teams.json'],
    [
      ["sandbox", "--env-file", "sandbox.env"],
      "--env-file: unknown option; expected one of --synth, --config, --write-env, --mirror, --seed, --help",
    ],
    [["sandbox", "--write-env"], "--write-env: missing value; give one, e.g. --write-env sandbox.env"],
    [["sandbox", "--mirror"], "--mirror: missing value; give one, e.g. --mirror /opt/terraform/providers"],
    [["sandbox", "--mirror", " "], '--mirror: invalid value "": expected a folder name; e.g. --mirror /opt/terraform/providers'],
    [["sandbox", "--seed", ""], '--seed: invalid value "": expected a file name; e.g. --seed seed.json'],
    [["sandbox", "a", "b"], '"b": unexpected argument; expected at most one outdir (the synthesized app to read), got "a", "b"'],
    [["smoke-test", "payments", "search"], '"search": unexpected argument; expected at most one stack, got "payments", "search"'],
    [["smoke-test", "--timeout", "0"], '--timeout: invalid value "0": expected whole seconds from 1 to 600; e.g. --timeout 30'],
    [["smoke-test", "--timeout", "601"], '--timeout: invalid value "601": expected whole seconds from 1 to 600; e.g. --timeout 30'],
    [["smoke-test", "--timeout", "1.5"], '--timeout: invalid value "1.5": expected whole seconds from 1 to 600; e.g. --timeout 30'],
    [["smoke-test", "--timeout"], "--timeout: missing value; give one, e.g. --timeout 30"],
    [["smoke-test", "--page-real-people=yes"], "--page-real-people: takes no value; give --page-real-people alone"],
    [["smoke-test", "--synth"], "--synth: unknown option; expected one of --page-real-people, --timeout, --outdir, --help"],
    [["smoke-test", "--outdir", ""], '--outdir: invalid value "": expected a folder name; e.g. --outdir cdktf.out'],
  ])("%j: %s", (argv, message) => {
    expect(problem(...argv)).toEqual({ message, subcommand: argv[0] });
  });

  test("sandbox reads the synthesized app as the other tools do, with its own options", () => {
    expect(parse("sandbox")).toEqual({
      name: "sandbox",
      outdir: undefined,
      synth: false,
      config: undefined,
      writeEnv: undefined,
      mirror: undefined,
      seed: undefined,
    });
    expect(
      parse("sandbox", "--write-env", "sandbox.env", "--mirror", "/opt/mirror", "--seed", "seed.json", "--config", "teams.json"),
    ).toEqual({
      name: "sandbox",
      outdir: undefined,
      synth: true,
      config: "teams.json",
      writeEnv: "sandbox.env",
      mirror: "/opt/mirror",
      seed: "seed.json",
    });
  });

  test("smoke-test takes a stack, and waits 30 s by default", () => {
    expect(parse("smoke-test")).toEqual({
      name: "smoke-test",
      stack: undefined,
      pageRealPeople: false,
      timeoutSeconds: 30,
      outdir: undefined,
    });
    expect(parse("smoke-test", "payments", "--page-real-people", "--timeout", "600", "--outdir", "out")).toEqual({
      name: "smoke-test",
      stack: "payments",
      pageRealPeople: true,
      timeoutSeconds: 600,
      outdir: "out",
    });
  });

  test("every subcommand's help documents each of its options", () => {
    for (const subcommand of SUBCOMMAND_NAMES) {
      const help = helpText(subcommand);
      const usage = help.split("\n")[0];
      const options = [...help.matchAll(/^ {2}(--[a-z-]+)/gm)].map((m) => m[1]);
      const undocumented = [...usage.matchAll(/\[(--[a-z-]+)/g)].map((m) => m[1]).filter((o) => !options.includes(o));
      expect({ subcommand, undocumented, help: options.includes("--help") }).toEqual({ subcommand, undocumented: [], help: true });
    }
    const sandbox = helpText("sandbox");
    for (const option of ["--write-env FILE", "--mirror DIR", "--seed FILE", "--synth", "--config FILE", "[outdir]"])
      expect(sandbox).toContain(`  ${option}`);
    const smoke = helpText("smoke-test");
    for (const option of ["[stack]", "--page-real-people", "--timeout SECONDS", "--outdir DIR"]) expect(smoke).toContain(`  ${option}`);
  });

  test("the calendar's range, first and last day, is accepted", () => {
    expect(parse("oncall", "--from", "1970-01-01", "--days", "3660")).toMatchObject({ from: "1970-01-01", days: 3660 });
    expect(parse("oncall", "--from", "9999-12-30", "--days", "1")).toMatchObject({ from: "9999-12-30", days: 1 });
    expect(parse("oncall", "--from", "9999-12-20")).toMatchObject({ from: "9999-12-20", days: 11 }); // the default 28, cut at the range's end
  });

  test("an unknown command names the commands", () => {
    expect(problem("synthesize")).toEqual({
      message:
        '"synthesize": unknown command; expected one of init, app, oncall, diagram, preview, import-commands, adopt, stacks, sandbox, smoke-test; e.g. ilert-datadog oncall --help',
      subcommand: undefined,
    });
    expect(problem("oncal")).toEqual({
      message:
        '"oncal": unknown command; expected one of init, app, oncall, diagram, preview, import-commands, adopt, stacks, sandbox, smoke-test; did you mean oncall?',
      subcommand: undefined,
    });
  });

  test("no command at all is a usage error; --version asks for the version, alone", () => {
    expect(problem()).toEqual({
      message: "no command given; expected one of init, app, oncall, diagram, preview, import-commands, adopt, stacks, sandbox, smoke-test",
      subcommand: undefined,
    });
    expect([parse("--version"), parse("-v")]).toEqual([{ name: "version" }, { name: "version" }]);
    expect(problem("--version", "oncall")).toEqual({
      message: '"oncall": unexpected argument; --version takes none',
      subcommand: undefined,
    });
  });

  test("--help, for the command and each subcommand, wins over other options", () => {
    expect(parse("--help")).toEqual({ name: "help" });
    expect(parse("oncall", "--days", "0", "--help")).toEqual({ name: "help", subcommand: "oncall" });
    expect(helpText("oncall")).toMatch(/^usage: ilert-datadog oncall \[--from YYYY-MM-DD\]/);
    expect(helpText("app")).toContain('"app": "npx ilert-datadog app --config teams.json"');
    expect(helpText()).toMatch(/^usage: ilert-datadog <command> \[options\]/);
  });

  test("each subcommand's options are in one column, its own and the shared ones alike", () => {
    for (const subcommand of ["init", "app", "oncall", "diagram", "preview", "import-commands", "stacks"]) {
      const options = helpText(subcommand).split("\n\n").pop()!.split("\n");
      // Where each line's description starts: after the option and 2+ spaces, or after the indent of a continued line.
      const columns = options.map((line) => (/^ {2}[-[]\S*(?: \S+)*? {2,}(?=\S)/.exec(line) ?? /^ {3,}(?=\S)/.exec(line))?.[0].length);
      expect({ subcommand, columns: new Set(columns.filter((c) => c !== undefined)).size }).toEqual({ subcommand, columns: 1 });
    }
    expect(helpText("oncall")).toContain(
      "  --out DIR           write md (oncall.md) or json (oncall.json) to DIR instead of printing it\n                      (with --diff: oncall-diff.md, oncall-diff.json); an existing file is\n                      replaced only if oncall wrote it\n  --diff BASE         compare with the app synthesized into the folder BASE (e.g. the base\n                      branch's cdktf.out): per schedule and escalation policy, every span whose\n                      person on call (or paged first) differs, before -> after, in the schedule's\n                      time zone and UTC; added and removed schedules listed; md or json\n  [outdir]            the synthesized app to read (default: cdktf.json's \"output\", else cdktf.out);\n                      run `npx cdktf synth` first, or give --synth\n",
    );
  });

  test("the help names the framework's CLI it is given: cdktn's, from the cdktn package", () => {
    for (const subcommand of [undefined, "app", "oncall", "diagram", "preview", "import-commands", "sandbox"]) {
      expect({ subcommand, cdktf: helpText(subcommand).includes("npx cdktf synth") }).toEqual({ subcommand, cdktf: true });
      const cdktn = helpText(subcommand, "cdktn");
      expect({ subcommand, cdktn: cdktn.includes("npx cdktn synth"), cdktf: /cdktf (synth|deploy)/.test(cdktn) }).toEqual({
        subcommand,
        cdktn: true,
        cdktf: false,
      });
    }
    expect(helpText("app", "cdktn")).toContain("(or `npx cdktn deploy <stack>`)");
    // Where the config file's keys are described: the docs shipped in the installed package.
    expect(helpText("app")).toContain(
      "The file's keys: docs/config-app.md in the installed package\n(node_modules/cdktf-ilert-datadog/docs/config-app.md).",
    );
    expect(helpText("app", "cdktn")).toContain("(node_modules/cdktn-ilert-datadog/docs/config-app.md)");
  });
});

describe("adopt's options", () => {
  test("defaults: teams.json, prod, one stack, monitors listed, changes refused", () => {
    expect(parse("adopt")).toEqual({
      name: "adopt",
      out: "teams.json",
      report: undefined,
      webhooks: [],
      monitors: false,
      group: "environment",
      environment: "prod",
      acceptChanges: false,
    });
  });

  test("every option, --webhook repeated (a leading @webhook- dropped, each name once)", () => {
    expect(
      parse(
        "adopt",
        "--out",
        "a.json",
        "--report",
        "a.md",
        "--webhook",
        "x",
        "--webhook",
        "@webhook-y",
        "--webhook",
        "x",
        "--monitors",
        "--group",
        "team",
        "--environment",
        "live",
        "--accept-changes",
      ),
    ).toEqual({
      name: "adopt",
      out: "a.json",
      report: "a.md",
      webhooks: ["x", "y"],
      monitors: true,
      group: "team",
      environment: "live",
      acceptChanges: true,
    });
  });

  test.each([
    [["--group", "source"], '--group: invalid value "source": expected environment or team; e.g. --group team'],
    [
      ["--environment", "Prod"],
      '--environment: invalid value "Prod": expected a key of lower-case letters, digits and "-", starting with a letter, at most 40 characters (it names the stack); e.g. --environment prod',
    ],
    [
      ["--webhook", "my hook"],
      '--webhook: invalid value "my hook": expected a webhook name (letters, digits, "-" and "_"), as monitors mention it after @webhook-; e.g. --webhook ilert-payments',
    ],
    [["--out", ""], '--out: invalid value "": expected a file name; e.g. --out teams.json'],
    [["--report"], "--report: missing value; give one, e.g. --report adopt.md"],
    [
      ["--monitor"],
      "--monitor: unknown option; expected one of --out, --report, --webhook, --monitors, --group, --environment, --accept-changes, --help; did you mean --monitors?",
    ],
    [
      ["teams.json"],
      '"teams.json": unexpected argument; adopt takes only the options --out, --report, --webhook, --monitors, --group, --environment, --accept-changes',
    ],
  ])("refuses %j with one line", (args, message) => {
    expect(problem("adopt", ...args)).toEqual({ message, subcommand: "adopt" });
  });

  test("--help documents every option, the variables it reads and the exit status", () => {
    const help = helpText("adopt");
    for (const option of [
      "--out FILE",
      "--report FILE",
      "--webhook NAME",
      "--monitors",
      "--group environment|team",
      "--environment KEY",
      "--accept-changes",
      "--help",
    ])
      expect({ option, documented: help.includes(`\n  ${option}`) }).toEqual({ option, documented: true });
    for (const variable of ["ILERT_API_TOKEN", "ILERT_ENDPOINT", "DD_API_KEY", "DD_APP_KEY", "DD_HOST"]) expect(help).toContain(variable);
    expect(help).toContain(
      "Exit status: 0 written; 1 no config written (bad credentials or endpoint, nothing to adopt, a file in\nthe way, or changes without --accept-changes; for the last two the --report file is written all the\nsame); 2 a wrong option.",
    );
    expect(helpText()).toContain("\n  adopt             a config that takes over an iLert + Datadog setup made by hand\n");
  });
});
