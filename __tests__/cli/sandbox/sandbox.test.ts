import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { SandboxFakes } from "../../../cli/sandbox/companion";
import { SANDBOX_WORKSPACE, startSandbox } from "../../../cli/sandbox/sandbox";
import { outputRecords } from "../../../cli/output-record";
import { writeFiles } from "../../../cli/write-files";
import type { SynthesizedStack } from "../../../tools";

/** Fakes that record what they were started with, answer nothing, and count their closes. */
function stubFakes(checkSeed: (seed: unknown, source?: string) => unknown = (seed) => seed) {
  const record = { seeds: [] as unknown[], closed: 0 };
  const fakes: SandboxFakes = {
    checkSeed,
    startFakes: async (seed, log) => {
      record.seeds.push(seed);
      log("[ilert] POST /api/users/search-email -> 200");
      // Each start on ports of its own, as real fakes listen: two sandboxes of one process started in
      // the same millisecond wrote the same env file otherwise, and the first one's stop took it as its own.
      const [ilert, datadog] = [1110, 2221].map((base) => `http://127.0.0.1:${base + record.seeds.length}`);
      return {
        ilertServer: { url: ilert },
        datadogServer: { url: datadog },
        env: { ILERT_ENDPOINT: ilert, ILERT_API_TOKEN: "fake token" },
        close: async () => void record.closed++,
      };
    },
  };
  return { fakes, record };
}

/** The example's looked-up user, in a stack with the given backend. */
function stacks(backend: Record<string, unknown> = { local: { path: "terraform.payments.tfstate" } }): SynthesizedStack[] {
  const config = {
    terraform: { backend, required_providers: { ilert: { version: "2.25.0" }, datadog: { version: "3.82.0" } } },
    data: { ilert_user: { Lead: { email: "lead@example.com" } } },
  };
  return [{ name: "payments", workingDirectory: "stacks/payments", config: config as never }];
}

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "sandbox-"));

describe("startSandbox", () => {
  test("seeds what the app looks up, prints the environment, writes the env file; stop closes the fakes and removes it", async () => {
    const { fakes, record } = stubFakes();
    const envFile = path.join(tmp(), "sandbox.env");
    const lines: string[] = [];
    const running = await startSandbox(stacks(), { cli: "cdktf", writeEnv: envFile }, fakes, (line) => lines.push(line));
    expect(record.seeds).toEqual([
      { users: [{ id: 1001, email: "lead@example.com" }], teams: [], escalationPolicies: [], schedules: [], supportHours: [] },
    ]);
    const exports = [
      "export ILERT_ENDPOINT=http://127.0.0.1:1111",
      "export ILERT_API_TOKEN='fake token'",
      `export TF_WORKSPACE=${SANDBOX_WORKSPACE}`,
      "export CHECKPOINT_DISABLE=1",
    ];
    expect(lines).toEqual([
      "[ilert] POST /api/users/search-email -> 200",
      "iLert fake on http://127.0.0.1:1111, Datadog fake on http://127.0.0.1:2222",
      "seeded with what payments looks up: 1 user (lead@example.com), 0 teams, 0 schedules, 0 escalation policies, 0 support hours",
      "In the shell that runs the deploy, export:",
      ...exports,
      `wrote ${envFile}: load it with . ${envFile}`,
      "then: npx cdktf deploy payments --auto-approve, and npx ilert-datadog smoke-test payments",
      "deploys into the sandbox keep their state in the Terraform workspace ilert-datadog-sandbox (TF_WORKSPACE), apart from real deploys",
      "running until stopped (Ctrl-C); nothing is kept. Requests:",
    ]);
    const content = fs.readFileSync(envFile, "utf8");
    expect(content).toMatch(
      new RegExp(
        `^# ilert-datadog sandbox: the environment of the sandbox started \\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z \\(pid ${process.pid}\\); removed when it stops\\.\n`,
      ),
    );
    expect(content.split("\n").slice(1)).toEqual([`# Load it with: . ${envFile}`, ...exports, ""]);
    await running.stop();
    expect([record.closed, fs.existsSync(envFile)]).toEqual([1, false]);
  });

  test("--mirror writes the Terraform CLI config into a folder of its own, named in the environment, and removes it on stop", async () => {
    const mirror = tmp();
    for (const provider of ["ilert/ilert/2.20.0", "datadog/datadog/3.82.0"]) {
      fs.mkdirSync(path.join(mirror, "registry.terraform.io", provider, "linux_amd64"), { recursive: true });
    }
    const lines: string[] = [];
    const running = await startSandbox(stacks(), { cli: "cdktf", mirror }, stubFakes().fakes, (line) => lines.push(line));
    const config = /^export TF_CLI_CONFIG_FILE=(.+)$/m.exec(lines.join("\n"))![1];
    expect(fs.readFileSync(config, "utf8")).toContain(`path    = ${JSON.stringify(mirror)}`);
    expect(lines).toEqual(
      expect.arrayContaining([
        "the mirror holds iLert 2.20.0 and Datadog 3.82.0",
        expect.stringMatching(/^stack payments requires iLert\/ilert 2\.25\.0, which the mirror lacks: pin the version it holds/),
        `wrote the Terraform CLI config for the mirror: ${config} (TF_CLI_CONFIG_FILE below)`,
        "then: npx cdktf deploy payments --auto-approve --skip-provider-lock, and npx ilert-datadog smoke-test payments",
      ]),
    );
    await running.stop();
    expect(fs.existsSync(path.dirname(config))).toBe(false);
  });

  test("--seed adds the file's objects; a bad file or seed is refused in one line before anything starts", async () => {
    const dir = tmp();
    const seed = path.join(dir, "seed.json");
    fs.writeFileSync(seed, JSON.stringify({ users: [{ id: 7, email: "lead@example.com" }], teams: [{ id: 8, name: "Search" }] }));
    const { fakes, record } = stubFakes();
    const lines: string[] = [];
    await (await startSandbox(stacks(), { cli: "cdktf", seed }, fakes, (line) => lines.push(line))).stop();
    expect(record.seeds).toEqual([
      {
        users: [{ id: 7, email: "lead@example.com" }],
        teams: [{ id: 8, name: "Search" }],
        escalationPolicies: [],
        schedules: [],
        supportHours: [],
      },
    ]);
    expect(lines[2]).toBe(
      `seeded with what payments looks up and ${seed}: 1 user (lead@example.com), 1 team (Search), 0 schedules, 0 escalation policies, 0 support hours`,
    );

    const start = (options: { seed?: string; writeEnv?: string }, check?: (seed: unknown, source?: string) => unknown) => {
      const stub = stubFakes(check);
      return { started: startSandbox(stacks(), { cli: "cdktf", ...options }, stub.fakes, () => undefined), record: stub.record };
    };
    const missing = path.join(dir, "missing.json");
    await expect(start({ seed: missing }).started).rejects.toThrow(
      `--seed "${missing}": cannot read it: no such file: expected a JSON file such as {"users": [{"id": 1001, "email": "lead@example.com"}], "teams": []}`,
    );
    fs.writeFileSync(path.join(dir, "list.json"), "[]");
    await expect(start({ seed: path.join(dir, "list.json") }).started).rejects.toThrow(
      "expected a JSON object with the keys users, teams, escalationPolicies, schedules, supportHours",
    );
    const refused = start({ seed }, (_seed, source) => {
      throw new Error(`invalid iLert seed ${source}: /users/0/id must be integer`);
    });
    await expect(refused.started).rejects.toThrow(
      `invalid iLert seed ${seed} with what the app looks up: /users/0/id must be integer; fix the seed file, or leave out --seed`,
    );
    expect(refused.record.seeds).toEqual([]);
  });

  test("--write-env replaces only a file the sandbox wrote, checked before the fakes start", async () => {
    const file = path.join(tmp(), "notes.env");
    fs.writeFileSync(file, "export MINE=1\n");
    const { fakes, record } = stubFakes();
    await expect(startSandbox(stacks(), { cli: "cdktf", writeEnv: file }, fakes, () => undefined)).rejects.toThrow(
      `--write-env "${file}": ${file} exists and is not an environment file that ilert-datadog sandbox wrote (a tool replaces only its own files): give a new name, e.g. --write-env sandbox.env, or move ${file} away first`,
    );
    expect([record.seeds, fs.readFileSync(file, "utf8")]).toEqual([[], "export MINE=1\n"]);
    // One that claims to be the sandbox's but is not in the record beside it (cli/output-record.ts) is not its own either.
    fs.writeFileSync(file, "# ilert-datadog sandbox: an old one\n");
    await expect(startSandbox(stacks(), { cli: "cdktf", writeEnv: file }, fakes, () => undefined)).rejects.toThrow(
      `--write-env "${file}": ${file} exists and is not an environment file that ilert-datadog sandbox wrote (a tool replaces only its own files): give a new name, e.g. --write-env sandbox.env, or move ${file} away first`,
    );
    // An earlier sandbox's file is replaced; the earlier one's stop leaves the file that now holds the
    // later one's environment, the later one's stop removes it.
    fs.rmSync(file);
    const first = await startSandbox(stacks(), { cli: "cdktf", writeEnv: file }, fakes, () => undefined);
    const lines: string[] = [];
    const next = await startSandbox(stacks(), { cli: "cdktf", writeEnv: file }, fakes, (line) => lines.push(line));
    expect(lines).toContain(`note: replaced ${file}, left by the sandbox with pid ${process.pid}, which is not running`);
    const nextContent = fs.readFileSync(file, "utf8");
    await first.stop();
    expect(fs.readFileSync(file, "utf8")).toBe(nextContent);
    await next.stop();
    expect(fs.existsSync(file)).toBe(false);
  });

  test("--write-env refuses the file of a sandbox still running in another process, naming its pid", async () => {
    const file = path.join(tmp(), "sandbox.env");
    const { fakes, record } = stubFakes();
    const running = await startSandbox(stacks(), { cli: "cdktf", writeEnv: file }, fakes, () => undefined);
    // The same file as another process's sandbox would have written it: its pid is this test's parent, alive.
    const theirs = fs.readFileSync(file, "utf8").replace(`(pid ${process.pid})`, `(pid ${process.ppid})`);
    writeFiles([{ file, content: theirs, replace: true }, ...outputRecords([{ file, content: theirs }])]);
    await expect(startSandbox(stacks(), { cli: "cdktf", writeEnv: file }, fakes, () => undefined)).rejects.toThrow(
      `--write-env "${file}": ${file} holds the environment of the sandbox with pid ${process.ppid}, which is still running: stop that one first (Ctrl-C in its shell), or give this one another file, e.g. --write-env sandbox-2.env`,
    );
    expect([record.seeds.length, fs.readFileSync(file, "utf8")]).toEqual([1, theirs]);
    // Stopping this process's sandbox leaves the file: it no longer holds what this one wrote.
    await running.stop();
    expect(fs.readFileSync(file, "utf8")).toBe(theirs);
  });

  test("a stack whose state is not local is named: the sandbox's deploy writes a workspace there", async () => {
    const lines: string[] = [];
    await (await startSandbox(stacks({ s3: { bucket: "state" } }), { cli: "cdktn" }, stubFakes().fakes, (line) => lines.push(line))).stop();
    expect(lines).toContain(
      "note: stack payments keeps its state in the s3 backend: a deploy into the sandbox writes its workspace ilert-datadog-sandbox there; give the stack a local backend while you try the sandbox",
    );
    expect(lines).toContain("then: npx cdktn deploy payments --auto-approve, and npx ilert-datadog smoke-test payments");
  });
});
