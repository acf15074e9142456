import { ConfigError } from "../../../app/config";
import { synthesizeConfig } from "../../../cli/adopt/synthesize-config";
import { thrown } from "../../helpers/synth";

const config = {
  stackPer: "team",
  environments: [{ key: "prod" }],
  teams: [
    {
      key: "payments",
      escalation: { existingId: "45" },
      integration: { adopt: { prod: { alertSourceId: "101" } } },
      suppress: [{ id: "ILDD-W1", reason: "none here" }],
    },
  ],
};

describe("synthesizeConfig: the config as ilert-datadog app builds it, in this process", () => {
  test("every stack, with its import blocks; no Terraform needed (validation skipped); nothing left behind", () => {
    const before = process.env.SYNTH_HCL_OUTPUT;
    process.env.SYNTH_HCL_OUTPUT = "true";
    try {
      const { stacks, errors } = synthesizeConfig(config, "teams.json");
      expect([stacks.map((s) => s.name), errors]).toEqual([["prod-payments"], []]);
      expect(stacks[0].config.import).toEqual([{ to: expect.stringMatching(/^ilert_alert_source\./), id: "101" }]);
      expect(process.env.SYNTH_HCL_OUTPUT).toBe("true");
    } finally {
      if (before === undefined) delete process.env.SYNTH_HCL_OUTPUT;
      else process.env.SYNTH_HCL_OUTPUT = before;
    }
  });

  test("what the config app refuses is its ConfigError, by path", () => {
    const e = thrown(() =>
      synthesizeConfig({ ...config, teams: [{ ...config.teams[0], integration: { webhookName: "a b" } }] }, "teams.json"),
    ) as ConfigError;
    expect([e.name, e.problems]).toEqual([
      "ConfigError",
      [
        'teams[0].integration.webhookName: invalid value "a b": expected only letters, digits, "-" and "_"; rename it, e.g. "a-b"; Datadog rejects other characters only at apply time',
      ],
    ]);
  });
});
