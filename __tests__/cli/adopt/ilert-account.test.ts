import { ApiClient } from "../../../cli/adopt/api-client";
import { readCredentials } from "../../../cli/adopt/credentials";
import { readIlertAccount } from "../../../cli/adopt/ilert-account";
import { ENV, ILERT, SOURCE, USERS, setup, stubFetch } from "../../helpers/adopt-accounts";

describe("readIlertAccount", () => {
  test("reads every list page by page, then each DATADOG alert source whole (list items lack the templates)", async () => {
    const users = Array.from({ length: 130 }, (_, i) => ({ id: 5000 + i, email: `u${i}@example.com` }));
    const other = { ...SOURCE, id: 102, name: "Grafana", integrationType: "GRAFANA" };
    const { fetch, requests } = stubFetch(setup({ sources: [SOURCE, other], users: [...USERS, ...users] }));
    const lines: string[] = [];
    const account = await readIlertAccount(new ApiClient(readCredentials(ENV).ilert, fetch), (l) => lines.push(l));
    expect(requests.map((r) => r.url.replace(ILERT, ""))).toEqual([
      "/api/alert-sources?start-index=0&max-results=50",
      "/api/alert-sources?start-index=2&max-results=50",
      "/api/alert-sources/101?include=summaryTemplate&include=detailsTemplate&include=routingTemplate&include=textTemplate&include=linkTemplates&include=priorityTemplate&include=eventFilter&include=alertKeyTemplate&include=eventTypeFilterCreate&include=eventTypeFilterAccept&include=eventTypeFilterResolve",
      "/api/escalation-policies?start-index=0&max-results=50",
      "/api/escalation-policies?start-index=1&max-results=50",
      "/api/schedules?start-index=0&max-results=20&include=scheduleLayers&include=shifts",
      "/api/schedules?start-index=1&max-results=20&include=scheduleLayers&include=shifts",
      "/api/users?start-index=0&max-results=100",
      "/api/users?start-index=100&max-results=100",
      "/api/users?start-index=133&max-results=100",
      "/api/teams?start-index=0&max-results=100",
      "/api/teams?start-index=2&max-results=100",
    ]);
    expect([account.alertSources.length, account.datadogSources, account.users.size, [...account.teams.keys()]]).toEqual([
      2,
      [SOURCE],
      133,
      [1200, 1201],
    ]);
    expect(account.alertSources[0].summaryTemplate).toBeUndefined();
    expect(lines).toEqual([
      "iLert alert sources: 2 so far",
      "iLert alert sources of type DATADOG: 1 read whole",
      "iLert escalation policies: 1 so far",
      "iLert schedules: 1 so far",
      "iLert users: 100 so far",
      "iLert users: 133 so far",
      "iLert teams: 2 so far",
    ]);
  });
});
