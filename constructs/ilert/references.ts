import { Construct, IConstruct } from "constructs";
import { TerraformDataSource, TerraformProvider, Token, Tokenization } from "cdktf";
import { useProvider } from "../core/default-providers";
import { checkProps, checkString } from "../core/validate";
import { escapeTerraformTemplate } from "../core/terraform-escape";

/**
 * Shared plumbing of the handles for existing iLert objects (`fromId`, `fromName`, `fromEmail`):
 * id checks, id conversion, and data-source lookups.
 */

/** Options of the `fromName` / `fromEmail` lookups. */
export interface LookupOptions {
  /**
   * The iLert provider to read with, e.g. an aliased one for another iLert account.
   * @default - the stack's default iLert provider (added if the stack has none)
   */
  readonly ilertProvider?: TerraformProvider;
}

/** iLert ids are numbers; the provider parses id strings as integers and fails at apply otherwise. */
const ILERT_ID = /^[1-9][0-9]{0,18}$/;

/** Checks an iLert id given as a string (a token passes) and returns it. `fix` says how to get a valid one. */
export function checkedId(
  scope: IConstruct,
  prop: string,
  value: string,
  fix = 'use the numeric id shown in the object\'s iLert URL, e.g. "1234", or look the object up by name instead',
): string {
  checkString(scope, prop, value, { pattern: ILERT_ID, patternText: "digits (a numeric iLert id)", fix });
  return value;
}

/**
 * An id as the number some provider blocks (`team { id }`) take; a token stays a reference. An id
 * that is one token (a resource's `id`) becomes that token's number form, which cdktf keeps per
 * token: `Token.asNumber` of the string would wrap it in a new token (with its creation stack) on
 * every call.
 */
export function idAsNumber(id: string): number {
  if (!Token.isUnresolved(id)) return Number(id);
  const fragments = Tokenization.reverseString(id);
  return Token.asNumber(fragments.length === 1 ? (fragments.firstToken ?? id) : id);
}

/** A data source class of the iLert bindings whose config has one key string. */
type DataSourceClass<K extends string> = new (
  scope: Construct,
  id: string,
  config: { readonly [P in K]: string } & { readonly provider?: TerraformProvider },
) => TerraformDataSource & { readonly id: string };

/**
 * Declares the data source that looks an object up by `key` (`name`, `email`) under `scope`, with
 * construct id `Lookup`, and returns the id it reads.
 */
export function lookupId<K extends string>(
  scope: Construct,
  dataSource: DataSourceClass<K>,
  key: K,
  value: string,
  options: LookupOptions,
): string {
  checkString(scope, key, value, { maxLength: 255, fix: `pass the exact ${key} of the existing iLert object` });
  checkProps(scope, options, "pass { ilertProvider }, or no options", "options");
  const provider = useProvider(scope, "ilert", "ilertProvider", options.ilertProvider);
  const config = { [key]: escapeTerraformTemplate(value), provider } as { readonly [P in K]: string } & { provider?: TerraformProvider };
  return new dataSource(scope, "Lookup", config).id;
}
