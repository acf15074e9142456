import { IlertDatadogValidationError } from "../constructs";
import { describeValue } from "../constructs/core/shown-text";

/**
 * A construct's validation error as a problem of the config: at the JSON path of the value it came
 * from, in the words of the config rather than of the construct's props.
 */
export function constructProblem(configPath: string, e: IlertDatadogValidationError): string {
  return `${configPath}: invalid value ${describeValue(e.received)}: expected ${e.accepted}; ${e.fix}`;
}
