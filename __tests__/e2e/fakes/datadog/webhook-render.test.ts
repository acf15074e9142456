import { evaluateMessage, mentionedWebhooks } from "./message-template";
import { AlertEvent, render, renderWebhookBody } from "./webhook-render";

/** The payload the example app synthesizes: iLert's template plus `alert_priority`. */
const ILERT_PAYLOAD =
  '{"body":"$EVENT_MSG","last_updated":"$LAST_UPDATED","event_type":"$EVENT_TYPE","alert_transition":"$ALERT_TRANSITION","alert_id":"$ALERT_ID","link":"$LINK","title":"$EVENT_TITLE","date":"$DATE","org":{"id":"$ORG_ID","name":"$ORG_NAME"},"id":"$ID","alert_priority":"$ALERT_PRIORITY"}';

const MESSAGE =
  "{{#is_alert}}Checkout errors above 50.{{/is_alert}}{{#is_recovery}}Checkout is fine again.{{/is_recovery}}\n@webhook-ilert-payments";

function event(overrides: Partial<AlertEvent> = {}, message = MESSAGE): AlertEvent {
  return {
    monitor: {
      id: 1000001,
      name: "Payments: checkout error rate",
      message,
      query: "sum(last_5m):sum:checkout.errors{env:prod}.as_count() > 50",
      type: "query alert",
      tags: ["team:payments", "env:prod", "solo"],
      priority: 1,
    },
    transition: "Triggered",
    before: "OK",
    after: "Alert",
    eventId: 8000000000001,
    date: 1767225600000,
    org: { id: 1000000, name: "Payments Org" },
    ...overrides,
  };
}

describe("renderWebhookBody", () => {
  test("renders the iLert payload for a Triggered event exactly", () => {
    expect(renderWebhookBody(ILERT_PAYLOAD, "json", event())).toEqual({
      contentType: "application/json",
      body:
        '{"body":"Checkout errors above 50.\\n@webhook-ilert-payments","last_updated":"1767225600000","event_type":"query_alert_monitor",' +
        '"alert_transition":"Triggered","alert_id":"1000001","link":"https://app.datadoghq.com/event/event?id=8000000000001",' +
        '"title":"[Triggered] Payments: checkout error rate","date":"1767225600000","org":{"id":"1000000","name":"Payments Org"},' +
        '"id":"8000000000001","alert_priority":"P1"}',
    });
  });

  test("renders the iLert payload for a Recovered event exactly", () => {
    const recovered = event({ transition: "Recovered", before: "Alert", after: "OK", eventId: 8000000000002, date: 1767225900000 });
    expect(JSON.parse(renderWebhookBody(ILERT_PAYLOAD, "json", recovered).body)).toEqual({
      body: "Checkout is fine again.\n@webhook-ilert-payments",
      last_updated: "1767225900000",
      event_type: "query_alert_monitor",
      alert_transition: "Recovered",
      alert_id: "1000001",
      link: "https://app.datadoghq.com/event/event?id=8000000000002",
      title: "[Recovered] Payments: checkout error rate",
      date: "1767225900000",
      org: { id: "1000000", name: "Payments Org" },
      id: "8000000000002",
      alert_priority: "P1",
    });
  });

  test("JSON-escapes values inside JSON strings, so the body stays valid JSON", () => {
    const message = 'Said "stop" at C:\\temp\\x\nline two\ttabbed\n@webhook-a';
    const { body } = renderWebhookBody('{"body":"$EVENT_MSG","text":"$TEXT_ONLY_MSG"}', "json", event({}, message));
    expect(JSON.parse(body)).toEqual({ body: message, text: message });
  });

  test("form-encodes the rendered object's fields", () => {
    const template = '{"title":"$EVENT_TITLE","priority":"$ALERT_PRIORITY","n":1}';
    expect(renderWebhookBody(template, "form", event())).toEqual({
      contentType: "application/x-www-form-urlencoded",
      body: "title=%5BTriggered%5D+Payments%3A+checkout+error+rate&priority=P1&n=1",
    });
  });

  test("leaves $ALERT_PRIORITY empty for a monitor without priority, and maps warnings", () => {
    const warn = event({ transition: "Warn", after: "Warn", monitor: { ...event().monitor, priority: null } });
    expect(JSON.parse(renderWebhookBody('{"p":"$ALERT_PRIORITY","t":"$ALERT_TYPE"}', "json", warn).body)).toEqual({ p: "", t: "warning" });
  });

  test("refuses a monitor type whose $EVENT_TYPE it does not know", () => {
    expect(() => renderWebhookBody("{}", "json", event({ monitor: { ...event().monitor, type: "cost alert" } }))).toThrow(/EVENT_TYPE/);
  });
});

describe("render", () => {
  const variables = { ALERT_TITLE: "title", ALERT_TYPE: "error", ID: "7", TAGS: "a:1,b" };

  test("matches the longest variable name first and leaves unknown $WORDS alone", () => {
    expect(render("$ALERT_TITLE $ALERT_TYPE $ALERT_STATUS $IDX $NOPE $", variables, [])).toBe("title error $ALERT_STATUS 7X $NOPE $");
  });

  test("reads $TAGS[key] from the tags, empty for a missing or valueless tag", () => {
    expect(render("$TAGS[team]|$TAGS[solo]|$TAGS[none]|$TAGS", variables, ["team:payments:eu", "solo"])).toBe("payments:eu|||a:1,b");
  });

  test("substitutes raw outside JSON strings and escaped inside them", () => {
    expect(render('{"id": $ID, "t": "x\\"$ALERT_TITLE"}', { ...variables, ALERT_TITLE: 'a"b' }, [])).toBe('{"id": 7, "t": "x\\"a\\"b"}');
  });
});

describe("evaluateMessage", () => {
  const context = { transition: "Triggered", before: "OK", after: "Alert", priority: 2 } as const;

  test("keeps the blocks that hold for the notification and drops the others", () => {
    const message =
      "{{#is_alert}}A{{/is_alert}}{{^is_recovery}}B{{/is_recovery}}{{#is_recovery}}C{{/is_recovery}}{{#is_priority 'P2'}}D{{/is_priority}}";
    expect(evaluateMessage(message, context)).toBe("ABD");
    expect(evaluateMessage(message, { ...context, transition: "Recovered", after: "OK", before: "Alert" })).toBe("CD");
  });

  test("evaluates nested blocks and keeps other template variables", () => {
    const message = "{{#is_alert}}x{{#is_warning}}w{{/is_warning}}{{value}} {{{raw}}}{{/is_alert}}";
    expect(evaluateMessage(message, context)).toBe("x{{value}} {{{raw}}}");
  });

  test("tells recoveries apart by the state they leave", () => {
    const recovered = { ...context, transition: "Recovered", after: "OK" } as const;
    const message = "{{#is_alert_recovery}}alert{{/is_alert_recovery}}{{#is_warning_recovery}}warn{{/is_warning_recovery}}";
    expect(evaluateMessage(message, { ...recovered, before: "Alert" })).toBe("alert");
    expect(evaluateMessage(message, { ...recovered, before: "Warn" })).toBe("warn");
  });

  test("refuses unbalanced blocks and conditionals it cannot evaluate", () => {
    expect(() => evaluateMessage("{{#is_alert}}x", context)).toThrow(/never closed/);
    expect(() => evaluateMessage("{{#is_alert}}x{{/is_recovery}}", context)).toThrow(/closes "is_alert"/);
    expect(() => evaluateMessage('{{#is_match "env" "prod"}}x{{/is_match}}', context)).toThrow(/is_match/);
  });
});

test("mentionedWebhooks lists each handle once, in order", () => {
  expect(mentionedWebhooks("@webhook-b hi @webhook-a_1, @webhook-b @slack-x")).toEqual(["b", "a_1"]);
});
