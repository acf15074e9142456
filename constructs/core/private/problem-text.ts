import { describeValue, escapeControls, shortText } from "../shown-text";
import { ValidationProblem } from "../validation-problem";

/** What a message says of a problem, after the construct path: `invalid <prop> <received>: expected <accepted>; <fix>`, or `missing <prop>: ...`. */
export function problemText(problem: ValidationProblem): string {
  // A prop path can hold the user's own keys (a payload's): shown as values are, short and without control characters.
  const prop = shortText(escapeControls(problem.prop));
  const what = problem.received === undefined ? `missing ${prop}` : `invalid ${prop} ${describeValue(problem.received)}`;
  return `${what}: expected ${problem.accepted}; ${problem.fix}`;
}
