import { badRequest, notFound } from "./errors";
import { NAME, Route, route } from "./routing";
import { checkBody } from "./schemas";
import type { IlertStore } from "./store";
import { renderTemplate } from "./templates";
import type { AlertSource, EscalationRule, IlertAlert } from "./types";

/** The Datadog webhook payload, as iLert's Datadog guide templates it (plus whatever else the webhook adds). */
interface DatadogEvent {
  alert_id: string;
  alert_transition: string;
  title?: string;
  [field: string]: unknown;
}

/** The transition Datadog sends when a monitor recovers. */
const RECOVERED = "Recovered";

/**
 * `POST /api/v1/events/datadog/{integrationKey}`: Datadog's webhook into a DATADOG alert source (no
 * Authorization: the key in the URL is the credential). The alert key is Datadog's `alert_id`: iLert does
 * not document how its Datadog integration keys alerts, this is the fake's assumption. `Recovered`
 * resolves the open alert with that key; any other transition opens one, or adds the event to the open
 * one. Grouping by window (`alertGroupingWindow`) and support hours are not modelled.
 */
export function eventRoutes(store: IlertStore): Route[] {
  return [
    route("POST", `/api/v1/events/datadog/${NAME}`, (req, [key]) => {
      const source = [...store.alertSources.values()].find((s) => s.integrationKey === key && s.integrationType === "DATADOG");
      if (source === undefined) throw notFound(`no DATADOG alert source with integration key ${key}`);
      const event = checkBody<DatadogEvent>("datadogEvent", req.body);
      const open = store.alerts.find((a) => a.alertSourceId === source.id && a.alertKey === event.alert_id && a.status === "PENDING");
      let alert = open;
      if (event.alert_transition === RECOVERED) {
        if (open) {
          open.status = "RESOLVED";
          open.resolvedOn = new Date().toISOString();
        }
      } else if (!open) {
        alert = openAlert(store, source, event);
        store.alerts.push(alert);
      }
      alert?.events.push(event.alert_transition);
      // The real endpoint's answer is undocumented; the fake answers 202 and what it did.
      return { status: 202, body: { alertId: alert?.id ?? null, alertKey: event.alert_id, status: alert?.status ?? "IGNORED" } };
    }),
  ];
}

function openAlert(store: IlertStore, source: AlertSource, event: DatadogEvent): IlertAlert {
  const policy = store.escalationPolicies.get(source.escalationPolicy.id);
  if (policy === undefined)
    throw badRequest(`escalation policy ${source.escalationPolicy.id} of alert source ${source.id} no longer exists`);
  return {
    id: store.nextId(),
    alertSourceId: source.id,
    alertKey: event.alert_id,
    status: "PENDING",
    summary: source.summaryTemplate?.textTemplate ? renderTemplate(source.summaryTemplate.textTemplate, event) : (event.title ?? ""),
    priority: priorityOf(source, event),
    escalationPolicyId: policy.id,
    firstTarget: firstTarget(store, policy.escalationRules, policy.id),
    events: [],
    reportTime: new Date().toISOString(),
  };
}

/** The priority template's mapped value, else the source's rule; support hours are not modelled (always "during"). */
function priorityOf(source: AlertSource, event: DatadogEvent): "HIGH" | "LOW" {
  const template = source.priorityTemplate;
  if (template?.valueTemplate?.textTemplate) {
    const value = renderTemplate(template.valueTemplate.textTemplate, event);
    const mapped = template.mappings?.find((m) => m.value === value);
    if (mapped) return mapped.priority as "HIGH" | "LOW";
  }
  return (source.alertPriorityRule ?? "HIGH").startsWith("LOW") ? "LOW" : "HIGH";
}

/** Who the first rule pages: its user or schedule (the first of its lists). Team-only rules are out of scope. */
function firstTarget(store: IlertStore, rules: EscalationRule[], policyId: number): IlertAlert["firstTarget"] {
  const rule = rules[0];
  const userId = rule?.user?.id ?? rule?.users?.[0]?.id;
  const scheduleId = rule?.schedule?.id ?? rule?.schedules?.[0]?.id;
  if (userId !== undefined) {
    const user = store.userView(userId);
    return { type: "USER", id: userId, name: [user.firstName, user.lastName].filter(Boolean).join(" ") || user.email };
  }
  if (scheduleId !== undefined) return { type: "SCHEDULE", id: scheduleId, name: store.scheduleView(scheduleId).name };
  throw badRequest(
    `the first rule of escalation policy ${policyId} pages no user or schedule (team rules are out of the iLert fake's scope)`,
  );
}
