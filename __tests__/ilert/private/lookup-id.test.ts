import { Construct } from "constructs";
import { DataIlertTeam } from "../../../.gen/providers/ilert/data-ilert-team";
import { IlertProvider } from "../../../.gen/providers/ilert/provider";
import { lookupId } from "../../../constructs/ilert/private/lookup-id";
import { only, synth, thrown } from "../../helpers/synth";

describe("lookupId", () => {
  test("declares the data source as child Lookup, escaping the value, and returns the id it reads", () => {
    const { tf } = synth((stack) => {
      const handle = new Construct(stack, "Ops");
      const eu = new IlertProvider(stack, "Eu", { alias: "eu" });
      const id = lookupId(handle, DataIlertTeam, "name", "Ops ${prod}", { ilertProvider: eu });
      expect(handle.node.tryFindChild("Lookup")).toBeInstanceOf(DataIlertTeam);
      expect(id).toMatch(/^\$\{TfToken\[TOKEN\.\d+\]\}$/);
    });
    const lookup = only(tf, "data", "ilert_team");
    expect(lookup.name).toMatch(/^Ops_Lookup_/);
    expect(lookup.body).toEqual({ name: "Ops $${prod}", provider: "ilert.eu" });
  });

  test("checks the value: 1-255 bytes by default, or by the rule given", () => {
    synth((stack) => {
      expect(thrown(() => lookupId(new Construct(stack, "A"), DataIlertTeam, "name", "", {})).message).toBe(
        'test/A: invalid name "": expected a string of 1-255 bytes (UTF-8); pass the exact name of the existing iLert object',
      );
      const rule = { pattern: /^[a-z]+$/, patternText: "lower-case letters", fix: "use the team's slug" };
      expect(thrown(() => lookupId(new Construct(stack, "B"), DataIlertTeam, "name", "Ops", {}, rule)).message).toBe(
        'test/B: invalid name "Ops": expected lower-case letters; use the team\'s slug',
      );
    });
  });
});
