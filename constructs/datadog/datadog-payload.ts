import { IConstruct } from "constructs";
import { describeValue, escapeControls, shortText } from "../core/shown-text";
import { checkArray, checkProps, fail, isUnresolved, Struct } from "../core/validate";
import { escapeTerraformTemplate } from "../core/terraform-escape";
import { TEMPLATE_VARIABLE_REFERENCE } from "./private/template-variable-reference";
import { DATADOG_TEMPLATE_VARIABLES } from "./template-variables";

// A payload template is a JSON object, typed `{ [key: string]: unknown }` (aws-cdk-lib types JSON as `any`): jsii has
// no recursive types. `bind()` checks at synth time that it is JSON and that every `$VARIABLE` is known.

/** Options of {@link DatadogPayload.custom}. */
export interface CustomPayloadOptions {
  /**
   * Allow a template without iLert's `alert_transition` and `alert_id` fields. Without them iLert
   * cannot tell a recovery from a trigger, so alerts are never resolved from Datadog.
   * @default false
   */
  readonly withoutIlertFields?: boolean;
  /**
   * Names of Datadog webhook custom variables (`datadog_webhook_custom_variable`) the template
   * references, without the `$`, e.g. `["ROUTING_KEY"]`.
   * @default - none: every `$VARIABLE` must be one Datadog defines
   */
  readonly customVariables?: string[];
}

/** Options of {@link DatadogPayload.ilertDefaultWith}. */
export interface ExtendedPayloadOptions {
  /**
   * Names of Datadog webhook custom variables the extra fields reference, without the `$`.
   * @default - no custom variables: a `$NAME` the fields reference that is not a Datadog built-in is refused
   */
  readonly customVariables?: string[];
}

const CUSTOM_OPTIONS: Struct<CustomPayloadOptions> = {
  name: "CustomPayloadOptions",
  keys: { withoutIlertFields: "optional", customVariables: "optional" },
};
const EXTENDED_OPTIONS: Struct<ExtendedPayloadOptions> = { name: "ExtendedPayloadOptions", keys: { customVariables: "optional" } };

/**
 * The JSON body Datadog posts to iLert (`datadog_webhook.payload`): iLert's documented template,
 * that template with extra fields, or a custom template.
 */
export class DatadogPayload {
  /** iLert's documented Datadog payload template, key for key. */
  public static readonly ILERT_TEMPLATE: { [key: string]: unknown } = deepFreeze({
    body: "$EVENT_MSG",
    last_updated: "$LAST_UPDATED",
    event_type: "$EVENT_TYPE",
    alert_transition: "$ALERT_TRANSITION",
    alert_id: "$ALERT_ID",
    link: "$LINK",
    title: "$EVENT_TITLE",
    date: "$DATE",
    org: { id: "$ORG_ID", name: "$ORG_NAME" },
    id: "$ID",
  });

  /** Fields iLert needs to open and resolve alerts, with the variable each must carry. */
  public static readonly ILERT_REQUIRED_FIELDS: Readonly<Record<string, string>> = Object.freeze({
    alert_transition: "$ALERT_TRANSITION",
    alert_id: "$ALERT_ID",
  });

  /** iLert's documented template, unchanged. */
  public static ilertDefault(): DatadogPayload {
    return new DatadogPayload(DatadogPayload.ILERT_TEMPLATE, {}, CUSTOM_OPTIONS);
  }

  /**
   * iLert's template plus extra top-level fields, e.g. `{ priority: "$ALERT_PRIORITY", tags: "$TAGS" }`,
   * which iLert templates (summary, details, priority) can read. Extra fields cannot replace iLert's.
   */
  public static ilertDefaultWith(extraFields: { [key: string]: unknown }, options: ExtendedPayloadOptions = {}): DatadogPayload {
    return new DatadogPayload(DatadogPayload.ILERT_TEMPLATE, options, EXTENDED_OPTIONS, extraFields);
  }

  /** A template of your own; it must keep iLert's `alert_transition` and `alert_id` unless told otherwise. */
  public static custom(template: { [key: string]: unknown }, options: CustomPayloadOptions = {}): DatadogPayload {
    return new DatadogPayload(template, options, CUSTOM_OPTIONS);
  }

  /**
   * A template given as the exact JSON text Datadog stores, kept byte for byte (its spacing, line
   * breaks and key order): the payload of a webhook made by hand, so that adopting it changes nothing.
   * Checked as {@link custom} checks a template. Adding fields ({@link withFields}, a priority
   * mapping) writes the template anew, as compact JSON.
   */
  public static fromJson(text: string, options: CustomPayloadOptions = {}): DatadogPayload {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      // Refused when bound, where the construct's path is known.
      return new DatadogPayload(
        new UnparsedText(text, (e as Error).message) as unknown as { [key: string]: unknown },
        options,
        CUSTOM_OPTIONS,
      );
    }
    return new DatadogPayload(parsed as { [key: string]: unknown }, options, CUSTOM_OPTIONS, undefined, text);
  }

  private constructor(
    private readonly base: { [key: string]: unknown },
    private readonly options: CustomPayloadOptions,
    /** Which options struct `options` is, by the factory that took it. */
    private readonly optionsStruct: Struct<CustomPayloadOptions | ExtendedPayloadOptions>,
    private readonly extraFields?: { [key: string]: unknown },
    /** The exact text of a {@link fromJson} payload, which {@link toJson} returns unchanged. */
    private readonly text?: string,
  ) {}

  /** The template as a plain object (iLert's fields first, then any extra fields). */
  public get template(): { [key: string]: unknown } {
    return { ...this.base, ...this.extraFields };
  }

  /** This payload with more top-level fields; they cannot replace existing ones. */
  public withFields(fields: { [key: string]: unknown }): DatadogPayload {
    return new DatadogPayload(this.base, this.options, this.optionsStruct, { ...this.extraFields, ...fields });
  }

  /** The JSON text Datadog stores, as the provider receives it: compact, or a {@link fromJson} payload's own text. */
  public toJson(): string {
    return this.text ?? JSON.stringify(this.template);
  }

  /**
   * Checks the template for `scope` and returns the string to synthesize (the JSON text, with
   * Terraform template sequences escaped). Throws {@link IlertDatadogValidationError}.
   */
  public bind(scope: IConstruct, prop = "payload"): string {
    if ((this.base as unknown) instanceof UnparsedText) {
      const unparsed = this.base as unknown as UnparsedText;
      fail(scope, prop, unparsed.text, "the JSON text of an object (the webhook body)", `fix the JSON (${unparsed.problem})`);
    }
    checkTemplateObject(scope, prop, this.base);
    if (this.extraFields !== undefined) {
      checkTemplateObject(scope, prop, this.extraFields);
      for (const key of Object.keys(this.extraFields)) {
        if (key in this.base) {
          fail(
            scope,
            `${prop}.${key}`,
            this.extraFields[key],
            "a field name iLert's template does not use",
            `rename the extra field, or use DatadogPayload.custom() to change iLert's field ${describeValue(key)}`,
          );
        }
      }
    }
    checkProps(
      scope,
      this.options,
      this.optionsStruct,
      'pass options such as { customVariables: ["ROUTING_KEY"] }, or none',
      `${prop} options`,
    );
    const names = this.options.customVariables;
    const fix = 'list the variables\' names without "$", e.g. ["ROUTING_KEY"]';
    // Stryker disable next-line ArrayDeclaration: equivalent, a name with spaces never matches a $VARIABLE
    const custom = new Set(names === undefined ? [] : checkArray<string>(scope, `${prop} customVariables`, names, 0, fix));
    checkValue(scope, prop, this.base, custom);
    if (this.extraFields !== undefined) checkValue(scope, prop, this.extraFields, custom);
    if (!this.options.withoutIlertFields) checkIlertFields(scope, prop, this.template);
    return escapeTerraformTemplate(this.toJson());
  }
}

/** The text of a {@link DatadogPayload.fromJson} payload that is not JSON, refused when the payload is bound. */
class UnparsedText {
  constructor(
    readonly text: string,
    readonly problem: string,
  ) {}
}

function checkTemplateObject(scope: IConstruct, prop: string, template: unknown): void {
  if (!isPlainObject(template)) {
    fail(scope, prop, template, "a JSON object (the webhook body)", "pass an object such as DatadogPayload.ILERT_TEMPLATE");
  }
}

function checkIlertFields(scope: IConstruct, prop: string, template: { [key: string]: unknown }): void {
  for (const [field, variable] of Object.entries(DatadogPayload.ILERT_REQUIRED_FIELDS)) {
    if (template[field] !== variable) {
      fail(
        scope,
        `${prop}.${field}`,
        template[field],
        JSON.stringify(variable),
        `iLert needs "${field}": "${variable}" to open and resolve alerts; add it, or pass { withoutIlertFields: true } to DatadogPayload.custom() to opt out`,
      );
    }
  }
}

/** Walks a template value: JSON-serializable, and every `$VARIABLE` defined by Datadog or declared. */
function checkValue(scope: IConstruct, path: string, value: unknown, custom: ReadonlySet<string>, ancestors: object[] = []): void {
  if (value === null || typeof value === "boolean") return;
  if (typeof value === "object" && ancestors.includes(value)) {
    fail(scope, path, "[circular]", "a JSON value without cycles", "remove the reference back to an enclosing object");
  }
  const inner = typeof value === "object" ? [...ancestors, value] : ancestors;
  if (typeof value === "string") {
    checkVariables(scope, path, value, custom);
  } else if (typeof value === "number") {
    if (!Number.isFinite(value) && !isUnresolved(value))
      fail(scope, path, value, "a finite number", "JSON has no NaN or Infinity; use a string");
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => checkValue(scope, `${path}[${i}]`, item, custom, inner));
  } else if (isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      checkVariables(scope, `${path} key`, key, custom);
      checkValue(scope, `${path}.${key}`, item, custom, inner);
    }
  } else {
    fail(
      scope,
      path,
      value,
      "a JSON value (string, number, boolean, null, array or object)",
      "remove the value or convert it to one of those",
    );
  }
}

function checkVariables(scope: IConstruct, path: string, text: string, custom: ReadonlySet<string>): void {
  for (const match of text.matchAll(TEMPLATE_VARIABLE_REFERENCE)) {
    const [, name, key] = match;
    const known = key === undefined ? DATADOG_TEMPLATE_VARIABLES.has(name) || custom.has(name) : name === "TAGS";
    if (!known) {
      fail(
        scope,
        path,
        text,
        `only Datadog's template variables (e.g. $EVENT_MSG, $ALERT_ID, $TAGS[key]) or declared custom variables`,
        `fix the spelling of ${shortText(escapeControls(`$${name}${key ?? ""}`))}, or list it in customVariables if it is a datadog_webhook_custom_variable`,
      );
    }
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function deepFreeze<T extends object>(value: T): T {
  // Stryker disable next-line ConditionalExpression: equivalent, ILERT_TEMPLATE (the only value frozen) holds no null
  for (const item of Object.values(value)) if (typeof item === "object" && item !== null) deepFreeze(item);
  return Object.freeze(value);
}
