import { IConstruct } from "constructs";
import { Annotations, App, Aspects, IAspect, TerraformResource, TerraformStack } from "cdktf";
import { mentions } from "../datadog/monitor-message";
import { isUnresolved } from "../core/validate";

/** The Terraform type of Datadog monitors, whose messages mention webhooks. */
export const DATADOG_MONITOR_TYPE = "datadog_monitor";

/** What the check needs from an integration. */
export interface MentionedHandle extends IConstruct {
  readonly notificationHandle: string;
}

/**
 * At synth, warns (cdktf annotation) when the app declares Datadog monitors but none of them
 * mentions the integration's handle: such a webhook pages nobody. Monitors managed outside the app
 * may still mention it, so an app without monitors gets no warning. A message holding Terraform
 * references might mention the handle at apply time, so it counts as mentioning.
 */
class UnmentionedHandleCheck implements IAspect {
  private warned = false;

  constructor(private readonly integration: MentionedHandle) {}

  public visit(node: IConstruct): void {
    if (node !== this.integration || this.warned) return;
    const handle = this.integration.notificationHandle;
    if (isUnresolved(handle)) return;
    const monitors = monitorsOf(App.of(node));
    if (monitors.length === 0 || monitors.some((m) => monitorMayMention(m, handle))) return;
    this.warned = true;
    Annotations.of(node).addWarning(
      `no datadog_monitor in this app mentions ${handle}, so this integration pages nobody; connect monitors with connectMonitor(monitor) or put ${handle} in their messages (ignore this if monitors outside this app mention it)`,
    );
  }
}

// The app's monitors, found once per aspect pass instead of once per integration (which made synth
// quadratic in integrations): forgotten when a stack's pass starts, as cdktf visits the stack first.
const monitorsByApp = new WeakMap<App, TerraformResource[]>();
const forgetting = new WeakSet<TerraformStack>();

function monitorsOf(app: App): TerraformResource[] {
  let monitors = monitorsByApp.get(app);
  if (monitors === undefined) {
    monitors = app.node
      .findAll()
      .filter((c): c is TerraformResource => TerraformResource.isTerraformResource(c) && c.terraformResourceType === DATADOG_MONITOR_TYPE);
    monitorsByApp.set(app, monitors);
  }
  return monitors;
}

function forgetMonitorsOnEachPass(stack: TerraformStack): void {
  if (forgetting.has(stack)) return;
  forgetting.add(stack);
  Aspects.of(stack).add({
    visit: (node) => {
      if (node === stack) monitorsByApp.delete(App.of(stack));
    },
  });
}

function monitorMayMention(monitor: TerraformResource, handle: string): boolean {
  const { messageInput, escalationMessageInput } = monitor as { messageInput?: unknown; escalationMessageInput?: unknown };
  return [messageInput, escalationMessageInput].some((text) => typeof text === "string" && (mentions(text, handle) || isUnresolved(text)));
}

/** Registers the check on an integration (once, when it is constructed). */
export function checkHandleIsMentioned(integration: MentionedHandle): void {
  forgetMonitorsOnEachPass(TerraformStack.of(integration));
  Aspects.of(integration).add(new UnmentionedHandleCheck(integration));
}
