import { IConstruct } from "constructs";
import { App, TerraformResource, TerraformStack } from "cdktf";
import { DATADOG_MONITOR_TYPE, mentionedHandles } from "../datadog/private/monitor-message";
import { isUnresolved } from "../core/validate";
import type { ReferencedValues } from "./literal-values";
import { Attributes, SynthesizedEntry, synthesizedBlocks } from "./synthesized-blocks";

/** What the checks need from an integration of this library. */
export interface CheckedIntegration extends IConstruct {
  readonly webhookName: string;
  readonly notificationHandle: string;
}

/** What the rules know about the whole app, gathered once per synth pass. */
export interface AppIndex {
  /** The first integration of the app (in tree order) that declares each webhook name. */
  readonly webhookOwners: ReadonlyMap<string, CheckedIntegration>;
  /** How many `datadog_monitor`s the app declares. */
  readonly monitorCount: number;
  /** Every `@webhook-<name>` handle the app's monitor messages mention. */
  readonly mentionedHandles: ReadonlySet<string>;
  /** Whether some monitor message is only known at apply time (it may mention any handle). */
  readonly someMessageUnresolved: boolean;
}

/** An output not marked sensitive, with its value as synthesized (JSON text). */
export interface IndexedOutput {
  /** The `TerraformOutput` (the stack, for an output only a stack override declares). */
  readonly output: IConstruct;
  /** Its name in the file (`output.<name>`). */
  readonly name: string;
  readonly text: string;
  /**
   * The path of the stack override that wrote its value or its `sensitive` (`output.url.value`), or
   * undefined when the output is as its `TerraformOutput` declares it.
   */
  readonly override?: string;
}

/** What a rule reads: the stack being checked, and the app index. */
export interface CheckIndex {
  readonly stack: TerraformStack;
  readonly app: AppIndex;
  /** The library's integrations in this stack, in the order they were declared. */
  readonly integrations: readonly CheckedIntegration[];
  readonly plainOutputs: readonly IndexedOutput[];
  /** The stack's locals and variables as written, which references lead to. */
  readonly values: ReferencedValues;
  /** The locals a stack override wrote, by name: the override's path (`locals.url`), for messages. */
  readonly localOverrides: ReadonlyMap<string, string>;
  /** The stack's variables as written (`name`: the Terraform name, `value`: the attributes). */
  readonly variables: readonly SynthesizedEntry<Attributes>[];
  /** The stack's iLert and Datadog provider configurations as written (`name`: the provider type). */
  readonly providers: readonly SynthesizedEntry<Attributes>[];
  /** The stack's backend as written (`name`: its type, `cloud` for the `cloud` block), if any. */
  readonly backends: readonly SynthesizedEntry<Attributes>[];
  /** The stack's `terraform_remote_state` data sources as written. */
  readonly remoteStates: readonly SynthesizedEntry<Attributes>[];
}

const LIBRARY_PROVIDER_TYPES = new Set(["ilert", "datadog"]);

/**
 * Indexes the app in one walk of its tree: webhook names of the integrations (`integrationsOf` gives
 * each stack's) and the handles its monitors mention, so rules look them up instead of scanning.
 */
export function buildAppIndex(app: App, integrationsOf: (stack: TerraformStack) => readonly CheckedIntegration[]): AppIndex {
  const webhookOwners = new Map<string, CheckedIntegration>();
  const mentioned = new Set<string>();
  let monitorCount = 0;
  let someMessageUnresolved = false;
  for (const node of app.node.findAll()) {
    if (TerraformStack.isStack(node)) {
      for (const integration of integrationsOf(node)) {
        const name = integration.webhookName;
        if (!isUnresolved(name) && !webhookOwners.has(name)) webhookOwners.set(name, integration);
      }
    } else if (TerraformResource.isTerraformResource(node) && node.terraformResourceType === DATADOG_MONITOR_TYPE) {
      monitorCount++;
      const { messageInput, escalationMessageInput } = node as { messageInput?: unknown; escalationMessageInput?: unknown };
      for (const text of [messageInput, escalationMessageInput]) {
        if (typeof text !== "string") continue;
        if (isUnresolved(text)) someMessageUnresolved = true;
        else for (const handle of mentionedHandles(text)) mentioned.add(handle);
      }
    }
  }
  return { webhookOwners, monitorCount, mentionedHandles: mentioned, someMessageUnresolved };
}

/**
 * Indexes one stack for its checks: its outputs, locals, variables, providers, backend and remote
 * states as they will be written to cdk.tf.json (overrides applied: synthesized-blocks.ts).
 */
export function buildCheckIndex(stack: TerraformStack, app: AppIndex, integrations: readonly CheckedIntegration[]): CheckIndex {
  const blocks = synthesizedBlocks(stack);
  return {
    stack,
    app,
    integrations,
    plainOutputs: blocks.outputs
      .filter((o) => o.value.sensitive !== true)
      .map((o) => ({
        output: o.construct,
        name: o.name,
        text: JSON.stringify(o.value.value) ?? "",
        override: o.overriddenAt(["value"]) ?? o.overriddenAt(["sensitive"]),
      })),
    values: {
      locals: new Map(blocks.locals.map((l) => [l.name, l.value])),
      variables: new Map(blocks.variables.map((v) => [v.name, v.value])),
    },
    localOverrides: new Map(blocks.locals.flatMap((l) => (l.overriddenAt() === undefined ? [] : [[l.name, l.overriddenAt()!]]))),
    variables: blocks.variables,
    providers: blocks.providers.filter((p) => LIBRARY_PROVIDER_TYPES.has(p.name)),
    backends: blocks.backends,
    remoteStates: blocks.remoteStates,
  };
}
