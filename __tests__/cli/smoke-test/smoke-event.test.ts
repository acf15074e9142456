import { SMOKE_TEST_MARKER, smokeEventBody, smokeSample } from "../../../cli/smoke-test/smoke-event";
import { renderPayload, SampleEvent } from "../../../tools";
import { ILERT_TEMPLATE } from "../../helpers/ilert-template";

const PAYLOAD = JSON.stringify({ ...ILERT_TEMPLATE, alert_priority: "$ALERT_PRIORITY", tags: "$TAGS", env: "$TAGS[env]" });
const EVENT = { alertId: "17964092668100", stack: "payments", webhook: "ilert-payments-datadog", date: 1767258000000 };

describe("the smoke test's events, rendered as the preview renders them", () => {
  test("Triggered: the preview's body with the smoke test's title, text, alert id and the lowest priority", () => {
    expect(JSON.parse(smokeEventBody(PAYLOAD, "Triggered", EVENT))).toEqual({
      body: "%%%\nA test of the paging path, sent by ilert-datadog smoke-test, not by a monitor; it resolves itself within seconds. No action needed.\n%%%",
      last_updated: "1767258000000",
      event_type: "query_alert_monitor",
      alert_transition: "Triggered",
      alert_id: "17964092668100",
      link: "",
      title: "[Triggered] [smoke test] ilert-datadog smoke-test of payments: @webhook-ilert-payments-datadog",
      date: "1767258000000",
      org: { id: "123456", name: "Example Org" },
      id: "179640926681001",
      alert_priority: "P5",
      tags: "env:prod,service:payments,source:ilert-datadog-smoke-test",
      env: "prod",
    });
  });

  test("Recovered: the same alert id a second later, still marked", () => {
    const recovered = JSON.parse(smokeEventBody(PAYLOAD, "Recovered", EVENT));
    expect([recovered.alert_transition, recovered.alert_id, recovered.date, recovered.id]).toEqual([
      "Recovered",
      "17964092668100",
      "1767258001000",
      "179640926681002",
    ]);
    expect(recovered.title).toBe(`[Recovered] ${SMOKE_TEST_MARKER} ilert-datadog smoke-test of payments: @webhook-ilert-payments-datadog`);
  });

  test("it is the preview's renderer: the same body as renderPayload with the smoke sample", () => {
    expect(smokeEventBody(PAYLOAD, "Triggered", EVENT)).toBe(renderPayload(PAYLOAD, smokeSample("Triggered", EVENT)));
    // What the sample keeps of the preview's: the variables the smoke test has no reason to change.
    const preview = SampleEvent.triggered();
    expect(smokeSample("Triggered", EVENT).value("ORG_NAME")).toBe(preview.value("ORG_NAME"));
    expect(smokeSample("Triggered", EVENT).value("HOSTNAME")).toBe("");
  });

  test("a stack or webhook name with quotes stays valid JSON (values in JSON strings are escaped, as in the preview)", () => {
    const body = smokeEventBody(PAYLOAD, "Triggered", { ...EVENT, stack: 'pay"ments\n' });
    expect(JSON.parse(body).title).toBe(
      '[Triggered] [smoke test] ilert-datadog smoke-test of pay"ments\n: @webhook-ilert-payments-datadog',
    );
  });
});
