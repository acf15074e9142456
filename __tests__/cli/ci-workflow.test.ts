import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as yaml from "js-yaml";
import { CI_FILES, CI_SYSTEMS, CI_TERRAFORM_VERSION, ciWorkflow } from "../../cli/ci-workflow";
import { CDKTF, CDKTN } from "../../cli/init";
import { keepOnCall, onCallDiff, onCallDiffMarkdown, readDeclaredOnCall, readSynthesizedStacks } from "../../tools";
import { describeWithCdktfCli } from "../helpers/cdktf-cli";

// The CI workflows of cli/ci-workflow.ts (what `init --ci` writes and docs/ci.md shows), run here
// command by command, in order, as GitHub Actions and GitLab CI would, in a git repository whose
// pull request changes a project: the example app (nothing moves, nothing to plan) and the config app
// (a person added with keepOnCall today). What runs is the workflow's own text, read from its YAML,
// with the real cdktf CLI and `ilert-datadog`. Faked, because they are the CI system's or the
// network's: the steps that are actions (`uses:` checkout, setup-node, setup-terraform,
// upload-artifact; the test checks out and has Node), `npm ci` (a link to this repository's
// node_modules), `gh` and `curl` (they record the comment and the note). Not run: the plan jobs'
// `cdktf diff`, which needs Terraform with the providers from the registry, credentials and the
// remote state (the e2e runs `cdktf diff` against the API fakes).

const ROOT = path.resolve(__dirname, "../..");
const LAUNCHER = path.join(ROOT, "scripts", "ilert-datadog.js");

type Yaml = Record<string, any>;
const github = yaml.safeLoad(ciWorkflow("github", CDKTF)) as Yaml;
const gitlab = yaml.safeLoad(ciWorkflow("gitlab", CDKTF)) as Yaml;

describe("the workflows' text", () => {
  test("docs/ci.md shows both, as init writes them", () => {
    const doc = fs.readFileSync(path.join(ROOT, "docs", "ci.md"), "utf8");
    const blocks = [...doc.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
    expect(blocks).toEqual([ciWorkflow("github", CDKTF), ciWorkflow("gitlab", CDKTF)]);
    for (const system of CI_SYSTEMS) expect(doc).toContain(`\`${CI_FILES[system]}\``);
  });

  test("no value of the CI system is spliced into a command: run steps read it from the environment", () => {
    const runs = Object.values<Yaml>(github.jobs).flatMap((job) => job.steps.filter((s: Yaml) => s.run).map((s: Yaml) => s.run as string));
    expect(runs.length).toBeGreaterThan(4);
    for (const run of runs) expect(run).not.toContain("${{");
  });

  test("a cdktn project's workflows run cdktn on Node 22", () => {
    for (const system of CI_SYSTEMS) {
      const text = ciWorkflow(system, CDKTN);
      expect(text).toContain("npx cdktn synth");
      expect(text).toContain("npx cdktn diff");
      expect(text).not.toMatch(/cdktf (synth|diff)/);
      expect(text).toMatch(/node-version: 22|node:22/);
    }
  });
});

/** A pull request's repository: a project whose base commit is `base` and whose change is `change` (files by name). */
function repository(dir: string, cdktfApp: string, base: Record<string, string>, change: Record<string, string>): string {
  fs.mkdirSync(dir, { recursive: true });
  const git = (...args: string[]) => {
    const result = spawnSync("git", args, { cwd: dir, encoding: "utf8" });
    if (result.status !== 0) throw new Error(`git ${args.join(" ")}: ${result.stderr}`);
    return result.stdout.trim();
  };
  git("init", "-q", "-b", "main");
  git("config", "user.email", "ci@example.com");
  git("config", "user.name", "CI");
  const cdktfJson = { language: "typescript", app: cdktfApp, output: "cdktf.out", sendCrashReports: "false" };
  const write = (files: Record<string, string>) => {
    for (const [file, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, file), content);
  };
  write({ "cdktf.json": JSON.stringify(cdktfJson, null, 2), ".gitignore": "node_modules\ncdktf.out\n", ...base });
  git("add", "-A");
  git("commit", "-q", "-m", "base");
  const sha = git("rev-parse", "HEAD");
  write(change);
  git("add", "-A");
  git("commit", "-q", "-m", "change");
  return sha;
}

/** node_modules as `npm ci` would leave them for the workflow: the cdktf CLI and ilert-datadog on .bin. */
function nodeModules(dir: string): string {
  fs.mkdirSync(path.join(dir, ".bin"), { recursive: true });
  fs.symlinkSync(path.join(ROOT, "node_modules", ".bin", "cdktf"), path.join(dir, ".bin", "cdktf"));
  fs.writeFileSync(path.join(dir, ".bin", "ilert-datadog"), `#!/bin/sh\nexec "${process.execPath}" "${LAUNCHER}" "$@"\n`, { mode: 0o755 });
  return dir;
}

/** The CI system's tools, faked on the PATH: npm ci, gh (pull request comments), curl (merge request notes). */
function fakeTools(dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  const script = (name: string, body: string) => fs.writeFileSync(path.join(dir, name), `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  script(
    "npm",
    `printf 'npm %s (in %s)\\n' "$*" "$(basename "$PWD")" >> "$FAKE_LOG"
[ "$1" = ci ] || { echo "fake npm: only ci is faked" >&2; exit 1; }
[ -e node_modules ] || ln -s "$FAKE_NODE_MODULES" node_modules`,
  );
  script(
    "gh",
    `printf 'gh %s\\n' "$*" >> "$FAKE_LOG"
case "$*" in *--edit-last*) [ -e "$FAKE_DIR/comment.md" ] || { echo "no comments found for current user" >&2; exit 1; } ;; esac
while [ $# -gt 0 ]; do [ "$1" = --body-file ] && cp "$2" "$FAKE_DIR/comment.md"; shift; done
exit 0`,
  );
  script(
    "curl",
    `printf 'curl %s\\n' "$*" >> "$FAKE_LOG"
for arg in "$@"; do case "$arg" in body@*) cp "\${arg#body@}" "$FAKE_DIR/note.md" ;; esac; done
echo '{"id": 1}'`,
  );
  return dir;
}

/** What a run of a workflow's commands saw. */
interface Run {
  readonly cwd: string;
  readonly log: () => string[];
  readonly fake: (file: string) => string;
  readonly env: NodeJS.ProcessEnv;
}

function ciRun(tmp: string, repo: string): Run {
  const fakes = path.join(tmp, "fakes");
  const { ILERT_DATADOG_CONFIG: _c, ILERT_DATADOG_STACKS: _s, CDKTF_OUTDIR: _o, CDKTF_CONTEXT_JSON: _x, ...inherited } = process.env;
  const env = {
    ...inherited,
    PATH: `${fakeTools(path.join(tmp, "bin"))}${path.delimiter}${process.env.PATH}`,
    FAKE_DIR: fakes,
    FAKE_LOG: path.join(fakes, "log"),
    FAKE_NODE_MODULES: nodeModules(path.join(tmp, "node_modules")),
  };
  fs.mkdirSync(fakes);
  fs.writeFileSync(env.FAKE_LOG, "");
  return {
    cwd: repo,
    env,
    log: () => fs.readFileSync(env.FAKE_LOG, "utf8").trim().split("\n"),
    fake: (file) => fs.readFileSync(path.join(fakes, file), "utf8"),
  };
}

/** Runs a shell script as the CI system does (bash, stopping at the first failing command), failing the test on a non-zero exit. */
function shell(script: string, cwd: string, env: NodeJS.ProcessEnv, what: string): string {
  const result = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", script], { cwd, env, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${what} failed (exit ${result.status}):\n${script}\n${result.stderr}${result.stdout}`);
  return result.stdout;
}

/** GitHub's expressions as this test's pull request gives them (`${{ ... }}` and `if:` comparisons). */
function expressions(values: Record<string, string>) {
  const value = (term: string): string => {
    const literal = /^'(.*)'$/.exec(term);
    if (literal) return literal[1];
    if (!(term in values)) throw new Error(`the test does not know the expression ${term}`);
    return values[term];
  };
  return {
    resolve: (text: string) => text.replace(/\$\{\{\s*(.+?)\s*\}\}/g, (_, term: string) => value(term)),
    condition: (text: string): boolean => {
      const match = /^(.+?)\s*(==|!=)\s*(.+)$/.exec(text.trim());
      if (!match) throw new Error(`the test does not know the condition ${text}`);
      return (value(match[1]) === value(match[3])) === (match[2] === "==");
    },
  };
}

interface GithubJobRun {
  /** Each step: `ran <name>`, or `action <uses>` for an action the test stands in for. */
  readonly steps: string[];
  /** The job's outputs. */
  readonly outputs: Record<string, string>;
}

/** Runs a GitHub job's `run` steps in order, in `run.cwd`, with the workflow's, job's and step's env resolved. */
function runGithubJob(job: Yaml, run: Run, values: Record<string, string>): GithubJobRun {
  const expr = expressions(values);
  const envOf = (env: Yaml | undefined) => Object.fromEntries(Object.entries(env ?? {}).map(([k, v]) => [k, expr.resolve(String(v))]));
  const stepOutputs: Record<string, Record<string, string>> = {};
  const steps: string[] = [];
  const summary = path.join(run.env.FAKE_DIR!, "summary.md");
  for (const step of job.steps as Yaml[]) {
    if (step.uses !== undefined) {
      steps.push(`action ${step.uses}`);
      continue;
    }
    if (step.if !== undefined && !expr.condition(step.if)) {
      steps.push(`skipped ${step.name}`);
      continue;
    }
    const output = path.join(run.env.FAKE_DIR!, `output-${steps.length}`);
    fs.writeFileSync(output, "");
    const env = {
      ...run.env,
      ...envOf(github.env),
      ...envOf(job.env),
      ...envOf(step.env),
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
    };
    shell(step.run, run.cwd, env, `step "${step.name}"`);
    if (step.id !== undefined) {
      stepOutputs[step.id] = Object.fromEntries(
        fs
          .readFileSync(output, "utf8")
          .split("\n")
          .filter((l) => l.includes("="))
          .map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]),
      );
    }
    steps.push(`ran ${step.name}`);
  }
  const outputValues = Object.fromEntries(
    Object.entries(stepOutputs).flatMap(([id, outputs]) => Object.entries(outputs).map(([k, v]) => [`steps.${id}.outputs.${k}`, v])),
  );
  return {
    steps,
    outputs: Object.fromEntries(Object.entries(job.outputs ?? {}).map(([k, v]) => [k, expressions(outputValues).resolve(String(v))])),
  };
}

/** The pull request's values of GitHub's expressions the who-moves job reads. */
function pullRequest(baseSha: string, runnerTemp: string): Record<string, string> {
  return {
    "github.event.pull_request.base.sha": baseSha,
    "github.event.pull_request.number": "7",
    "github.event.pull_request.head.repo.full_name": "acme/payments-oncall",
    "github.repository": "acme/payments-oncall",
    "github.token": "fake-token",
    "runner.temp": runnerTemp,
    "vars.ILERT_DATADOG_STACKS": "",
  };
}

/** The plan job for the who-moves job's outputs: whether it runs, its stacks, and its steps' commands (not run). */
function planJob(outputs: Record<string, string>) {
  const plan = github.jobs.plan;
  expect(plan.needs).toBe("who-moves");
  const values = Object.fromEntries(Object.entries(outputs).map(([k, v]) => [`needs.who-moves.outputs.${k}`, v]));
  const runs = expressions(values).condition(plan.if);
  const matrix = /^\$\{\{ fromJSON\(needs\.who-moves\.outputs\.stacks\) \}\}$/.test(plan.strategy.matrix.stack)
    ? JSON.parse(outputs.stacks)
    : undefined;
  return { runs, stacks: matrix as string[], steps: (plan.steps as Yaml[]).map((s) => s.uses ?? s.run) };
}

const WHO_MOVES_STEPS = [
  "action actions/checkout@v4",
  "action actions/setup-node@v4",
  "ran Synthesize the base",
  "ran Synthesize the change",
  "ran Who moves on call",
  "action actions/upload-artifact@v4",
  "ran Post who moves on the pull request",
  "ran The stacks to plan",
];

describeWithCdktfCli("the workflows' commands, run in order on a pull request", () => {
  let tmp: string;
  beforeEach(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ci-workflow-"))));
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test("GitHub, the example app: a README change moves nobody, says so in the comment, and plans nothing", () => {
    const repo = path.join(tmp, "repo");
    const baseSha = repository(
      repo,
      `node ${JSON.stringify(path.join(ROOT, "scripts", "app.js"))}`,
      { "README.md": "# On call\n" },
      {
        "README.md": "# On call\n\nWho is paged, in code.\n",
      },
    );
    const run = ciRun(tmp, repo);
    const job = runGithubJob(github.jobs["who-moves"], run, pullRequest(baseSha, path.join(tmp, "runner")));
    expect(job.steps).toEqual(WHO_MOVES_STEPS);
    const whoMoves = fs.readFileSync(path.join(repo, "who-moves.md"), "utf8");
    expect(whoMoves).toMatch(
      /^Who moves: nobody\. The 1 schedule and 1 escalation policy put the same people on call in the 28 days from \d{4}-\d{2}-\d{2} as before the change\.\n$/,
    );
    expect(run.fake("comment.md")).toBe(whoMoves);
    expect(run.fake("summary.md")).toBe(whoMoves);
    expect(job.outputs).toEqual({ stacks: "[]" });
    expect(run.log()).toEqual([
      "npm ci --no-audit --no-fund (in base)",
      "npm ci --no-audit --no-fund (in repo)",
      // No comment of the workflow yet: --edit-last fails, a new one is posted.
      "gh pr comment 7 --body-file who-moves-comment.md --edit-last",
      "gh pr comment 7 --body-file who-moves-comment.md",
    ]);
    expect(planJob(job.outputs).runs).toBe(false);
  }, 180_000);

  test("GitHub, the config app: a person added with keepOnCall today moves nobody before the next hand-over; that stack is planned", () => {
    const repo = path.join(tmp, "repo");
    const today = new Date().toISOString().slice(0, 10);
    const users = ["alice@example.com", "bob@example.com", "carol@example.com"];
    const config = (schedule: object) =>
      JSON.stringify({
        stackPer: "team",
        environments: [{ key: "prod" }],
        teams: [
          {
            key: "payments",
            schedule: { timezone: "Europe/Berlin", rotation: "weekly", start: "2025-01-06T09:00", users, ...schedule },
            escalation: { rules: [{ notify: { schedule: true }, escalateAfterMin: 15 }] },
          },
          { key: "search", escalation: { rules: [{ notify: { user: "lead@example.com" }, escalateAfterMin: 15 }] } },
        ],
      });
    const keep = { at: `${today}T12:00`, previousUsers: users };
    const baseSha = repository(
      repo,
      "npx ilert-datadog app --config teams.json",
      { "teams.json": config({}) },
      {
        "teams.json": config({ users: [...users, "dave@example.com"], keepOnCall: keep }),
      },
    );
    const run = ciRun(tmp, repo);
    const runnerTemp = path.join(tmp, "runner");
    // A comment of an earlier run of the workflow: it is edited.
    fs.writeFileSync(path.join(run.env.FAKE_DIR!, "comment.md"), "earlier\n");
    const job = runGithubJob(github.jobs["who-moves"], run, pullRequest(baseSha, runnerTemp));
    expect(job.steps).toEqual(WHO_MOVES_STEPS);

    // The comment is the tool's diff of the two apps the workflow synthesized, over 28 days from today.
    const whoMoves = fs.readFileSync(path.join(repo, "who-moves.md"), "utf8");
    const from = /^## Who moves: 28 days from (\d{4}-\d{2}-\d{2})\n/.exec(whoMoves)![1];
    const declared = (outdir: string) => readDeclaredOnCall(readSynthesizedStacks(outdir));
    const diff = onCallDiff(declared(path.join(runnerTemp, "base", "cdktf.out")), declared(path.join(repo, "cdktf.out")), {
      from,
      days: 28,
    });
    expect(whoMoves).toBe(onCallDiffMarkdown(diff));
    expect(run.fake("comment.md")).toBe(whoMoves);
    expect(run.log().filter((l) => l.startsWith("gh "))).toEqual(["gh pr comment 7 --body-file who-moves-comment.md --edit-last"]);
    // keepOnCall: whoever is on call today stays until their turn ends; dave comes in after, within 28 days.
    const kept = keepOnCall(
      { users: [...users, "dave@example.com"], rotation: "P7D", start: "2025-01-06T09:00" },
      users,
      keep.at,
      "Europe/Berlin",
    );
    const moves = diff.schedules.flatMap((s) => s.moves);
    expect(moves.length).toBeGreaterThan(0);
    for (const move of moves) expect(move.start.getTime()).toBeGreaterThanOrEqual(kept.turnEnd.getTime());
    expect(moves.some((m) => m.after === "dave@example.com")).toBe(true);

    expect(job.outputs).toEqual({ stacks: '["prod-payments"]' });
    const plan = planJob(job.outputs);
    expect(plan).toEqual({
      runs: true,
      stacks: ["prod-payments"],
      steps: [
        "actions/checkout@v4",
        "actions/setup-node@v4",
        "hashicorp/setup-terraform@v3",
        'npm ci --no-audit --no-fund\nnpx cdktf diff "$STACK"\n',
      ],
    });
    expect(github.jobs.plan.env).toMatchObject({ STACK: "${{ matrix.stack }}", ILERT_DATADOG_STACKS: "${{ matrix.stack }}" });
    expect(github.jobs.plan.steps[2].with).toEqual({ terraform_version: CI_TERRAFORM_VERSION, terraform_wrapper: false });
  }, 180_000);

  test("GitLab, the config app: the same diff as a note, the changed stack's plan job in the child pipeline", () => {
    const repo = path.join(tmp, "repo");
    const team = (users: string[]) =>
      JSON.stringify({
        environments: [{ key: "prod" }],
        teams: [
          {
            key: "payments",
            schedule: { timezone: "UTC", rotation: "daily", start: "2025-01-06T09:00", users },
            escalation: { rules: [{ notify: { schedule: true }, escalateAfterMin: 15 }] },
          },
        ],
      });
    const baseSha = repository(
      repo,
      "npx ilert-datadog app --config teams.json",
      { "teams.json": team(["a@example.com", "b@example.com"]) },
      {
        "teams.json": team(["b@example.com", "a@example.com", "c@example.com"]),
      },
    );
    const run = ciRun(tmp, repo);
    const job = gitlab["who-moves"];
    expect(job.rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }]);
    const env = {
      ...run.env,
      ...gitlab.variables,
      ...job.variables,
      CI_PIPELINE_SOURCE: "merge_request_event",
      CI_MERGE_REQUEST_DIFF_BASE_SHA: baseSha,
      CI_API_V4_URL: "https://gitlab.example.com/api/v4",
      CI_PROJECT_ID: "42",
      CI_MERGE_REQUEST_IID: "7",
      ILERT_DATADOG_NOTE_TOKEN: "fake-token",
    };
    // GitLab runs a job's script lines in one shell.
    shell((job.script as string[]).join("\n"), repo, env, "the who-moves job");
    const whoMoves = fs.readFileSync(path.join(repo, "who-moves.md"), "utf8");
    expect(whoMoves).toMatch(/^## Who moves: 28 days from \d{4}-\d{2}-\d{2}\n/);
    expect(whoMoves).toContain("### Schedule payments on-call (prod)");
    expect(run.fake("note.md")).toBe(whoMoves);
    expect(run.log().filter((l) => l.startsWith("curl "))).toEqual([
      "curl --fail-with-body --silent --show-error --request POST --header PRIVATE-TOKEN: fake-token --data-urlencode body@who-moves-note.md https://gitlab.example.com/api/v4/projects/42/merge_requests/7/notes",
    ]);
    for (const artifact of job.artifacts.paths) expect(fs.existsSync(path.join(repo, artifact))).toBe(true);
    const child = yaml.safeLoad(fs.readFileSync(path.join(repo, "plan-pipeline.yml"), "utf8")) as Yaml;
    expect(Object.keys(child)).toEqual(["stages", "plan prod"]);
    expect(child["plan prod"]).toMatchObject({
      stage: "plan",
      image: "node:20",
      variables: { STACK: "prod", ILERT_DATADOG_STACKS: "prod" },
      script: expect.arrayContaining(["npm ci --no-audit --no-fund", 'npx cdktf diff "$STACK"']),
    });
    expect(gitlab.plan.trigger).toEqual({ include: [{ artifact: "plan-pipeline.yml", job: "who-moves" }], strategy: "depend" });
    // With no stack changed, the child pipeline has one job that says so (a pipeline needs a job).
    fs.writeFileSync(path.join(repo, "stacks.json"), "[]\n");
    shell(
      (job.script as string[]).find((line) => line.startsWith("node -e"))!,
      repo,
      env,
      "the child pipeline's script",
    );
    expect(yaml.safeLoad(fs.readFileSync(path.join(repo, "plan-pipeline.yml"), "utf8"))).toEqual({
      stages: ["plan"],
      "nothing to plan": { stage: "plan", image: "node:20", script: ["echo no stack changed"] },
    });
  }, 180_000);
});
