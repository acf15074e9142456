import { Testing, TerraformStack } from "cdktf";
import { DatadogPayload, IlertDatadogValidationError, PayloadTemplate } from "../../constructs";
import { thrown } from "../helpers/synth";

function bind(payload: DatadogPayload): string {
  const stack = new TerraformStack(Testing.app(), "test");
  return payload.bind(stack, "payload");
}

function bindError(payload: DatadogPayload): Error {
  const err = thrown(() => bind(payload));
  expect(err).toBeInstanceOf(IlertDatadogValidationError);
  return err;
}

describe("DatadogPayload", () => {
  test("ilertDefault() is iLert's template as compact JSON, keys in iLert's order", () => {
    expect(bind(DatadogPayload.ilertDefault())).toBe(
      '{"body":"$EVENT_MSG","last_updated":"$LAST_UPDATED","event_type":"$EVENT_TYPE","alert_transition":"$ALERT_TRANSITION","alert_id":"$ALERT_ID","link":"$LINK","title":"$EVENT_TITLE","date":"$DATE","org":{"id":"$ORG_ID","name":"$ORG_NAME"},"id":"$ID"}',
    );
  });

  test("the template constant cannot be modified", () => {
    expect(Object.isFrozen(DatadogPayload.ILERT_TEMPLATE)).toBe(true);
    expect(Object.isFrozen(DatadogPayload.ILERT_TEMPLATE.org)).toBe(true);
  });

  test("extra fields are appended after iLert's, and $TAGS[key] is accepted", () => {
    const json = bind(DatadogPayload.ilertDefaultWith({ priority: "$ALERT_PRIORITY", service: "$TAGS[service]" }));
    expect(Object.keys(JSON.parse(json)).slice(-2)).toEqual(["priority", "service"]);
  });

  test("user text with Terraform template sequences reaches the provider as written", () => {
    const json = bind(DatadogPayload.ilertDefaultWith({ note: "${var.x} %{ if y }" }));
    expect(json).toContain('"note":"$${var.x} %%{ if y }"');
  });

  test("declared custom variables are accepted", () => {
    const payload = DatadogPayload.ilertDefaultWith({ route: "$ROUTING_KEY" }, { customVariables: ["ROUTING_KEY"] });
    expect(JSON.parse(bind(payload)).route).toBe("$ROUTING_KEY");
  });

  describe("fails", () => {
    test("on a variable Datadog does not define", () => {
      expect(bindError(DatadogPayload.ilertDefaultWith({ priority: "$ALERT_PRIORTY" })).message).toBe(
        'test: invalid payload.priority "$ALERT_PRIORTY": expected only Datadog\'s template variables (e.g. $EVENT_MSG, $ALERT_ID, $TAGS[key]) or declared custom variables; fix the spelling of $ALERT_PRIORTY, or list it in customVariables if it is a datadog_webhook_custom_variable',
      );
    });

    test("on a custom template without iLert's alert_transition", () => {
      expect(bindError(DatadogPayload.custom({ title: "$EVENT_TITLE", alert_id: "$ALERT_ID" })).message).toBe(
        'test: invalid payload.alert_transition undefined: expected "$ALERT_TRANSITION"; iLert needs "alert_transition": "$ALERT_TRANSITION" to open and resolve alerts; add it, or pass { withoutIlertFields: true } to DatadogPayload.custom() to opt out',
      );
    });

    test("unless the user opts out explicitly", () => {
      expect(JSON.parse(bind(DatadogPayload.custom({ title: "$EVENT_TITLE" }, { withoutIlertFields: true })))).toEqual({
        title: "$EVENT_TITLE",
      });
    });

    test("on an extra field that would replace one of iLert's", () => {
      expect(bindError(DatadogPayload.ilertDefaultWith({ alert_id: "$ID" })).message).toBe(
        'test: invalid payload.alert_id "$ID": expected a field name iLert\'s template does not use; rename the extra field, or use DatadogPayload.custom() to change iLert\'s field "alert_id"',
      );
    });

    test("on options that are not an object, or custom variables that are not a list (plain JavaScript or JSON)", () => {
      const template = { alert_transition: "$ALERT_TRANSITION", alert_id: "$ALERT_ID" };
      expect(bindError(DatadogPayload.custom(template, null as never)).message).toBe(
        'test: invalid payload options null: expected an object; pass options such as { customVariables: ["ROUTING_KEY"] }, or none',
      );
      expect(bindError(DatadogPayload.ilertDefaultWith({ team: "$TEAM" }, null as never)).message).toBe(
        'test: invalid payload options null: expected an object; pass options such as { customVariables: ["ROUTING_KEY"] }, or none',
      );
      expect(bindError(DatadogPayload.custom(template, { customVariables: 5 as never })).message).toBe(
        'test: invalid payload customVariables 5: expected a list; list the variables\' names without "$", e.g. ["ROUTING_KEY"]',
      );
      expect(bindError(DatadogPayload.ilertDefaultWith({ team: "$TEAM" }, { customVariables: "TEAM" as never })).message).toBe(
        'test: invalid payload customVariables "TEAM": expected a list; list the variables\' names without "$", e.g. ["ROUTING_KEY"]',
      );
    });

    test("on a template that is not a JSON object", () => {
      expect(bindError(DatadogPayload.custom(["$EVENT_MSG"] as unknown as PayloadTemplate)).message).toBe(
        'test: invalid payload ["$EVENT_MSG"]: expected a JSON object (the webhook body); pass an object such as DatadogPayload.ILERT_TEMPLATE',
      );
    });

    test("on values JSON cannot hold", () => {
      const cyclic: Record<string, unknown> = { alert_transition: "$ALERT_TRANSITION", alert_id: "$ALERT_ID" };
      cyclic.self = cyclic;
      expect(bindError(DatadogPayload.custom(cyclic as PayloadTemplate)).message).toBe(
        'test: invalid payload.self "[circular]": expected a JSON value without cycles; remove the reference back to an enclosing object',
      );
      expect(bindError(DatadogPayload.ilertDefaultWith({ n: Number.NaN })).message).toBe(
        "test: invalid payload.n NaN: expected a finite number; JSON has no NaN or Infinity; use a string",
      );
      expect(bindError(DatadogPayload.ilertDefaultWith({ d: new Date(0) as unknown as string })).message).toBe(
        'test: invalid payload.d "1970-01-01T00:00:00.000Z": expected a JSON value (string, number, boolean, null, array or object); remove the value or convert it to one of those',
      );
    });
  });
});
