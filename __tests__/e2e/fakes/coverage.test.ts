import * as fs from "fs";
import * as path from "path";
import { libraryKinds } from "../kinds/library-kinds";
import { FAKE_COVERAGE } from "./coverage";
import { DatadogFake } from "./datadog/datadog-fake";
import { IlertFake } from "./ilert/ilert-fake";

const ilert = new IlertFake({ seed: { users: [], teams: [] }, apiToken: "t" });
const datadog = new DatadogFake({ apiKey: "a", appKey: "b" });

describe("the fakes cover every kind the library declares or reads", () => {
  test("every kind the library imports a binding of has a fake (kinds/library-kinds.ts; add it to fakes/coverage.ts)", () => {
    const missing = libraryKinds()
      .filter((k) => FAKE_COVERAGE[k.name] === undefined)
      .map((k) => `${k.name} (imported by ${k.importedBy.join(", ")})`);
    expect(missing).toEqual([]);
  });

  test("fakes/coverage.ts lists exactly the library's kinds (one the library no longer declares goes too)", () => {
    expect(libraryKinds().map((k) => k.name)).toEqual(Object.keys(FAKE_COVERAGE).sort());
  });

  test.each(Object.entries(FAKE_COVERAGE))("%s: its fake exists and answers every endpoint the provider calls", (_kind, coverage) => {
    expect(fs.existsSync(path.join(__dirname, coverage.fake))).toBe(true);
    const fake = coverage.fake.startsWith("ilert/") ? ilert : datadog;
    const unanswered = coverage.endpoints.filter((endpoint) => {
      const [method, pattern] = endpoint.split(" ");
      return !fake.answers(method, pattern.replaceAll("{id}", "7").replaceAll("{name}", "Payments (prod)"));
    });
    expect(unanswered).toEqual([]);
  });
});
