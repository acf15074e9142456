import { importIds, resolveValue, UNKNOWN } from "../../../cli/adopt/references";
import type { SynthesizedStack } from "../../../tools";
import { accounts } from "../../helpers/adopt-accounts";

const stack: SynthesizedStack = {
  name: "prod",
  workingDirectory: "cdktf.out/stacks/prod",
  config: {
    data: { ilert_user: { Lead: { email: "lead@example.com" } }, ilert_team: { T: { name: "Search" } } },
    import: [
      { to: "ilert_schedule.S", id: "67" },
      { to: "ilert_alert_source.A", id: "101" },
    ],
  },
};
const context = { stack, ...accounts() };

describe("resolveValue: a synthesized value as the providers will see it", () => {
  test("references to adopted resources, lookups and the integration URL resolved; escapes undone; at any depth", () => {
    expect(
      resolveValue(
        {
          schedule: "${ilert_schedule.S.id}",
          user: "${data.ilert_user.Lead.id}",
          team: [{ id: "${data.ilert_team.T.id}" }],
          url: "${ilert_alert_source.A.integration_url}",
          text: "$${literal} %%{ x } ${ilert_policy.New.id}",
          n: 5,
        },
        context,
      ),
    ).toEqual({
      schedule: "67",
      user: "1003",
      team: [{ id: "1201" }],
      url: "https://ilert.example.test/api/v1/events/datadog/il1dat0123456789abcdef",
      text: `\${literal} %{ x } ${UNKNOWN}`,
      n: 5,
    });
  });

  test("importIds: each import block's address and id", () => {
    expect([...importIds(stack)]).toEqual([
      ["ilert_schedule.S", "67"],
      ["ilert_alert_source.A", "101"],
    ]);
  });
});
