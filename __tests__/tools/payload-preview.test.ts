import * as fc from "fast-check";
import { DatadogPayload } from "../../constructs";
import { renderPayload, SampleEvent } from "../../tools";
import { PREVIEW_ESCAPING_ASSUMPTION } from "../../tools/payload-preview";
import { DATADOG_TEMPLATE_VARIABLES } from "../../constructs/datadog/template-variables";

const HOSTILE = [
  'say "hi"',
  "line 1\nline 2\r\n\ttab",
  "C:\\path\\to\\file \\n not a newline",
  "ünïcödé ✓ 日本語 🚨",
  "\u0000\u001f\u2028\u2029",
  "lone \ud800 surrogate",
  "$& $1 $$ $EVENT_TITLE",
  "</script>{{#is_alert}}",
];

describe("renderPayload", () => {
  test("iLert's template for a Triggered event", () => {
    expect(JSON.parse(renderPayload(DatadogPayload.ilertDefault(), SampleEvent.triggered()))).toStrictEqual({
      body: '%%%\nErrors on "checkout" are at 72 (threshold 50).\n\n[Monitor Status](https://app.datadoghq.com/monitors/1234567)\n%%%',
      last_updated: "1767258000000",
      event_type: "query_alert_monitor",
      alert_transition: "Triggered",
      alert_id: "1234567",
      link: "https://app.datadoghq.com/event/event?id=8123456789012345678",
      title: "[Triggered on {service:payments}] Payments API errors",
      date: "1767258000000",
      org: { id: "123456", name: "Example Org" },
      id: "8123456789012345678",
    });
  });

  test("the Recovered event carries the same alert_id, so iLert can resolve the alert it opened", () => {
    const payload = DatadogPayload.ilertDefaultWith({ alert_priority: "$ALERT_PRIORITY" });
    const [triggered, recovered] = [SampleEvent.triggered(), SampleEvent.recovered()].map((e) => JSON.parse(renderPayload(payload, e)));
    expect([triggered.alert_transition, recovered.alert_transition]).toEqual(["Triggered", "Recovered"]);
    expect(recovered.alert_id).toBe("1234567");
    expect(recovered.alert_id).toBe(triggered.alert_id);
    expect(recovered.id).not.toBe(triggered.id);
    expect(recovered.alert_priority).toBe("P2");
  });

  test("$TAGS lists the tags, $TAGS[key] reads one ('' when missing)", () => {
    const payload = DatadogPayload.ilertDefaultWith({
      tags: "$TAGS",
      service: "$TAGS[service]",
      team: "$TAGS[team]",
      owner: "team $TAGS[owner]!",
    });
    const event = SampleEvent.triggered({ tags: { owner: 'pay"ments' } });
    expect(JSON.parse(renderPayload(payload, event))).toMatchObject({
      tags: 'env:prod,service:payments,owner:pay"ments',
      service: "payments",
      team: "",
      owner: 'team pay"ments!',
    });
  });

  test("values outside JSON strings are inserted as they are; unknown and custom variables stay as written", () => {
    const template = '{"count": $ALERT_ID, "route": "$ROUTING_KEY", "quoted": "say \\"$HOSTNAME\\"", "$HOSTNAME": "$ALERT_ID[0]"}';
    expect(renderPayload(template, SampleEvent.triggered())).toBe(
      '{"count": 1234567, "route": "$ROUTING_KEY", "quoted": "say \\"payments-api-1\\"", "payments-api-1": "1234567[0]"}',
    );
  });

  test("a value after an escaped quote is still inside its string, so it is JSON-escaped too", () => {
    const template = '{"said": "he said \\"$EVENT_MSG\\" and left"}';
    const event = SampleEvent.triggered({ variables: { EVENT_MSG: 'a "b"\nc\\d' } });
    expect(renderPayload(template, event)).toBe('{"said": "he said \\"a \\"b\\"\\nc\\\\d\\" and left"}');
    expect(JSON.parse(renderPayload(template, event)).said).toBe('he said "a "b"\nc\\d" and left');
  });

  test.each(HOSTILE)("a hostile message stays valid JSON and arrives unchanged: %j", (message) => {
    const payload = DatadogPayload.ilertDefaultWith({ note: "before $EVENT_MSG after" });
    const rendered = JSON.parse(renderPayload(payload, SampleEvent.triggered({ variables: { EVENT_MSG: message, EVENT_TITLE: message } })));
    expect(rendered.body).toBe(message);
    expect(rendered.title).toBe(message);
    expect(rendered.note).toBe(`before ${message} after`);
  });

  test("any message and title, in both transitions, stay valid JSON and arrive unchanged (property)", () => {
    const text = fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), fc.constantFrom(...HOSTILE));
    fc.assert(
      fc.property(text, text, fc.boolean(), (message, title, recovered) => {
        const variables = { EVENT_MSG: message, EVENT_TITLE: title };
        const event = recovered ? SampleEvent.recovered({ variables }) : SampleEvent.triggered({ variables });
        const body = JSON.parse(renderPayload(DatadogPayload.ilertDefault(), event));
        expect([body.body, body.title, body.alert_transition, body.alert_id]).toEqual([
          message,
          title,
          recovered ? "Recovered" : "Triggered",
          "1234567",
        ]);
      }),
      { numRuns: 300 },
    );
  });
});

describe("SampleEvent", () => {
  // The sample is what the preview shows for every variable a user's template may read: each has a
  // value, and the two transitions are the same monitor's alert and recovery.
  test("every variable of both transitions has a value, and they tell one consistent story", () => {
    const [triggered, recovered] = [SampleEvent.triggered().variables, SampleEvent.recovered().variables];
    for (const sample of [triggered, recovered]) {
      expect(Object.entries(sample).filter(([, value]) => value === "")).toEqual([]);
      expect(sample.EVENT_TITLE).toBe(sample.ALERT_TITLE);
      expect(sample.LAST_UPDATED).toBe(sample.DATE);
      expect(sample.LINK).toBe(`https://app.datadoghq.com/event/event?id=${sample.ID}`);
      expect(sample.ALERT_STATUS.startsWith(`${sample.ALERT_QUERY} (value `)).toBe(true);
      expect(sample.ALERT_QUERY).toContain(sample.ALERT_METRIC);
      expect(sample.ALERT_METRIC.split(".")[0]).toBe(sample.METRIC_NAMESPACE);
      expect(sample.EVENT_MSG.startsWith("%%%\n") && sample.EVENT_MSG.endsWith("\n%%%")).toBe(true);
      expect(sample.TEXT_ONLY_MSG).toBe(sample.EVENT_MSG.slice(4, -4).replace(/\[([^\]]*)\]\(([^)]*)\)/g, "$1: $2"));
      expect(sample.TAGS).toBe("env:prod,service:payments");
      expect(sample.PRIORITY).toBe("normal");
    }
    expect([triggered.ALERT_TRANSITION, triggered.ALERT_TYPE, recovered.ALERT_TRANSITION, recovered.ALERT_TYPE]).toEqual([
      "Triggered",
      "error",
      "Recovered",
      "success",
    ]);
    expect(triggered.ALERT_TITLE.startsWith("[Triggered on {service:payments}] ")).toBe(true);
    expect(recovered.ALERT_TITLE).toBe(triggered.ALERT_TITLE.replace("[Triggered on", "[Recovered on"));
    // The recovery comes later, as another event of the same alert.
    expect(Number(recovered.DATE)).toBeGreaterThan(Number(triggered.DATE));
    expect(recovered.ID).not.toBe(triggered.ID);
    // What differs between the two is the transition and the event; the monitor and the alert stay.
    const differing = Object.keys(triggered).filter((key) => triggered[key] !== recovered[key]);
    expect(differing.sort()).toEqual([
      "ALERT_STATUS",
      "ALERT_TITLE",
      "ALERT_TRANSITION",
      "ALERT_TYPE",
      "DATE",
      "EVENT_MSG",
      "EVENT_TITLE",
      "ID",
      "LAST_UPDATED",
      "LINK",
      "TEXT_ONLY_MSG",
    ]);
    expect(Object.keys(recovered).sort()).toEqual(Object.keys(triggered).sort());
    // Each is a variable Datadog substitutes, as the payload checks know them.
    expect(Object.keys(triggered).filter((key) => !DATADOG_TEMPLATE_VARIABLES.has(key))).toEqual([]);
  });

  test("a tag without a value is listed by its key alone", () => {
    expect(SampleEvent.triggered({ tags: { canary: "", team: "core" } }).variables.TAGS).toBe("env:prod,service:payments,canary,team:core");
  });

  test("the preview says what it assumes about escaping", () => {
    expect(PREVIEW_ESCAPING_ASSUMPTION).toMatch(/^assumes Datadog JSON-escapes values substituted inside JSON strings \(undocumented; /);
  });
});
