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
      { stack: "prod", address: "ilert_schedule.s", object: "ilert_schedule 67", changes: [], unused: [] },
      { stack: "prod", address: "datadog_webhook.w", object: "datadog_webhook ilert-checkout", changes: [], unused: [] },
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
        `${REPORT_TITLE}\n\nRead with the providers' credentials: iLert at ${ILERT} (2 alert sources, 2 of type DATADOG; 1 escalation policy, 1 schedule, 3 users, 2 teams) and Datadog at ${DATADOG} (1 monitor; 1 webhook looked up by name: Datadog lists none).`,
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
      "4. `npx cdktn deploy prod`: the objects are imported, not created; a second `npx cdktn diff` of the stack shows no changes except the known provider diffs listed above (those on every plan).",
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
            unused: [],
          },
        ],
      }),
    );
    expect(report).toContain(
      "Nothing was written to teams.json: run adopt again with --accept-changes to write it anyway.\n\n- `ilert_alert_source 101` (stack `prod`, `ilert_alert_source.a`):\n  - `integration_type`: now `API`; after the first apply: `DATADOG` (REPLACES the object: a new alert source has a new integration key)\n",
    );
    expect(report).toContain("1. Review teams.json (not written yet, see above)");
  });

  test("one diff line per stack: cdktf diff plans one stack, deploy takes them all", () => {
    const report = adoptReport(input({ stacks: ["staging-billing", "staging-checkout"], environment: "staging" }));
    expect(report).toContain(
      [
        '3. With the same ILERT_* and DD_* variables, one diff per stack (`cdktf diff` plans one stack): expect what "What the first cdktf diff shows" says (Terraform 1.5 or later).',
        "   - `npx cdktf diff staging-billing`",
        "   - `npx cdktf diff staging-checkout`",
        "4. `npx cdktf deploy staging-billing staging-checkout`: the objects are imported, not created; a second `npx cdktf diff` of each stack shows no changes except the known provider diffs listed above (those on every plan).",
      ].join("\n"),
    );
    expect(report).not.toContain("diff staging-billing staging-checkout");
  });

  test("multi-line values in fenced blocks, with the change's why", () => {
    const report = adoptReport(
      input({
        written: false,
        changes: [
          {
            stack: "prod",
            address: "datadog_monitor.m",
            object: "datadog_monitor 7",
            changes: [
              {
                attribute: "message",
                now: "Latency high.",
                after: "Latency high.\n@webhook-x",
                replaces: false,
                why: "unavoidable: because",
              },
            ],
            unused: [],
          },
        ],
      }),
    );
    expect(report).toContain(
      [
        "- `datadog_monitor 7` (stack `prod`, `datadog_monitor.m`):",
        "  - `message`: unavoidable: because",
        "    now:",
        "    ```text",
        "    Latency high.",
        "    ```",
        "    after the first apply:",
        "    ```text",
        "    Latency high.",
        "    @webhook-x",
        "    ```",
        "",
      ].join("\n"),
    );
  });

  test("a fence longer than the backticks in the value", () => {
    const change = { attribute: "message", now: "a\n```b```", after: "c", replaces: false };
    const report = adoptReport(input({ changes: [{ stack: "prod", address: "x.y", object: "x 1", changes: [change], unused: [] }] }));
    expect(report).toContain(
      "    now:\n    ````text\n    a\n    ```b```\n    ````\n    after the first apply:\n    ```text\n    c\n    ```\n",
    );
  });

  test("unused settings are listed with the first diff's updates, not as changes", () => {
    const unused = { attribute: "frequency", now: "0", after: "1", replaces: false, why: "unused: no repeat" };
    const report = adoptReport(
      input({
        changes: [
          { stack: "prod", address: "ilert_escalation_policy.p", object: "ilert_escalation_policy 45", changes: [], unused: [unused] },
        ],
      }),
    );
    expect(report).toContain(
      "## What the first apply would change\n\nNothing: every adopted object is declared as it is in iLert and Datadog.\n",
    );
    expect(report).toContain(
      "these updates in place that change nothing (known diffs of iLert provider 2.20.0, the version this was proven with):\n\n- `ilert_escalation_policy 45` (stack `prod`) `frequency`: now `0`; the plan sets `1`: unused: no repeat\n",
    );
  });
});
