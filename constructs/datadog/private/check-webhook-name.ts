import { IConstruct } from "constructs";
import { kebabSlug } from "../../core/slug";
import { describeValue } from "../../core/shown-text";
import { checkString } from "../../core/validate";
import { WEBHOOK_NAME_PATTERN } from "../webhook-name";

/** Checks a webhook name's characters. */
export function checkWebhookName(scope: IConstruct, prop: string, name: unknown): void {
  const suggestion = typeof name === "string" ? kebabSlug(name, "_") : "";
  checkString(scope, prop, name, {
    pattern: WEBHOOK_NAME_PATTERN,
    patternText: 'only letters, digits, "-" and "_"',
    fix: `rename it${suggestion ? `, e.g. ${describeValue(suggestion)}` : ""}; Datadog rejects other characters only at apply time`,
  });
}
