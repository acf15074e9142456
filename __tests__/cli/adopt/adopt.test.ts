import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { adopt, AdoptOptions, fallbacksFor } from "../../../cli/adopt/adopt";
import { adoptedConfig, NO_FALLBACKS } from "../../../cli/adopt/adopt-config";
import { findSetup } from "../../../cli/adopt/found-setup";
import { shownPath } from "../../../cli/output-file";
import { ENV, KEY, MONITOR, SOURCE, accounts, setup, Setup, stubFetch } from "../../helpers/adopt-accounts";

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "adopt-"));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs adopt on `s` through the stub APIs; returns the status, what it printed and the requests. */
async function run(s: Setup = setup(), options: Partial<AdoptOptions> = {}, env: NodeJS.ProcessEnv = ENV) {
  // Datadog's key check refuses an API key other than ENV's, as Datadog answers a wrong key.
  const refuse = (url: URL) =>
    url.pathname === "/api/v1/validate" && env.DD_API_KEY !== ENV.DD_API_KEY
      ? new Response('{"errors":["Forbidden"]}', { status: 403 })
      : undefined;
  const { fetch, requests } = stubFetch(s, { answer: refuse });
  const [stdout, stderr] = [[] as string[], [] as string[]];
  const io = { env, fetch, stdout: (t: string) => stdout.push(t), stderr: (t: string) => stderr.push(t) };
  const opts: AdoptOptions = {
    out: path.join(dir, "teams.json"),
    webhooks: [],
    monitors: true,
    group: "environment",
    environment: "prod",
    acceptChanges: false,
    ...options,
  };
  const outcome = await adopt(opts, io).then(
    (status) => ({ status, error: undefined }),
    (e: Error) => ({ status: undefined, error: `${e.name}: ${e.message}` }),
  );
  return { ...outcome, stdout: stdout.join(""), stderr: stderr.join(""), requests };
}

const file = (name: string) => path.join(dir, name);

describe("adopt", () => {
  test("reads both accounts, prints the report and writes the config (and the report) when nothing would change", async () => {
    const result = await run(setup(), { report: file("adopt.md") });
    expect(result.status).toBe(0);
    const config = JSON.parse(fs.readFileSync(file("teams.json"), "utf8"));
    expect(config.teams[0].integration.adopt).toEqual({ prod: { alertSourceId: "101", webhookName: "ilert-checkout" } });
    expect(fs.readFileSync(file("adopt.md"), "utf8")).toBe(result.stdout);
    expect(result.stderr.split("\n").slice(-2)).toEqual([
      `adopt: wrote ${shownPath(file("teams.json"))} and ${shownPath(file("adopt.md"))}: 1 team, 5 objects adopted`,
      "",
    ]);
    expect(result.stderr).toContain("adopt: iLert alert sources: 1 so far\n");
    // No secret anywhere.
    for (const text of [result.stdout, result.stderr, fs.readFileSync(file("teams.json"), "utf8")]) expect(text).not.toContain(KEY);
  });

  test("a setting the config cannot express: listed, nothing written (the report is), exit 1; --accept-changes writes", async () => {
    const { new_host_delay: _delay, ...options } = MONITOR.options!;
    const s = setup({ monitors: [{ ...MONITOR, options }] });
    const stopped = await run(s, { report: file("adopt.md") });
    expect([stopped.status, fs.existsSync(file("teams.json")), fs.existsSync(file("adopt.md"))]).toEqual([1, false, true]);
    expect(stopped.stdout).toContain("  - `new_host_delay`: now `(none)`; after the first apply: `300`\n");
    expect(stopped.stderr.trimEnd().split("\n").pop()).toBe(
      `adopt: the first apply would change 1 setting of 1 adopted object (listed above); nothing written to ${shownPath(file("teams.json"))}: change them in iLert or Datadog and run adopt again, or run it with --accept-changes to write the config anyway`,
    );
    fs.rmSync(file("adopt.md"));
    expect((await run(s, { acceptChanges: true })).status).toBe(0);
    expect(fs.existsSync(file("teams.json"))).toBe(true);
  });

  test("a wrong Datadog API key stops adopt after one read of each account, not after iLert is read whole (issue 26 walk)", async () => {
    const result = await run(setup(), {}, { ...ENV, DD_API_KEY: "wrong" });
    expect(result.error).toMatch(
      /^AdoptError: Datadog refused the credentials \(403: Forbidden\) for GET \/api\/v1\/validate: DD_API_KEY is refused/,
    );
    expect(result.requests.map((r) => new URL(r.url).pathname)).toEqual(["/api/alert-sources", "/api/v1/validate"]);
    expect(fs.existsSync(file("teams.json"))).toBe(false);
  });

  test("an existing --out is refused before anything is read; a report adopt wrote is replaced, another file is not", async () => {
    fs.writeFileSync(file("teams.json"), "{}");
    const refused = await run();
    expect([refused.error, refused.requests.length]).toEqual([
      `OutputFileError: --out "${file("teams.json")}": ${shownPath(file("teams.json"))} exists: adopt never overwrites a config; give a new name, e.g. --out teams.adopted.json, or move ${shownPath(file("teams.json"))} away first`,
      0,
    ]);
    fs.writeFileSync(file("notes.md"), "mine");
    expect((await run(setup(), { out: file("new.json"), report: file("notes.md") })).error).toMatch(
      /^OutputFileError: --report ".*notes\.md": .*notes\.md exists and is not a report that ilert-datadog adopt wrote/,
    );
    // One that only begins as a report does is not adopt's: its hash is not recorded beside it.
    fs.writeFileSync(file("old.md"), "# ilert-datadog adopt report\nold");
    expect((await run(setup(), { out: file("new1.json"), report: file("old.md") })).error).toMatch(
      /^OutputFileError: --report ".*old\.md": .*old\.md exists and is not a report that ilert-datadog adopt wrote/,
    );
    // A report adopt wrote is replaced; edited since, it is refused.
    expect((await run(setup(), { out: file("new2.json"), report: file("adopt.md") })).status).toBe(0);
    expect((await run(setup(), { out: file("new3.json"), report: file("adopt.md") })).status).toBe(0);
    fs.appendFileSync(file("adopt.md"), "my notes\n");
    expect((await run(setup(), { out: file("new4.json"), report: file("adopt.md") })).error).toMatch(
      /^OutputFileError: --report ".*adopt\.md": .*adopt\.md was changed after ilert-datadog adopt wrote it /,
    );
  });

  test("one line and nothing written: no DATADOG alert source, an unknown --webhook, missing credentials", async () => {
    expect((await run(setup({ sources: [{ ...SOURCE, integrationType: "GRAFANA" }] }))).error).toBe(
      "AdoptError: the iLert account at https://ilert.example.test has no alert source of type DATADOG (1 alert source of other types): nothing to adopt; check ILERT_ENDPOINT and the token's account, or start with `ilert-datadog init`",
    );
    expect((await run(setup(), { webhooks: ["nope"] })).error).toBe(
      'AdoptError: --webhook "nope": Datadog at https://datadog.example.test has no webhook of that name; give the name as monitors mention it (@webhook-<name>), or check DD_HOST',
    );
    expect((await run(setup(), {}, { ...ENV, DD_APP_KEY: "" })).error).toMatch(/^AdoptError: DD_APP_KEY is not set: /);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  test("nothing to adopt (no source has one webhook): the report says why, nothing written, exit 1", async () => {
    const result = await run(setup({ webhooks: [] }));
    expect([result.status, fs.readdirSync(dir)]).toEqual([1, []]);
    expect(result.stdout).toContain('- alert source "Checkout (Datadog)" (id 101): no webhook found that posts to it');
    expect(result.stderr.trimEnd().split("\n").pop()).toBe(
      'adopt: nothing to adopt: no alert source of type DATADOG has exactly one webhook posting to it (see "Left alone" above); nothing written',
    );
  });

  test("what the constructs refuse is declared another way: a schedule layer they cannot take is referenced by id", async () => {
    const s = setup();
    const schedule = { ...s.schedules[0], scheduleLayers: [{ ...s.schedules[0].scheduleLayers![0], rotation: "P0D" }] };
    const result = await run({ ...s, schedules: [schedule] });
    expect(result.status).toBe(0);
    expect(JSON.parse(fs.readFileSync(file("teams.json"), "utf8")).teams[0].schedule).toEqual({ existingId: "67" });
    expect(result.stdout).toContain(
      '- schedule "Checkout on-call" (id 67): teams[0].schedule: referenced by id, not adopted: teams[0].schedule.layers[0].rotation: invalid value "P0D"',
    );
  });
});

describe("fallbacksFor", () => {
  const { ilert, datadog } = accounts();
  const adopted = adoptedConfig(findSetup(ilert, datadog), ilert, { environment: "prod", monitors: true, group: "environment" });

  test("each problem's object, by the team's index in the found setup", () => {
    const next = fallbacksFor(
      ["teams[0].escalation.rules[0].escalateAfterMin: bad", "teams[0].monitors[0].type: bad", "teams[0].integration.payload: bad"],
      adopted,
      NO_FALLBACKS,
    )!;
    expect([[...next.policies], [...next.monitors], [...next.teams]]).toEqual([
      [[0, "teams[0].escalation.rules[0].escalateAfterMin: bad"]],
      [["0.7001", "teams[0].monitors[0].type: bad"]],
      [[0, "teams[0].integration.payload: bad"]],
    ]);
  });

  test("a problem outside a team, or one a fallback made already: adopt cannot declare around it", () => {
    expect(fallbacksFor(["stackPer: bad"], adopted, NO_FALLBACKS)).toBeUndefined();
    const once = fallbacksFor(["teams[0].schedule.name: bad"], adopted, NO_FALLBACKS)!;
    expect(fallbacksFor(["teams[0].schedule.name: bad"], adopted, once)).toBeUndefined();
  });
});
