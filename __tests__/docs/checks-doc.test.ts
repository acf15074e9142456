import * as fs from "fs";
import * as path from "path";
import { RULES } from "../../constructs/checks/checks-engine";

test("docs/checks.md lists exactly the engine's rules, with their levels", () => {
  const page = fs.readFileSync(path.join(__dirname, "..", "..", "docs", "checks.md"), "utf8");
  const documented = [...page.matchAll(/^\| (ILDD-[EW]\d+) \| (error|warning) \|/gm)].map(([, id, level]) => `${id} ${level}`);
  expect(documented).toEqual(RULES.map((r) => `${r.id} ${r.level}`));
});

test("rule ids are unique and say their level", () => {
  expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  for (const rule of RULES) expect(rule.id).toMatch(rule.level === "error" ? /^ILDD-E\d+$/ : /^ILDD-W\d+$/);
});
