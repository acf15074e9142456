import * as fs from "fs";
import * as path from "path";
import { TerraformResource } from "cdktf";
import { IlertDatadogValidationError } from "../core/errors";
import { checkOptionalBoolean, checkProps, fail, isUnresolved } from "../core/validate";
import { checkWebhookName } from "../datadog/webhook-name";
import { checkedId } from "../ilert/references";
import { IlertDatadogIntegration } from "./ilert-datadog-integration";

/**
 * Adoption: an integration takes over an alert source and a webhook that were made by hand, so
 * Terraform imports them into its state instead of creating duplicates. The import ids are the
 * providers' own: the alert source's numeric iLert id, and the webhook's name.
 */

/** Props of {@link adoptExisting}: which hand-made objects an integration takes over. */
export interface AdoptExistingProps {
  /**
   * Numeric id of the existing iLert alert source, as in its iLert URL (`.../alert-sources/1234/...`).
   * @default - the alert source is not adopted: Terraform creates one
   */
  readonly alertSourceId?: string | number;
  /**
   * Name of the existing Datadog webhook, its import id. It must be the integration's `webhookName`
   * (set that prop to it), so monitors that mention `@webhook-<name>` keep paging.
   * @default - the webhook is not adopted: Terraform creates one
   */
  readonly webhookName?: string;
  /**
   * Whether to synthesize Terraform `import` blocks, which Terraform 1.5 and later carry out on the
   * next plan/apply (cdktf then runs `terraform version` at synth to check for 1.5). With `false`,
   * nothing Terraform reads changes: the ids are kept in a JSON comment (`"//"`) of each resource,
   * for teams on older Terraform that run the `terraform import` commands of
   * {@link terraformImportCommands} themselves.
   * @default true
   */
  readonly importBlocks?: boolean;
}

/** Where the ids of adoptions without import blocks are kept: a key of the resource's `"//"` comment. */
const IMPORT_ID_COMMENT = "import_id";

/**
 * Makes `integration` adopt existing objects instead of creating them: its alert source by
 * `alertSourceId`, its webhook by `webhookName`. Review the first plan after adopting: Terraform
 * then updates the adopted objects in place to match the integration's props.
 */
export function adoptExisting(integration: IlertDatadogIntegration, props: AdoptExistingProps): void {
  if (!(integration instanceof IlertDatadogIntegration)) {
    throw new IlertDatadogValidationError("adoptExisting", {
      prop: "integration",
      received: integration,
      accepted: "an IlertDatadogIntegration",
      fix: "pass the integration that takes the objects over",
    });
  }
  checkProps(integration, props, "pass { alertSourceId, webhookName }");
  checkOptionalBoolean(integration, "importBlocks", props.importBlocks);
  const importBlocks = props.importBlocks ?? true;
  if (props.alertSourceId !== undefined) {
    adopt(integration.alertSource, alertSourceId(integration, props.alertSourceId), importBlocks);
  }
  if (props.webhookName !== undefined) {
    checkWebhookName(integration, "webhookName", props.webhookName);
    if (!isUnresolved(props.webhookName) && !isUnresolved(integration.webhookName) && props.webhookName !== integration.webhookName) {
      fail(
        integration,
        "webhookName",
        props.webhookName,
        `the integration's webhookName "${integration.webhookName}"`,
        `set webhookName: "${props.webhookName}" on the integration, so monitors that mention @webhook-${props.webhookName} keep paging`,
      );
    }
    adopt(integration.webhook, props.webhookName, importBlocks);
  }
}

/** The alert source id as the string the provider imports by; JSON config may give a number. */
function alertSourceId(integration: IlertDatadogIntegration, id: unknown): string {
  // Other numbers stay numbers, so the error shows the value as given.
  const text = typeof id === "number" && Number.isSafeInteger(id) && id > 0 ? String(id) : id;
  return checkedId(integration, "alertSourceId", text as string, 'use the numeric id in the alert source\'s iLert URL, e.g. "1234"');
}

function adopt(resource: TerraformResource, id: string, importBlocks: boolean): void {
  // The import block names the resource's own provider, so an aliased one imports from its account.
  if (importBlocks) resource.importFrom(id, resource.provider);
  else resource.addOverride(`//.${IMPORT_ID_COMMENT}`, id);
}

/** One object that a synthesized stack adopts. */
export interface TerraformImport {
  /** Name of the stack. */
  readonly stack: string;
  /** The stack's Terraform working directory, e.g. `cdktf.out/stacks/payments`. */
  readonly workingDirectory: string;
  /** Address of the resource in the stack, e.g. `ilert_alert_source.Payments_AlertSource_1A2B3C4D`. */
  readonly address: string;
  /** The id Terraform imports the object by. */
  readonly id: string;
}

/**
 * The objects that the app synthesized into `outdir` adopts (see {@link adoptExisting}), from its
 * import blocks and import-id comments, stack by stack in manifest order.
 */
export function listTerraformImports(outdir: string): TerraformImport[] {
  const manifest = readJson<SynthManifest>(path.join(outdir, "manifest.json"));
  return Object.entries(manifest.stacks ?? {}).flatMap(([stack, entry]) => {
    const workingDirectory = path.join(outdir, entry.workingDirectory);
    const tf = readJson<SynthesizedJson>(path.join(outdir, entry.synthesizedStackPath));
    const blocks = (tf.import ?? []).map((block) => ({ address: String(block.to), id: String(block.id) }));
    const comments = Object.entries(tf.resource ?? {}).flatMap(([type, resources]) =>
      Object.entries(resources).flatMap(([name, body]) => {
        const id = body?.["//"]?.[IMPORT_ID_COMMENT];
        return id === undefined ? [] : [{ address: `${type}.${name}`, id: String(id) }];
      }),
    );
    return [...blocks, ...comments].map((found) => ({ stack, workingDirectory, ...found }));
  });
}

/** The parts of cdktf's `manifest.json` read here. */
interface SynthManifest {
  readonly stacks?: Record<string, { readonly workingDirectory: string; readonly synthesizedStackPath: string }>;
}

/** The parts of a synthesized `cdk.tf.json` read here. */
interface SynthesizedJson {
  readonly import?: readonly { readonly to: unknown; readonly id: unknown }[];
  readonly resource?: Record<string, Record<string, { readonly "//"?: Record<string, unknown> } | undefined>>;
}

/**
 * `terraform import` commands for the objects that the app synthesized into `outdir` adopts, one per
 * object, for Terraform before 1.5 (which has no import blocks). Run them after `cdktf synth` and
 * `terraform -chdir=<working directory> init`, with the providers' credentials in the environment.
 */
export function terraformImportCommands(outdir: string): string[] {
  return listTerraformImports(outdir).map(
    (i) => `terraform -chdir=${shellWord(i.workingDirectory)} import ${shellWord(i.address)} ${shellWord(i.id)}`,
  );
}

/** A POSIX shell word for `text`: as it is when that is safe, otherwise single-quoted. */
function shellWord(text: string): string {
  return /^[A-Za-z0-9_./:=@%+-]+$/.test(text) ? text : `'${text.replace(/'/g, "'\\''")}'`;
}

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, "utf8")) as T;
}
