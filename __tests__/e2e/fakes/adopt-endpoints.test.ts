import { ADOPT_ENDPOINTS } from "../../../cli/adopt/endpoints";
import { DatadogFake } from "./datadog/datadog-fake";
import { IlertFake } from "./ilert/ilert-fake";

// `ilert-datadog adopt` reads through these fakes in the e2e (scenarios/adopt-by-hand.ts): each
// endpoint it reads (cli/adopt/endpoints.ts) must be one they answer, as the APIs page it.

const ilert = new IlertFake({ seed: { users: [], teams: [] }, apiToken: "t" });
const datadog = new DatadogFake({ apiKey: "a", appKey: "b" });

test.each(ADOPT_ENDPOINTS)("the fakes answer %s", (endpoint) => {
  const [method, pattern] = endpoint.split(" ");
  const fake = pattern.startsWith("/api/v1/") && !pattern.startsWith("/api/v1/events/") ? datadog : ilert;
  expect(fake.answers(method, pattern.replaceAll("{id}", "7").replaceAll("{name}", "ilert-payments"))).toBe(true);
});
