import * as fs from "fs";
import * as path from "path";
import { IlertDatadogValidationError } from "../../../constructs/core/errors";
import { raise } from "../../../constructs/core/private/raise";

describe("raise", () => {
  test("throws the error it is given, unchanged", () => {
    const error = new IlertDatadogValidationError("payments/Policy", { prop: "name", received: 1, accepted: "a string", fix: "name it" });
    expect(() => raise(error)).toThrow(error);
  });

  test("its throw line carries the marker that keeps Node from printing it above an uncaught error", () => {
    const source = fs.readFileSync(path.join(__dirname, "../../../constructs/core/private/raise.ts"), "utf8");
    expect(source).toContain("throw error; /* node-do-not-add-exception-line */");
  });
});
