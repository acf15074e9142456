import { findSetup } from "../../../cli/adopt/found-setup";
import { MONITOR, SOURCE, WEBHOOK, accounts, setup } from "../../helpers/adopt-accounts";

describe("findSetup", () => {
  test("an alert source with the one webhook posting to it, and the monitors mentioning that webhook", () => {
    const { ilert, datadog } = accounts();
    expect(findSetup(ilert, datadog)).toEqual({
      integrations: [{ source: SOURCE, webhook: WEBHOOK, match: "exactly", monitors: [MONITOR] }],
      leftAlone: [],
    });
  });

  test("left alone, each with the reason: a webhook posting nowhere, a source without one or with two, a mention of a missing webhook", () => {
    const lonely = {
      ...SOURCE,
      id: 102,
      name: "Search (Datadog)",
      integrationKey: "il1datsearch",
      integrationUrl: "https://x/api/v1/events/datadog/il1datsearch",
    };
    const twice = {
      ...SOURCE,
      id: 103,
      name: "Twice",
      integrationKey: "il1dattwice",
      integrationUrl: "https://x/api/v1/events/datadog/il1dattwice",
    };
    const s = setup({
      sources: [SOURCE, lonely, twice],
      webhooks: [
        WEBHOOK,
        { ...WEBHOOK, name: "stray", url: "https://elsewhere/hook" },
        { ...WEBHOOK, name: "t1", url: twice.integrationUrl },
        { ...WEBHOOK, name: "t2", url: twice.integrationUrl },
      ],
    });
    const { ilert, datadog } = accounts(s);
    const found = findSetup(ilert, {
      ...datadog,
      monitors: [...datadog.monitors, { ...MONITOR, id: 7002, name: "Old", message: "@webhook-gone" }],
      missingWebhooks: ["gone"],
    });
    expect(found.integrations.map((i) => i.source.id)).toEqual([101]);
    expect(found.leftAlone).toEqual([
      {
        object: "webhook @webhook-stray",
        reason:
          "its URL is the integration URL of no alert source of type DATADOG in this iLert account, so it pages nobody adopt can find; not adopted",
      },
      {
        object: 'alert source "Search (Datadog)" (id 102)',
        reason:
          "no webhook found that posts to it (adopt looks up the webhooks monitors mention, and those named with --webhook: Datadog lists no webhooks); if one posts to it that no monitor mentions, run adopt again with --webhook <its name>",
      },
      {
        object: 'alert source "Twice" (id 103)',
        reason:
          "2 webhooks post to it (@webhook-t1, @webhook-t2); iLert wants one webhook per alert source: keep one (move its monitors' mentions over, delete the others in Datadog), then run adopt again",
      },
      {
        object: 'monitor "Old" (id 7002)',
        reason:
          "it mentions @webhook-gone, which does not exist in Datadog, so that mention pages nobody; fix or remove the mention in Datadog",
      },
    ]);
  });
});
