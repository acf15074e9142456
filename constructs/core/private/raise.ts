import { IlertDatadogValidationError } from "../errors";

/**
 * Throws a validation error: the one throw site of the library's errors. Node prints, above an
 * uncaught error, the source line that threw it (here, this line) unless the line holds the marker
 * Node's own rethrows carry (Node 20, 22 and 24; undocumented, so at worst this line is shown).
 */
export function raise(error: IlertDatadogValidationError): never {
  throw error; /* node-do-not-add-exception-line */
}
