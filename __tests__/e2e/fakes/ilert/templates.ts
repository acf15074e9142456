import { badRequest } from "./errors";

const PATH = /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/;

/**
 * Renders an alert source template against an event payload. iLert's template language has more
 * (functions, conditions, filters); the fake supports only `{{ field }}` and dotted paths such as
 * `{{ org.name }}`, and refuses anything else so a template the fake cannot render shows up as an error
 * instead of a wrong summary. A path that is absent from the payload renders as "".
 */
export function renderTemplate(template: string, payload: unknown): string {
  return template.replace(/\{\{(.*?)\}\}/g, (_, expression: string) => {
    const path = expression.trim();
    if (!PATH.test(path)) throw badRequest(`the iLert fake renders only {{ field }} and {{ a.b }} in templates, not {{${expression}}}`);
    const value = path
      .split(".")
      .reduce<unknown>((v, key) => (v !== null && typeof v === "object" ? (v as Record<string, unknown>)[key] : undefined), payload);
    if (value === undefined || value === null) return "";
    return typeof value === "object" ? JSON.stringify(value) : String(value);
  });
}
