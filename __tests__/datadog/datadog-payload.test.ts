import { Testing, TerraformStack, Token } from "cdktf";
import * as fc from "fast-check";
import { DatadogPayload, IlertDatadogValidationError } from "../../constructs";
import { passes, thrown } from "../helpers/synth";
import { fcRuns } from "../helpers/terraform-literal";

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

  test("a $ that continues as a word, or is not followed by a capital, is text, not a variable", () => {
    const notes = ["$name", "US$5", "$Foo", "$Ié", "$Ie\u0301", "$I\u0328", "$Ωmega", "$", "$_X"];
    for (const note of notes) expect(JSON.parse(bind(DatadogPayload.ilertDefaultWith({ note }))).note).toBe(note);
  });

  test("composed and decomposed forms of the same text get the same verdict", () => {
    const accepted = (note: string) => passes(() => bind(DatadogPayload.ilertDefaultWith({ note })));
    const text = fc.string({
      unit: fc.oneof(
        fc.constantFrom("$", "_", "[", "]", "A", "I", "E", "e", "5", "\u0301", "\u0328", "É", "é", "Į"),
        fc.string({ unit: "grapheme", maxLength: 1 }),
      ),
    });
    fc.assert(
      fc.property(text, (note) => accepted(note.normalize("NFC")) === accepted(note.normalize("NFD"))),
      { numRuns: fcRuns(1000) },
    );
    // The counterexample that found the difference: "Į" composed was text, "I" + U+0328 a reference $I.
    expect(accepted("$\u012e")).toBe(true);
    expect(accepted("$I\u0328")).toBe(true);
  });

  describe("fails", () => {
    test("on a variable Datadog does not define", () => {
      expect(bindError(DatadogPayload.ilertDefaultWith({ priority: "$ALERT_PRIORTY" })).message).toBe(
        'test: invalid payload.priority "$ALERT_PRIORTY": expected only Datadog\'s template variables (e.g. $EVENT_MSG, $ALERT_ID, $TAGS[key]) or declared custom variables; fix the spelling of $ALERT_PRIORTY, or list it in customVariables if it is a datadog_webhook_custom_variable',
      );
    });

    test("on a custom template without iLert's alert_transition", () => {
      expect(bindError(DatadogPayload.custom({ title: "$EVENT_TITLE", alert_id: "$ALERT_ID" })).message).toBe(
        'test: missing payload.alert_transition: expected "$ALERT_TRANSITION"; iLert needs "alert_transition": "$ALERT_TRANSITION" to open and resolve alerts; add it, or pass { withoutIlertFields: true } to DatadogPayload.custom() to opt out',
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

    test("on a misspelled option, by the options of the factory that took them", () => {
      const template = { alert_transition: "$ALERT_TRANSITION", alert_id: "$ALERT_ID" };
      expect(bindError(DatadogPayload.custom(template, { withoutIlertField: true } as never)).message).toBe(
        "test: invalid withoutIlertField true: expected a key of CustomPayloadOptions; did you mean withoutIlertFields?",
      );
      // ilertDefaultWith keeps iLert's fields: withoutIlertFields is none of its options.
      expect(bindError(DatadogPayload.ilertDefaultWith({ team: "$TEAM" }, { withoutIlertFields: true } as never)).message).toBe(
        "test: invalid withoutIlertFields true: expected a key of ExtendedPayloadOptions: customVariables; remove withoutIlertFields, or use one of those",
      );
      // withFields keeps the options of the factory.
      const extended = DatadogPayload.custom({ title: "$EVENT_TITLE" }, { withoutIlertFields: true }).withFields({ msg: "$EVENT_MSG" });
      expect(JSON.parse(bind(extended))).toEqual({ title: "$EVENT_TITLE", msg: "$EVENT_MSG" });
    });

    test("on a template that is not a JSON object", () => {
      expect(bindError(DatadogPayload.custom(["$EVENT_MSG"] as unknown as { [key: string]: unknown })).message).toBe(
        'test: invalid payload ["$EVENT_MSG"]: expected a JSON object (the webhook body); pass an object such as DatadogPayload.ILERT_TEMPLATE',
      );
    });

    test("on values JSON cannot hold", () => {
      const cyclic: Record<string, unknown> = { alert_transition: "$ALERT_TRANSITION", alert_id: "$ALERT_ID" };
      cyclic.self = cyclic;
      expect(bindError(DatadogPayload.custom(cyclic)).message).toBe(
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

  describe("accepts every kind of JSON value, at any depth", () => {
    test("numbers, booleans, null, arrays and nested objects reach the JSON as given", () => {
      const extra = {
        n: 0,
        f: -1.5,
        yes: true,
        no: false,
        nothing: null,
        list: [1, "$HOSTNAME", [false]],
        deep: { a: { b: "$TAGS[env]" } },
      };
      expect(JSON.parse(bind(DatadogPayload.ilertDefaultWith(extra)))).toEqual({ ...DatadogPayload.ILERT_TEMPLATE, ...extra });
    });

    test("an object used twice is no cycle", () => {
      const shared = { name: "$HOSTNAME" };
      const json = bind(DatadogPayload.ilertDefaultWith({ a: shared, b: [shared, shared] }));
      expect(JSON.parse(json).b).toEqual([{ name: "$HOSTNAME" }, { name: "$HOSTNAME" }]);
    });

    test("an object without prototype is a plain object", () => {
      const bare = Object.assign(Object.create(null), { x: "$ID" });
      expect(JSON.parse(bind(DatadogPayload.ilertDefaultWith({ bare }))).bare).toEqual({ x: "$ID" });
    });

    test("a number token is passed through", () => {
      const count = Token.asNumber({ Ref: "count" });
      expect(() => bind(DatadogPayload.ilertDefaultWith({ count }))).not.toThrow();
    });
  });

  test("withFields adds fields after the existing extra fields", () => {
    const payload = DatadogPayload.ilertDefaultWith({ a: "$ID" }).withFields({ b: "$DATE" });
    expect(Object.keys(payload.template).slice(-2)).toEqual(["a", "b"]);
    expect(JSON.parse(bind(payload))).toMatchObject({ a: "$ID", b: "$DATE", alert_id: "$ALERT_ID" });
    expect(bindError(DatadogPayload.ilertDefault().withFields({ alert_id: "$ID" })).message).toMatch(
      /^test: invalid payload\.alert_id "\$ID"/,
    );
  });

  test("ILERT_REQUIRED_FIELDS names both fields iLert needs, frozen", () => {
    expect(DatadogPayload.ILERT_REQUIRED_FIELDS).toEqual({ alert_transition: "$ALERT_TRANSITION", alert_id: "$ALERT_ID" });
    expect(Object.isFrozen(DatadogPayload.ILERT_REQUIRED_FIELDS)).toBe(true);
  });

  describe("fails, naming the path of the value", () => {
    const where = "expected only Datadog's template variables (e.g. $EVENT_MSG, $ALERT_ID, $TAGS[key]) or declared custom variables";
    const jsonValue =
      "expected a JSON value (string, number, boolean, null, array or object); remove the value or convert it to one of those";

    test("on an unknown variable in a list item, a nested value or a key", () => {
      expect(bindError(DatadogPayload.ilertDefaultWith({ list: ["$ID", "$NOPE"] })).message).toBe(
        `test: invalid payload.list[1] "$NOPE": ${where}; fix the spelling of $NOPE, or list it in customVariables if it is a datadog_webhook_custom_variable`,
      );
      expect(bindError(DatadogPayload.ilertDefaultWith({ a: { b: "x $NOPE" } })).message).toBe(
        `test: invalid payload.a.b "x $NOPE": ${where}; fix the spelling of $NOPE, or list it in customVariables if it is a datadog_webhook_custom_variable`,
      );
      expect(bindError(DatadogPayload.ilertDefaultWith({ a: { $NOPE: 1 } })).message).toBe(
        `test: invalid payload.a key "$NOPE": ${where}; fix the spelling of $NOPE, or list it in customVariables if it is a datadog_webhook_custom_variable`,
      );
    });

    test("on a key in brackets after any variable but $TAGS", () => {
      expect(bindError(DatadogPayload.ilertDefaultWith({ h: "$HOSTNAME[x]" })).message).toBe(
        `test: invalid payload.h "$HOSTNAME[x]": ${where}; fix the spelling of $HOSTNAME[x], or list it in customVariables if it is a datadog_webhook_custom_variable`,
      );
    });

    test("on a custom variable used but not declared, or declared for another name", () => {
      expect(bindError(DatadogPayload.ilertDefaultWith({ route: "$ROUTING_KEY" }, { customVariables: ["TEAM"] })).message).toMatch(
        /^test: invalid payload\.route "\$ROUTING_KEY"/,
      );
      const template = { alert_transition: "$ALERT_TRANSITION", alert_id: "$ALERT_ID", route: "$ROUTING_KEY" };
      expect(bindError(DatadogPayload.custom(template)).message).toMatch(/^test: invalid payload\.route "\$ROUTING_KEY"/);
      expect(JSON.parse(bind(DatadogPayload.custom(template, { customVariables: ["ROUTING_KEY"] }))).route).toBe("$ROUTING_KEY");
    });

    test("on infinite numbers, undefined and functions", () => {
      expect(bindError(DatadogPayload.ilertDefaultWith({ x: [Infinity] })).message).toBe(
        "test: invalid payload.x[0] Infinity: expected a finite number; JSON has no NaN or Infinity; use a string",
      );
      expect(bindError(DatadogPayload.ilertDefaultWith({ u: undefined as never })).message).toBe(`test: missing payload.u: ${jsonValue}`);
      expect(bindError(DatadogPayload.ilertDefaultWith({ f: (() => 1) as never })).message).toBe(
        `test: invalid payload.f () => 1: ${jsonValue}`,
      );
    });

    test("on a cycle through a list", () => {
      const list: unknown[] = [];
      list.push(list);
      expect(bindError(DatadogPayload.ilertDefaultWith({ list: list as never })).message).toBe(
        'test: invalid payload.list[0] "[circular]": expected a JSON value without cycles; remove the reference back to an enclosing object',
      );
    });

    test("on extra fields that are not a plain object", () => {
      class Fields {
        public readonly a = "$ID";
      }
      expect(bindError(DatadogPayload.ilertDefaultWith(new Fields() as never)).message).toBe(
        'test: invalid payload {"a":"$ID"}: expected a JSON object (the webhook body); pass an object such as DatadogPayload.ILERT_TEMPLATE',
      );
      expect(bindError(DatadogPayload.ilertDefaultWith(null as never)).message).toBe(
        "test: invalid payload null: expected a JSON object (the webhook body); pass an object such as DatadogPayload.ILERT_TEMPLATE",
      );
    });

    test("on a custom template whose alert_id carries another variable", () => {
      expect(bindError(DatadogPayload.custom({ alert_transition: "$ALERT_TRANSITION", alert_id: "$ID" })).message).toBe(
        'test: invalid payload.alert_id "$ID": expected "$ALERT_ID"; iLert needs "alert_id": "$ALERT_ID" to open and resolve alerts; add it, or pass { withoutIlertFields: true } to DatadogPayload.custom() to opt out',
      );
    });

    test("under the prop name it is bound as", () => {
      const stack = new TerraformStack(Testing.app(), "s");
      expect(thrown(() => DatadogPayload.ilertDefaultWith({ x: "$NOPE" }).bind(stack)).message).toMatch(/^s: invalid payload\.x /);
      expect(thrown(() => DatadogPayload.ilertDefaultWith({ x: "$NOPE" }).bind(stack, "body")).message).toMatch(/^s: invalid body\.x /);
    });
  });
});

describe("DatadogPayload.fromJson: a payload made by hand, kept byte for byte", () => {
  const handMade = `{
  "body": "$EVENT_MSG",
  "alert_transition": "$ALERT_TRANSITION",
  "alert_id": "$ALERT_ID",
  "2": "numeric keys stay where they are",
  "note": "\${not a reference}"
}`;

  test("binds to the text as given (spacing, line breaks, key order), Terraform templates escaped", () => {
    expect(bind(DatadogPayload.fromJson(handMade))).toBe(handMade.replace("${", () => "$${"));
    expect(DatadogPayload.fromJson(handMade).toJson()).toBe(handMade);
    // JSON.stringify would move the integer-like key "2" first: the text is not rewritten.
    expect(JSON.stringify(DatadogPayload.fromJson(handMade).template).startsWith('{"2":')).toBe(true);
  });

  test("adding fields writes the template anew, as compact JSON", () => {
    expect(
      DatadogPayload.fromJson('{ "alert_transition": "$ALERT_TRANSITION", "alert_id": "$ALERT_ID" }').withFields({ x: "$TAGS" }).toJson(),
    ).toBe('{"alert_transition":"$ALERT_TRANSITION","alert_id":"$ALERT_ID","x":"$TAGS"}');
  });

  test("is checked as a custom template: iLert's fields, known variables, declared custom ones", () => {
    expect(bindError(DatadogPayload.fromJson('{"body": "$EVENT_MSG"}')).message).toBe(
      'test: missing payload.alert_transition: expected "$ALERT_TRANSITION"; iLert needs "alert_transition": "$ALERT_TRANSITION" to open and resolve alerts; add it, or pass { withoutIlertFields: true } to DatadogPayload.custom() to opt out',
    );
    expect(bind(DatadogPayload.fromJson('{"body": "$EVENT_MSG"}', { withoutIlertFields: true }))).toBe('{"body": "$EVENT_MSG"}');
    const withVariable = '{"alert_transition": "$ALERT_TRANSITION", "alert_id": "$ALERT_ID", "team": "$TEAM_KEY"}';
    expect(bindError(DatadogPayload.fromJson(withVariable)).message).toContain("fix the spelling of $TEAM_KEY");
    expect(bind(DatadogPayload.fromJson(withVariable, { customVariables: ["TEAM_KEY"] }))).toBe(withVariable);
  });

  test.each([
    ['{"body": ', "Unexpected end of JSON input"],
    ["not json", "Unexpected token 'o', \"not json\" is not valid JSON"],
  ])("refuses text that is not JSON when bound: %j", (text, problem) => {
    expect(bindError(DatadogPayload.fromJson(text)).message).toBe(
      `test: invalid payload ${JSON.stringify(text)}: expected the JSON text of an object (the webhook body); fix the JSON (${problem})`,
    );
  });

  test("refuses JSON that is not an object", () => {
    expect(bindError(DatadogPayload.fromJson("[1, 2]")).message).toBe(
      "test: invalid payload [1,2]: expected a JSON object (the webhook body); pass an object such as DatadogPayload.ILERT_TEMPLATE",
    );
  });
});
