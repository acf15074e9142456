import { Construct } from "constructs";
import { TerraformDataSource, TerraformProvider } from "cdktf";
import { useProvider } from "../../core/default-providers";
import { checkProps, checkString, StringRule, Struct } from "../../core/validate";
import { escapeTerraformTemplate } from "../../core/terraform-escape";
import type { LookupOptions } from "../references";
import { ILERT_PROVIDER_KEYS } from "./shared-props-keys";

/**
 * Shared plumbing of the `fromName` / `fromEmail` handles for existing iLert objects: data-source
 * lookups. (Ids are checked by core/ilert-id.ts.)
 */

const LOOKUP_OPTIONS: Struct<LookupOptions> = { name: "LookupOptions", keys: ILERT_PROVIDER_KEYS };

/** A data source class of the iLert bindings whose config has one key string. */
type DataSourceClass<K extends string> = new (
  scope: Construct,
  id: string,
  config: { readonly [P in K]: string } & { readonly provider?: TerraformProvider },
) => TerraformDataSource & { readonly id: string };

/**
 * Declares the data source that looks an object up by `key` (`name`, `email`) under `scope`, with
 * construct id `Lookup`, and returns the id it reads. `rule` checks the value (default: 1-255 bytes).
 */
export function lookupId<K extends string>(
  scope: Construct,
  dataSource: DataSourceClass<K>,
  key: K,
  value: string,
  options: LookupOptions,
  rule: StringRule = { maxLength: 255, fix: `pass the exact ${key} of the existing iLert object` },
): string {
  checkString(scope, key, value, rule);
  checkProps(scope, options, LOOKUP_OPTIONS, "pass { ilertProvider }, or no options", "options");
  const provider = useProvider(scope, "ilert", "ilertProvider", options.ilertProvider);
  const config = { [key]: escapeTerraformTemplate(value), provider } as { readonly [P in K]: string } & { provider?: TerraformProvider };
  return new dataSource(scope, "Lookup", config).id;
}
