import * as fs from "fs";
import * as path from "path";
import { fencedBlocks } from "../../../helpers/markdown";
import { checkSeed, seededKinds } from "./seed";
import { call, newFake } from "./test-client";

describe("the iLert fake's seed", () => {
  test("seeds schedules (the first user on call, weekly) and support hours (weekdays), found by name and id", () => {
    const seed = checkSeed({
      users: [{ id: 5, email: "lead@example.com" }],
      teams: [],
      schedules: [{ id: 77, name: "Rotation" }],
      supportHours: [{ id: 31, name: "Office" }],
    });
    const fake = newFake(seed);
    expect(call(fake, "GET", "/api/schedules/name/Rotation?include=scheduleLayers").body).toEqual({
      id: 77,
      name: "Rotation",
      timezone: "Europe/Berlin",
      type: "RECURRING",
      defaultShiftDuration: "P7D",
      scheduleLayers: [
        {
          name: "Seeded",
          startsOn: "2026-01-05T09:00",
          rotation: "P7D",
          users: [{ id: 5, email: "lead@example.com", username: "lead@example.com" }],
        },
      ],
    });
    expect(call(fake, "GET", "/api/support-hours/31").body).toMatchObject({
      id: 31,
      name: "Office",
      timezone: "Europe/Berlin",
      supportDays: { MONDAY: { start: "08:00", end: "17:00" } },
    });
    // New objects get ids above every seeded one.
    expect(
      (call(fake, "POST", "/api/teams", { name: "New", visibility: "PUBLIC", members: [] }).body as { id: number }).id,
    ).toBeGreaterThan(77);
  });

  test("ids are unique per kind only, as in iLert; a policy or schedule needs a user to page", () => {
    const seed = { users: [{ id: 5, email: "a@example.com" }], teams: [{ id: 5, name: "T" }] };
    expect(checkSeed(seed)).toEqual(seed);
    expect(seededKinds(checkSeed(seed)).map(([kind, list]) => [kind, list.length])).toEqual([
      ["users", 1],
      ["teams", 1],
      ["escalationPolicies", 0],
      ["schedules", 0],
      ["supportHours", 0],
    ]);
    expect(() =>
      checkSeed(
        {
          users: [],
          teams: [
            { id: 5, name: "A" },
            { id: 5, name: "B" },
          ],
        },
        "s.json",
      ),
    ).toThrow("invalid iLert seed s.json: teams id 5 is used twice");
    expect(() => checkSeed({ users: [], teams: [], schedules: [{ id: 1, name: "S" }] }, "s.json")).toThrow(
      "invalid iLert seed s.json: seeded escalation policies and schedules page the first user, so users must not be empty",
    );
    expect(() => checkSeed({ users: [], teams: [], supportHours: [{ id: 1 }] }, "s.json")).toThrow(
      "invalid iLert seed s.json: /supportHours/0 must have required property 'name'",
    );
  });

  test("the seed docs/sandbox.md shows is one the fakes take", () => {
    const doc = fs.readFileSync(path.join(__dirname, "../../../../docs/sandbox.md"), "utf8");
    const seeds = fencedBlocks(doc).filter((b) => b.lang === "json" && "users" in JSON.parse(b.code));
    expect(seeds).toHaveLength(1);
    expect(seededKinds(checkSeed(JSON.parse(seeds[0].code), "docs/sandbox.md")).map(([, list]) => list.length)).toEqual([1, 1, 1, 1, 1]);
  });
});
