import { adoptedConfig } from "../../../cli/adopt/adopt-config";
import { adoptReport, REPORT_TITLE, ReportInput } from "../../../cli/adopt/adopt-report";
import { findSetup } from "../../../cli/adopt/found-setup";
import { DATADOG, ILERT, accounts, setup } from "../../helpers/adopt-accounts";

function input(overrides: Partial<ReportInput> = {}): ReportInput {
  const { ilert, datadog } = accounts(
    setup({
      sources: [
        ...setup().sources,
        { ...setup().sources[0], id: 102, name: "Lonely", integrationKey: "k2", integrationUrl: "https://x/k2" },
      ],
    }),
  );
  const adopted = adoptedConfig(findSetup(ilert, datadog), ilert, { environment: "prod", monitors: false, group: "environment" });
  return {
    ilert,
    datadog,
    ilertEndpoint: ILERT,
    datadogHost: DATADOG,
    adopted,
    changes: [
      { stack: "prod", address: "ilert_schedule.s", object: "ilert_schedule 67", changes: [] },
      { stack: "prod", address: "datadog_webhook.w", object: "datadog_webhook ilert-checkout", changes: [] },
    ],
    configFile: "teams.json",
    stacks: ["prod"],
    environment: "prod",
    cli: "cdktf",
    written: true,
    ...overrides,
  };
}

describe("adoptReport", () => {
  test("what was read, what each object became, what the first diff shows, what was left alone, what to run next", () => {
    const report = adoptReport(input());
    expect(
      report.startsWith(
        `${REPORT_TITLE}\n\nRead with the providers' credentials: iLert at ${ILERT} (2 alert sources, 2 of type DATADOG; 1 escalation policies, 1 schedules, 3 users, 2 teams) and Datadog at ${DATADOG} (1 monitors; 1 webhooks looked up by name: Datadog lists none).`,
      ),
    ).toBe(true);
    expect(report).toContain('### Team `checkout`\n\n- escalation policy "Checkout" (id 45): teams[0].escalation, adopted in prod\n');
    expect(report).toContain(
      "## What the first apply would change\n\nNothing: every adopted object is declared as it is in iLert and Datadog.\n",
    );
    expect(report).toContain("2 imports, no create, no destroy, and these updates in place that change nothing");
    expect(report).toContain("- `ilert_schedule` (schedule_layer, shift, team, default_shift_duration): ");
    expect(report).toContain("- `datadog_webhook` (url (marked sensitive)): ");
    expect(report).not.toContain("`ilert_escalation_policy` (");
    expect(report).toContain('## Left alone\n\n- alert source "Lonely" (id 102): no webhook found that posts to it');
    expect(report).toContain("3. `npx cdktf diff prod` with the same ILERT_* and DD_* variables");
  });

  test("the next steps name the framework's CLI: cdktn's, from the cdktn package", () => {
    const report = adoptReport(input({ cli: "cdktn" }));
    expect(report).toContain("## What the first `cdktn diff` shows");
    expect(report).toContain(
      "4. `npx cdktn deploy prod`: the objects are imported, not created; a second `npx cdktn diff` shows no changes.",
    );
    expect(report).not.toMatch(/cdktf (diff|deploy)/);
  });

  test("changes, field by field, and that nothing was written", () => {
    const report = adoptReport(
      input({
        written: false,
        changes: [
          {
            stack: "prod",
            address: "ilert_alert_source.a",
            object: "ilert_alert_source 101",
            changes: [{ attribute: "integration_type", now: "API", after: "DATADOG", replaces: true }],
          },
        ],
      }),
    );
    expect(report).toContain(
      "Nothing was written to teams.json: run adopt again with --accept-changes to write it anyway.\n\n- `ilert_alert_source 101` (stack `prod`, `ilert_alert_source.a`):\n  - `integration_type`: now `API`; after the first apply: `DATADOG` (REPLACES the object: a new alert source has a new integration key)\n",
    );
    expect(report).toContain("1. Review teams.json (not written yet, see above)");
  });
});
