import { IConstruct } from "constructs";
import {
  App,
  DefaultTokenResolver,
  StringConcat,
  TerraformLocal,
  TerraformOutput,
  TerraformProvider,
  TerraformResource,
  TerraformStack,
  Tokenization,
} from "cdktf";
import { DATADOG_MONITOR_TYPE, mentionedHandles } from "../datadog/monitor-message";
import { isUnresolved } from "../core/validate";

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

/** A provider of this library's kinds, with its configuration as synthesized. */
export interface IndexedProvider {
  readonly provider: TerraformProvider;
  readonly config: Readonly<Record<string, unknown>>;
}

/** An output not marked sensitive, with its value as synthesized (JSON text). */
export interface IndexedOutput {
  readonly output: TerraformOutput;
  readonly text: string;
}

/** What a rule reads: the stack being checked, and the app index. */
export interface CheckIndex {
  readonly stack: TerraformStack;
  readonly app: AppIndex;
  /** The library's integrations in this stack, in the order they were declared. */
  readonly integrations: readonly CheckedIntegration[];
  readonly plainOutputs: readonly IndexedOutput[];
  /** Each local value of the stack by its Terraform name (`local.<name>`), as JSON text. */
  readonly locals: ReadonlyMap<string, string>;
  /** The iLert and Datadog providers of the stack. */
  readonly providers: readonly IndexedProvider[];
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

/** Indexes one stack (outputs, locals, providers, as they will be synthesized) for its checks. */
export function buildCheckIndex(stack: TerraformStack, app: AppIndex, integrations: readonly CheckedIntegration[]): CheckIndex {
  const plainOutputs: IndexedOutput[] = [];
  const locals = new Map<string, string>();
  const providers: IndexedProvider[] = [];
  for (const node of stack.node.findAll()) {
    if (TerraformOutput.isTerraformOutput(node)) {
      if (node.sensitive !== true) plainOutputs.push({ output: node, text: JSON.stringify(resolve(stack, node.value)) ?? "" });
    } else if (node instanceof TerraformLocal) {
      const name = node.friendlyUniqueId;
      const { locals: values } = resolve(stack, node.toTerraform()) as { locals?: Record<string, unknown> };
      locals.set(name, JSON.stringify(values?.[name]) ?? "");
    } else if (TerraformProvider.isTerraformProvider(node) && LIBRARY_PROVIDER_TYPES.has(node.terraformResourceType)) {
      const { provider } = resolve(stack, node.toTerraform()) as { provider?: Record<string, Record<string, unknown>[]> };
      providers.push({ provider: node, config: provider?.[node.terraformResourceType]?.[0] ?? {} });
    }
  }
  return { stack, app, integrations, plainOutputs, locals, providers };
}

/** A value as it will be synthesized in `stack`: tokens become Terraform expressions (`${...}`). */
function resolve(stack: TerraformStack, value: unknown): unknown {
  return Tokenization.resolve(value, { scope: stack, resolver: new DefaultTokenResolver(new StringConcat()), preparing: false });
}
