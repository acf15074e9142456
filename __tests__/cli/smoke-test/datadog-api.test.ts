import { readWebhook } from "../../../cli/smoke-test/datadog-api";
import { startStub } from "./vendor-stub";

test("the live webhook: its documented endpoint with both keys, the name encoded; a host without a scheme is https", async () => {
  const stub = await startStub(() => ({ status: 200, body: { name: "a b" } }));
  try {
    expect(await readWebhook({ host: `${stub.url}/`, apiKey: "k", appKey: "p" }, "a b")).toEqual({ status: 200, body: { name: "a b" } });
    expect(stub.requests.map((r) => [r.path, r.headers["dd-api-key"], r.headers["dd-application-key"]])).toEqual([
      ["/api/v1/integration/webhooks/configuration/webhooks/a%20b", "k", "p"],
    ]);
    // No scheme: https, which the stub does not speak, so no answer.
    expect((await readWebhook({ host: stub.url.replace("http://", ""), apiKey: "k", appKey: "p" }, "x")).status).toBeUndefined();
  } finally {
    await stub.close();
  }
});
