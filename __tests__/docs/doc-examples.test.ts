import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { createConfigApp } from "../../app/config-app";
import { synthesize } from "../../app/synth";
import { parseCommand, UsageError } from "../../cli/args";
import { packageJson } from "../../cli/init";
import { DatadogPayload } from "../../constructs";
import { FencedBlock, fencedBlocks, handWrittenDocs, PACKAGE_READMES, ROOT } from "../helpers/markdown";

// The JSON and shell blocks of the READMEs and the hand-written docs, checked as what they claim to
// be (the ```ts blocks are type-checked by readme-examples.test.ts; the Quick starts run verbatim in
// __tests__/package/): a config file is built by the config app, with both of its checks (the
// schema, then the constructs), and synthesized without an error or warning; iLert's payload template
// is the library's; every `ilert-datadog` command line parses, and every `npm run` names a script
// there is.

interface DocBlock extends FencedBlock {
  readonly doc: string;
}

const blocks: DocBlock[] = handWrittenDocs().flatMap((doc) =>
  fencedBlocks(fs.readFileSync(path.join(ROOT, doc), "utf8")).map((b) => ({ ...b, doc })),
);
const where = (b: DocBlock) => `${b.doc}:${b.line}`;

describe("```json blocks", () => {
  const json = blocks.filter((b) => b.lang === "json");
  let tmp: string;
  beforeAll(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), "doc-json-"))));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test("there are some, and each is JSON", () => {
    expect(json.length).toBeGreaterThanOrEqual(2);
    for (const b of json) expect({ at: where(b), parses: (() => (JSON.parse(b.code), true))() }).toEqual({ at: where(b), parses: true });
  });

  /** A seed of the sandbox's iLert fake (`users` and `teams`): checked by the fakes' own seed check, in __tests__/e2e/fakes/ilert/seed.test.ts. */
  const isSeed = (b: DocBlock) => "users" in JSON.parse(b.code);

  test("a sandbox seed is in docs/sandbox.md only (the e2e's unit tests check it with the fakes' seed check)", () => {
    expect(json.filter(isSeed).map((b) => b.doc)).toEqual(["docs/sandbox.md"]);
  });

  test("a config file passes the config app's checks and synthesizes without an error or a warning", () => {
    const configs = json.filter((b) => "teams" in JSON.parse(b.code) && !isSeed(b));
    expect(configs.map((b) => b.doc)).toEqual(expect.arrayContaining(["docs/config-app.md"]));
    for (const [i, b] of configs.entries()) {
      const file = path.join(tmp, `config${i}.json`);
      fs.writeFileSync(file, b.code);
      let report: unknown;
      try {
        report = synthesize(createConfigApp(path.join(tmp, `out${i}`), file), false).lines.filter(
          (l) => !/^\S+: /.test(l) || /^(WARN|ERROR|INFO) /.test(l),
        );
      } catch (e) {
        report = (e as Error).message;
      }
      expect({ at: where(b), report }).toEqual({ at: where(b), report: [] });
    }
  });

  test("any other JSON block is iLert's payload template, as the library has it", () => {
    const others = json.filter((b) => !("teams" in JSON.parse(b.code)) && !isSeed(b));
    for (const b of others)
      expect({ at: where(b), json: JSON.parse(b.code) }).toEqual({ at: where(b), json: DatadogPayload.ILERT_TEMPLATE });
  });
});

/** The commands of a shell block: its lines without comments, split at `&&`, `;` and `|`. */
function commands(code: string): string[][] {
  return code
    .split("\n")
    .map((line) => line.replace(/(^|\s)#.*$/, ""))
    .flatMap((line) => line.split(/&&|;|\|/))
    .map((command) =>
      command
        .trim()
        .replace(/^\(|\)$/g, "")
        .split(/\s+/)
        .filter(Boolean),
    )
    .filter((words) => words.length > 0);
}

describe("```sh blocks", () => {
  const sh = blocks.filter((b) => b.lang === "sh");
  const repositoryScripts = Object.keys(JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).scripts);
  const projectScripts = Object.keys(
    packageJson("payments-oncall", { name: "cdktf-ilert-datadog", version: "0.1.0", peerDependencies: {} }).scripts as object,
  );

  test("every ilert-datadog command line is one the command accepts", () => {
    const lines = sh.flatMap((b) =>
      commands(b.code).flatMap((words) => {
        const at = words.findIndex((w) => w === "ilert-datadog" || w.endsWith("/ilert-datadog"));
        return at === -1 ? [] : [{ at: where(b), argv: words.slice(at + 1) }];
      }),
    );
    expect(lines.length).toBeGreaterThanOrEqual(10);
    for (const { at, argv } of lines) {
      let problem: string | undefined;
      try {
        parseCommand(argv);
      } catch (e) {
        if (!(e instanceof UsageError)) throw e;
        problem = e.message;
      }
      expect({ at, argv, problem }).toEqual({ at, argv, problem: undefined });
    }
  });

  test("every npm run names a script: the package READMEs' those init writes, the rest the repository's; a tool's arguments parse", () => {
    const runs = sh.flatMap((b) =>
      commands(b.code).flatMap((words) => {
        const at = words.indexOf("run");
        return words[at - 1] === "npm" && at >= 1
          ? [{ b, script: words[at + 1], args: words.slice(words.indexOf("--") + 1 || words.length) }]
          : [];
      }),
    );
    expect(runs.length).toBeGreaterThanOrEqual(10);
    for (const { b, script, args } of runs) {
      const scripts = PACKAGE_READMES.includes(b.doc) ? projectScripts : repositoryScripts;
      expect({ at: where(b), script, exists: scripts.includes(script) }).toEqual({ at: where(b), script, exists: true });
      const command = script === "synth" ? "app" : script;
      if (["app", "oncall", "diagram", "preview", "import-commands"].includes(command))
        expect(() => parseCommand([command, ...args])).not.toThrow();
    }
  });

  test("the split sees what a shell would", () => {
    expect(
      commands("npx cdktf synth && npx ilert-datadog import-commands   # in an init project: npm run x\nnpm run oncall -- --days 7"),
    ).toEqual([
      ["npx", "cdktf", "synth"],
      ["npx", "ilert-datadog", "import-commands"],
      ["npm", "run", "oncall", "--", "--days", "7"],
    ]);
  });
});
