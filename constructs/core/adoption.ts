import { TerraformResource } from "cdktf";
import { adoptionOptions, adoptResource, NOT_IMPORTABLE } from "./private/adopt-resource";
import { checkProps, checkString, fail, Struct } from "./validate";

/**
 * Adoption: a construct takes over an object that exists already (made by hand in the iLert or
 * Datadog UI), so Terraform imports it into the stack's state instead of creating a duplicate. Every
 * `adoptExisting` of the library, and {@link Adoption.adopt} for any other resource, writes the import
 * here, in one of two ways: a Terraform import block (Terraform 1.5 and later), or the id in a JSON
 * comment of the resource for the `terraform import` commands of `terraformImportCommands`.
 */

/** How an adoption is written; every `adoptExisting` props struct has it. */
export interface AdoptionOptions {
  /**
   * Whether to synthesize Terraform `import` blocks, which Terraform 1.5 and later carry out on the
   * next plan/apply (cdktf then runs `terraform version` at synth to check for 1.5). With `false`,
   * nothing Terraform reads changes: the ids are kept in a JSON comment (`"//"`) of each resource,
   * for teams on older Terraform that run the `terraform import` commands of
   * `terraformImportCommands` (`cdktf-ilert-datadog/tools`) themselves.
   * @default true
   */
  readonly importBlocks?: boolean;
}

/** Props of {@link Adoption.adopt}. */
export interface AdoptResourceProps extends AdoptionOptions {
  /**
   * The existing object's import id, as the resource's provider imports it: e.g. a Datadog monitor's
   * numeric id, as in its URL (`.../monitors/1234567`).
   */
  readonly id: string;
}

const ADOPT_RESOURCE_PROPS: Struct<AdoptResourceProps> = { name: "AdoptResourceProps", keys: { id: "required", importBlocks: "optional" } };

/**
 * Adoption of any Terraform resource, for what the library's constructs do not declare themselves,
 * e.g. the Datadog monitors that mention an integration: `Adoption.adopt(monitor, { id: "1234567" })`.
 * The library's constructs have their own `adoptExisting` (an integration, an escalation policy, a
 * schedule, a team, a user), which check their ids and adopt the same way.
 */
export class Adoption {
  /**
   * Makes `resource` adopt the existing object `props.id`: Terraform imports it instead of creating
   * one. The first plan then shows the import and any update that brings the object to the
   * resource's configuration: review it before applying.
   */
  public static adopt(resource: TerraformResource, props: AdoptResourceProps): void {
    if (!TerraformResource.isTerraformResource(resource)) {
      fail("Adoption.adopt", "resource", resource, "a Terraform resource", "pass the resource that takes the object over, e.g. a Monitor");
    }
    checkProps(resource, props, ADOPT_RESOURCE_PROPS, 'pass { id: "1234567" }');
    const kind = NOT_IMPORTABLE[resource.terraformResourceType];
    if (kind !== undefined) {
      fail(
        resource,
        "resource",
        resource.terraformResourceType,
        "a resource its provider can import",
        `the iLert provider cannot import ${kind}: its read takes the user from the state, which an import leaves empty; keep the one made by hand and declare none, or remove it by hand and let this one be created`,
      );
    }
    checkString(resource, "id", props.id, { maxLength: 1024, fix: "give the object's import id, e.g. a Datadog monitor's numeric id" });
    adoptResource(resource, props.id, adoptionOptions(resource, props));
  }

  private constructor() {}
}
