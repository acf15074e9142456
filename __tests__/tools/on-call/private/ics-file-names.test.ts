import * as fc from "fast-check";
import { icsFileNames, MAX_ICS_BASE } from "../../../../tools/on-call/private/ics-file-names";
import { fcRuns } from "../../../helpers/terraform-literal";

describe("icsFileNames", () => {
  test("<stack>-<schedule name>, slugged, accents dropped; a stack with nothing to slug left out; unique in order; never empty", () => {
    expect(
      icsFileNames([
        { stack: "payments-oncall", name: "Payments weekly rotation" },
        { stack: "prod", name: "Zürich on-call (prod)" },
        { stack: "prod", name: "Zurich: on call, prod" },
        { stack: "prod", name: "zurich on call prod" },
        { stack: "prod", name: "日本語" },
        { stack: "prod", name: "--" },
        { stack: "日本", name: "Rota" },
      ]),
    ).toEqual([
      "payments-oncall-payments-weekly-rotation.ics",
      "prod-zurich-on-call-prod.ics",
      "prod-zurich-on-call-prod-2.ics",
      "prod-zurich-on-call-prod-3.ics",
      "prod-schedule.ics",
      "prod-schedule-2.ics",
      "rota.ics",
    ]);
  });

  test("a long name is cut to 100 characters and a hash of the stack and schedule names: different names keep different files, the same name the same file", () => {
    const name = "Payments weekly rotation for the payments platform team, ".repeat(5).trim();
    const files = icsFileNames([
      { stack: "payments-oncall", name },
      { stack: "payments-oncall", name: `${name}!` },
      { stack: "payments-oncall", name },
    ]);
    expect(files).toEqual([
      "payments-oncall-payments-weekly-rotation-for-the-payments-platform-team-payments-weekly-rot-16c2e592.ics",
      // Slugs alike, names not: another hash.
      "payments-oncall-payments-weekly-rotation-for-the-payments-platform-team-payments-weekly-rot-126dbfc5.ics",
      "payments-oncall-payments-weekly-rotation-for-the-payments-platform-team-payments-weekly-rot-16c2e592-2.ics",
    ]);
    expect(files[0].length).toBe(MAX_ICS_BASE + ".ics".length);
    // A name of exactly 100 characters is kept whole; one more is cut.
    expect(icsFileNames([{ stack: "s", name: "a".repeat(98) }])).toEqual([`s-${"a".repeat(98)}.ics`]);
    expect(icsFileNames([{ stack: "s", name: "a".repeat(99) }])[0]).toMatch(new RegExp(`^s-${"a".repeat(89)}-[0-9a-f]{8}\\.ics$`));
    // A cut that ends in "-" drops it: one "-" before the hash.
    expect(icsFileNames([{ stack: "s", name: `${"a".repeat(88)} ${"b".repeat(10)}` }])[0]).toMatch(
      new RegExp(`^s-${"a".repeat(88)}-[0-9a-f]{8}\\.ics$`),
    );
  });

  test("every file name fits a file system (at most 255 bytes) and is unique, whatever the names (ENAMETOOLONG before)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            stack: fc.string({ maxLength: 81 }),
            name: fc.oneof(
              fc.string({ maxLength: 400 }),
              fc.stringMatching(/^[a-z0-9 ]{250,400}$/),
              fc.string({ unit: "binary", maxLength: 400 }),
            ),
          }),
          { maxLength: 20 },
        ),
        (schedules) => {
          const files = icsFileNames(schedules);
          expect(files.every((f) => Buffer.byteLength(f, "utf8") <= 255)).toBe(true);
          expect(new Set(files).size).toBe(files.length);
        },
      ),
      { numRuns: fcRuns(200) },
    );
  });
});
