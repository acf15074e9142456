/**
 * Which fake answers each resource kind and data source the library declares or reads
 * (kinds/library-kinds.ts), and the endpoints the providers call for it: iLert 2.20.0 through ilert-go
 * 3.19.0 (each `resource_*.go` / `data_source_*.go` and the client function it calls), Datadog 3.82.0.
 * `{id}` and `{name}` stand for path parameters. fakes/coverage.test.ts fails when the library gains a
 * kind that is not listed here, or when a listed endpoint is not answered by the fake.
 */
export interface KindCoverage {
  /** The fake's source file for the kind, under fakes/. */
  readonly fake: string;
  /** `METHOD /path` of every call the provider makes for the kind. */
  readonly endpoints: readonly string[];
}

const crud = (collection: string, item = `${collection}/{id}`) => [`POST ${collection}`, `GET ${item}`, `PUT ${item}`, `DELETE ${item}`];

export const FAKE_COVERAGE: Readonly<Record<string, KindCoverage>> = {
  "resource ilert_alert_source": { fake: "ilert/alert-sources.ts", endpoints: crud("/api/alert-sources") },
  "resource ilert_escalation_policy": { fake: "ilert/escalation-policies.ts", endpoints: crud("/api/escalation-policies") },
  "resource ilert_schedule": { fake: "ilert/schedules.ts", endpoints: crud("/api/schedules") },
  "resource ilert_support_hour": { fake: "ilert/support-hours.ts", endpoints: crud("/api/support-hours") },
  "resource ilert_team": { fake: "ilert/teams.ts", endpoints: crud("/api/teams") },
  "resource ilert_user": { fake: "ilert/users.ts", endpoints: crud("/api/users") },
  "resource ilert_user_email_contact": { fake: "ilert/email-contacts.ts", endpoints: crud("/api/users/{id}/contacts/emails") },
  "resource ilert_user_phone_number_contact": {
    fake: "ilert/phone-contacts.ts",
    endpoints: crud("/api/users/{id}/contacts/phone-numbers"),
  },
  "resource ilert_user_duty_preference": {
    fake: "ilert/duty-preferences.ts",
    endpoints: crud("/api/users/{id}/notification-preferences/duties"),
  },
  "data ilert_user": { fake: "ilert/users.ts", endpoints: ["POST /api/users/search-email"] },
  "data ilert_user_email_contact": { fake: "ilert/email-contacts.ts", endpoints: ["POST /api/users/{id}/contacts/emails/search-target"] },
  "data ilert_team": { fake: "ilert/teams.ts", endpoints: ["GET /api/teams/name/{name}"] },
  "data ilert_schedule": { fake: "ilert/schedules.ts", endpoints: ["GET /api/schedules/name/{name}"] },
  "data ilert_escalation_policy": { fake: "ilert/escalation-policies.ts", endpoints: ["GET /api/escalation-policies/name/{name}"] },
  // The provider checks its keys (GET /api/v1/validate) when it is configured, and validates a monitor at plan.
  "resource datadog_webhook": {
    fake: "datadog/webhooks.ts",
    endpoints: [
      "GET /api/v1/validate",
      ...crud("/api/v1/integration/webhooks/configuration/webhooks", "/api/v1/integration/webhooks/configuration/webhooks/{name}"),
    ],
  },
  // v2 downtimes: PATCH updates, DELETE cancels.
  "resource datadog_downtime_schedule": {
    fake: "datadog/downtimes.ts",
    endpoints: [
      "GET /api/v1/validate",
      "POST /api/v2/downtime",
      "GET /api/v2/downtime/{id}",
      "PATCH /api/v2/downtime/{id}",
      "DELETE /api/v2/downtime/{id}",
    ],
  },
  "resource datadog_monitor": {
    fake: "datadog/monitors.ts",
    endpoints: ["GET /api/v1/validate", "POST /api/v1/monitor/validate", "POST /api/v1/monitor/{id}/validate", ...crud("/api/v1/monitor")],
  },
};
