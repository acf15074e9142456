import * as fs from "fs";
import * as path from "path";
import { describeValue } from "../../constructs/core/shown-text";
import { readSynthesizedStacks, SynthesizedStack } from "../../tools/synthesized-stacks";
import type { SmokeTestCommand } from "../args";
import { SANDBOX_WORKSPACE } from "../sandbox/sandbox";
import { SandboxError } from "../sandbox/sandbox-error";
import { DatadogWebhook, readWebhook } from "./datadog-api";
import { DeployedIntegration, deployedIntegrations, stateResources } from "./deployed-integrations";
import { Endpoints, endpointsOf, isLocal, originOf } from "./endpoints";
import { HttpAnswer, NoAnswer, request } from "./http-json";
import { IlertAlert, isSmokeAlert, listAlerts, readAlert, readAlertSource } from "./ilert-api";
import { BrokenLink, failLine, integrationLabel, okLine, redacted, SmokeOk } from "./smoke-result";
import { SMOKE_TEST_MARKER, SMOKE_TEST_PRIORITY, SmokeEvent, smokeEventBody, SmokeTransition } from "./smoke-event";
import { readTerraformState } from "./terraform-state";

/**
 * `ilert-datadog smoke-test [stack]`: Triggered, then Recovered, through each integration a deployed
 * stack holds, checked in iLert (see the command's help, cli/args.ts). Against anything but this
 * machine it pages real people, so it refuses unless told `--page-real-people`.
 */

/** What the command needs besides its options: where the synthesized app is, the framework's CLI, where lines go. */
export interface SmokeTestContext {
  readonly outdir: string;
  readonly cli: string;
  readonly print: (line: string) => void;
  readonly env?: NodeJS.ProcessEnv;
  /** How the test waits between reads of iLert (tests pass a faster clock). */
  readonly pollMs?: number;
}

/** Runs the smoke test; resolves with the exit status (1 when any link is broken). */
export async function smokeTest(command: SmokeTestCommand, context: SmokeTestContext): Promise<number> {
  const env = context.env ?? process.env;
  const stacks = selectedStacks(context.outdir, command.stack, context.cli);
  const deployed: { stack: SynthesizedStack; integrations: DeployedIntegration[]; lines: string[] }[] = [];
  for (const stack of stacks) {
    const resources = stateResources(await readTerraformState(stack.workingDirectory, stack.name, env));
    if (resources === undefined || resources.length === 0) {
      if (command.stack !== undefined || stacks.length === 1) {
        const here = `stack ${stack.name} has no Terraform state here (terraform show -json in ${stack.workingDirectory}${env.TF_WORKSPACE ? `, workspace ${env.TF_WORKSPACE}` : ""})`;
        throw new SandboxError(
          env.TF_WORKSPACE !== SANDBOX_WORKSPACE && hasSandboxState(stack.workingDirectory)
            ? `${here}, but the sandbox's workspace ${SANDBOX_WORKSPACE} has state (${path.join("terraform.tfstate.d", SANDBOX_WORKSPACE)}): load the sandbox's environment (. ./sandbox.env, or export what the sandbox printed) and run the smoke test again`
            : `${here}: deploy it first (npx ${context.cli} deploy ${stack.name}), and run the smoke test with the same environment`,
        );
      }
      context.print(`skip  ${stack.name}: not deployed (no Terraform state)`);
      continue;
    }
    const { integrations, incomplete } = deployedIntegrations(stack.name, resources);
    deployed.push({
      stack,
      integrations,
      lines: incomplete.map((i) => failLine(`${i.stack}: ${i.name}`, new BrokenLink("incomplete", i.problem))),
    });
  }
  if (deployed.every((d) => d.integrations.length === 0 && d.lines.length === 0)) {
    throw new SandboxError(
      `the state of ${deployed.map((d) => `stack ${d.stack.name}`).join(", ") || "no stack"} holds no Datadog integration (a datadog_webhook posting to an ilert_alert_source of type DATADOG): nothing to test`,
    );
  }

  // Everything is checked before anything is sent: where each event would go.
  const planned = deployed.flatMap(({ stack, integrations }) =>
    integrations.map((integration) => ({
      integration,
      endpoints: endpointsOf(stack, integration.source.address, integration.webhook.address, env),
    })),
  );
  const remote = planned.flatMap(({ integration, endpoints }) =>
    [endpoints.ilert.endpoint, integration.source.integrationUrl]
      .filter((url) => !isLocal(url))
      .map((url) => `${integration.stack} -> ${originOf(url) === "(not a URL)" ? url : new URL(originOf(url)).host}`),
  );
  if (remote.length > 0 && !command.pageRealPeople) {
    throw new SandboxError(
      `not a local sandbox: ${[...new Set(remote)].join(", ")}: the smoke test would page whoever is on call there; add --page-real-people to send one test alert per integration (priority ${SMOKE_TEST_PRIORITY}, resolved as soon as it is seen)`,
    );
  }

  let failed = false;
  for (const { lines } of deployed) {
    for (const line of lines) context.print(line);
    failed ||= lines.length > 0;
  }
  for (const [index, { integration, endpoints }] of planned.entries()) {
    const label = integrationLabel(integration);
    const result = await checkIntegration(integration, endpoints, {
      timeoutMs: command.timeoutSeconds * 1000,
      pollMs: context.pollMs ?? 500,
      event: { alertId: `${Date.now()}${index}`, stack: integration.stack, webhook: integration.webhook.name, date: Date.now() },
    });
    if (result instanceof BrokenLink) failed = true;
    context.print(result instanceof BrokenLink ? failLine(label, result) : okLine(label, result));
  }
  return failed ? 1 : 0;
}

/** Whether a deploy into the sandbox left local state in the stack's folder (its workspace's folder holds a non-empty file). */
function hasSandboxState(workingDirectory: string): boolean {
  const folder = path.join(workingDirectory, "terraform.tfstate.d", SANDBOX_WORKSPACE);
  try {
    return fs.readdirSync(folder).some((name) => {
      const stat = fs.statSync(path.join(folder, name));
      return stat.isFile() && stat.size > 0;
    });
  } catch {
    return false;
  }
}

/** The stacks to test: `stack`, or every stack of the synthesized app in `outdir`. */
function selectedStacks(outdir: string, stack: string | undefined, cli: string): SynthesizedStack[] {
  if (!fs.existsSync(path.join(outdir, "manifest.json"))) {
    throw new SandboxError(
      `${outdir} holds no synthesized app (no ${path.join(outdir, "manifest.json")}): run the smoke test in your project after \`npx ${cli} deploy\`, or give its output folder with --outdir`,
    );
  }
  const stacks = readSynthesizedStacks(outdir);
  if (stack === undefined) return stacks;
  const found = stacks.filter((s) => s.name === stack);
  if (found.length === 0) {
    throw new SandboxError(
      `${describeValue(stack)}: no such stack in ${outdir}; expected one of ${stacks.map((s) => s.name).join(", ") || "(none)"}; e.g. ilert-datadog smoke-test ${stacks[0]?.name ?? "<stack>"}`,
    );
  }
  return found;
}

/** How one integration is checked. */
interface CheckOptions {
  readonly timeoutMs: number;
  readonly pollMs: number;
  readonly event: SmokeEvent;
}

/**
 * Walks the paging path of one integration (see the command's help) and returns what worked, or the
 * first broken link. Once iLert accepted the Triggered event, Recovered is always sent, so that a
 * failed check leaves no alert open.
 */
export async function checkIntegration(
  integration: DeployedIntegration,
  endpoints: Endpoints,
  options: CheckOptions,
): Promise<SmokeOk | BrokenLink> {
  const started = Date.now();
  const { source } = integration;
  const key = source.integrationUrl.slice(source.integrationUrl.lastIndexOf("/") + 1);
  const hide = (text: string) => redacted(text, [key]);
  const ilertOrigin = originOf(endpoints.ilert.endpoint);

  const read = await readAlertSource(endpoints.ilert, source.id);
  if (read.status === 404)
    return new BrokenLink(
      "source missing",
      `iLert has no alert source ${source.id} (${ilertOrigin} answered 404); deploy the stack again to create it`,
    );
  if (read.status !== 200) return apiFailure("iLert API", `GET ${ilertOrigin}/api/alert-sources/${source.id}`, read, hide);
  if ((read.body as { active?: unknown }).active === false)
    return new BrokenLink(
      "source inactive",
      `alert source ${source.id} is not active in iLert, so it opens no alert; activate it (deploy the stack again)`,
    );

  const datadogOrigin = originOf(
    /^[a-z][a-z0-9+.-]*:\/\//i.test(endpoints.datadog.host) ? endpoints.datadog.host : `https://${endpoints.datadog.host}`,
  );
  const name = integration.webhook.name;
  const live = await readWebhook(endpoints.datadog, name);
  if (live.status === 404)
    return new BrokenLink(
      "webhook missing",
      `Datadog has no webhook ${name} (${datadogOrigin} answered 404); deploy the stack again to create it`,
    );
  if (live.status !== 200)
    return apiFailure("Datadog API", `GET ${datadogOrigin}/api/v1/integration/webhooks/configuration/webhooks/${name}`, live, hide);
  const webhook = live.body as DatadogWebhook;
  if (webhook.url !== source.integrationUrl) {
    return new BrokenLink(
      "webhook posts elsewhere",
      `Datadog webhook ${name} posts to ${originOf(webhook.url) === originOf(source.integrationUrl) ? "another path on " : ""}${originOf(webhook.url)}, not to the integration URL of alert source ${source.id}; deploy the stack again to point it back`,
    );
  }
  if (typeof webhook.payload !== "string" || (webhook.encode_as ?? "json") !== "json") {
    return new BrokenLink(
      "webhook payload",
      typeof webhook.payload !== "string"
        ? `Datadog webhook ${name} has no payload (Datadog sends its default body, which iLert's Datadog source does not read); deploy the stack again`
        : `Datadog webhook ${name} encodes its payload as ${webhook.encode_as}, iLert reads JSON; deploy the stack again`,
    );
  }

  const send = (transition: SmokeTransition) =>
    post(source.integrationUrl, smokeEventBody(webhook.payload!, transition, options.event), webhook.custom_headers);
  const urlShown = `${originOf(source.integrationUrl)}/.../<integration key>`;
  const triggered = await send("Triggered");
  if (triggered.status === undefined || triggered.status >= 300) {
    return new BrokenLink(
      "URL not answering",
      `the integration URL of alert source ${source.id} (${urlShown}) ${answered(triggered, hide)} to Triggered${sandboxHint(triggered, source.integrationUrl)}`,
    );
  }

  const since = new Date(started - 5 * 60_000);
  let listFailure: BrokenLink | undefined;
  const alert = await poll(options, async () => {
    const list = await listAlerts(endpoints.ilert, source.id, since);
    if (list.status !== 200 || !Array.isArray(list.body)) {
      listFailure = apiFailure("iLert API", `GET ${ilertOrigin}/api/alerts`, list, hide);
      return null;
    }
    return (list.body as IlertAlert[]).find((a) => isSmokeAlert(a, source.id, options.event.alertId, SMOKE_TEST_MARKER)) ?? undefined;
  });
  const recovered = await send("Recovered");
  if (listFailure !== undefined) return listFailure;
  if (alert === undefined || alert === null) {
    return new BrokenLink(
      "alert not opened",
      `iLert accepted Triggered (${triggered.status}), but no alert opened on alert source ${source.id} within ${options.timeoutMs / 1000} s (GET ${ilertOrigin}/api/alerts?sources=${source.id}); check the source's event filters and alert creation`,
    );
  }
  if (recovered.status === undefined || recovered.status >= 300) {
    return new BrokenLink(
      "URL not answering",
      `the integration URL of alert source ${source.id} (${urlShown}) ${answered(recovered, hide)} to Recovered; alert ${alert.id} stays open: resolve it in iLert${sandboxHint(recovered, source.integrationUrl)}`,
    );
  }
  let readFailure: BrokenLink | undefined;
  const resolved = await poll(options, async () => {
    const current = await readAlert(endpoints.ilert, alert.id);
    if (current.status !== 200) {
      readFailure = apiFailure("iLert API", `GET ${ilertOrigin}/api/alerts/${alert.id}`, current, hide);
      return null;
    }
    return (current.body as IlertAlert).status === "RESOLVED" ? (current.body as IlertAlert) : undefined;
  });
  if (readFailure !== undefined) return readFailure;
  const policyId = String(alert.escalationPolicy?.id ?? "");
  if (policyId !== source.escalationPolicyId) {
    return new BrokenLink(
      "wrong policy",
      `alert ${alert.id} was routed to escalation policy ${policyId || "(none)"}, not to ${source.escalationPolicyId}, the source's policy in the state; deploy the stack again`,
    );
  }
  if (resolved === undefined || resolved === null) {
    return new BrokenLink(
      "not resolved",
      `alert ${alert.id} opened and was routed to escalation policy ${policyId}, but is not RESOLVED ${options.timeoutMs / 1000} s after Recovered; resolve it in iLert`,
    );
  }
  return {
    alertId: alert.id,
    priority: alert.priority ?? "?",
    policyId,
    policyName: alert.escalationPolicy?.name,
    seconds: (Date.now() - started) / 1000,
  };
}

/** Reads with `read` every `pollMs` until it returns a value (or null: stop, it failed), at most `timeoutMs`. */
async function poll<T>(options: CheckOptions, read: () => Promise<T | null | undefined>): Promise<T | null | undefined> {
  const until = Date.now() + options.timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined || Date.now() >= until) return value;
    await new Promise((resolve) => setTimeout(resolve, options.pollMs));
  }
}

/** POSTs a rendered body as the webhook would: JSON, with the webhook's custom headers. */
function post(url: string, body: string, customHeaders: string | null | undefined): Promise<HttpAnswer | NoAnswer> {
  let headers: Record<string, string> = {};
  try {
    headers = customHeaders ? (JSON.parse(customHeaders) as Record<string, string>) : {};
  } catch {
    // Datadog keeps only JSON objects as custom headers; anything else is not sent.
  }
  return request(url, { method: "POST", headers: { ...headers, "content-type": "application/json" }, body });
}

/** `answered 404: <message>` or `did not answer (ECONNREFUSED)`, with secrets hidden. */
function answered(answer: HttpAnswer | NoAnswer, hide: (text: string) => string): string {
  if (answer.status === undefined) return `did not answer (${answer.reason})`;
  const message =
    (answer.body as { message?: unknown; errors?: unknown } | null)?.message ?? (answer.body as { errors?: unknown } | null)?.errors;
  const text = message === undefined ? "" : `: ${hide(typeof message === "string" ? message : JSON.stringify(message)).slice(0, 200)}`;
  return `answered ${answer.status}${text}`;
}

/**
 * The fix when nothing listens on this machine's port: the sandbox that served it has stopped (its
 * ports change with every start, and its objects are gone), so it is started again and deployed into.
 */
function sandboxHint(answer: HttpAnswer | NoAnswer, url: string): string {
  return answer.status === undefined && answer.reason === "ECONNREFUSED" && isLocal(url)
    ? "; is the sandbox running? start it (ilert-datadog sandbox), load its environment, deploy again"
    : "";
}

/** A read of an API that failed for another reason than the link's: which request, and its answer. */
function apiFailure(
  link: "iLert API" | "Datadog API",
  what: string,
  answer: HttpAnswer | NoAnswer,
  hide: (text: string) => string,
): BrokenLink {
  const fix =
    answer.status === 401 || answer.status === 403
      ? `; check ${link === "iLert API" ? "ILERT_API_TOKEN" : "DD_API_KEY and DD_APP_KEY"}`
      : sandboxHint(answer, what.slice(what.indexOf(" ") + 1));
  return new BrokenLink(link, `${what} ${answered(answer, hide)}${fix}`);
}
