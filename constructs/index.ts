// Public API of cdktf-ilert-datadog: constructs, handles, value classes and the error class.
// Tooling that reads synthesized output is exported from `cdktf-ilert-datadog/tools` (tools/).
// The rule: each line re-exports a whole file (`export *`), so a file named here holds only public
// symbols; the internals beside them live in `<area>/private/`, which no entry exports (as aws-cdk's
// `lib/private/`), and a file no entry names (core/validate.ts, checks/) is internal as a whole.
// IlertDatadogValidationError is TypeScript-only (@internal for jsii); IlertDatadogErrors recognises it in every language.
export * from "./core/errors";
export * from "./core/validation-problem";
export * from "./core/provider-enum";
export * from "./checks/ilert-datadog-checks";
export * from "./core/ilert-provider-version";
export * from "./core/adoption";

/**
 * The iLert provider's bindings (generated from its schema), one namespace per resource or data
 * source: `ilert.alertSource.AlertSource`, the same classes as the deep imports
 * `cdktf-ilert-datadog/ilert/<resource>`; for Python, the submodule `cdktf_ilert_datadog.ilert`.
 * Documented by the iLert provider, not in this reference.
 * @hidden
 */
export * as ilert from "../.gen/providers/ilert";

export * from "./integration/ilert-datadog-integration";
export * from "./integration/ilert-datadog-integration-props";
export * from "./integration/adoption";
export * from "./integration/priority-mapping";
export * from "./integration/severity-mapping";

export * from "./datadog/datadog-payload";
export * from "./datadog/monitor-transition";
export * from "./datadog/maintenance/maintenance-window";
export * from "./datadog/maintenance/maintenance-schedule";
export * from "./datadog/maintenance/downtime-notify";
export * from "./datadog/monitor-wiring-options";

export * from "./ilert/alert-source/alert-creation";
export * from "./ilert/alert-source/alert-grouping-window";
export * from "./ilert/alert-source/alert-priority-rule";
export * from "./ilert/alert-source/auto-resolution-timeout";
export * from "./ilert/alert-source/support-days";
export * from "./ilert/alert-source/support-hours";
export * from "./ilert/alert-source/support-hours-exception";
export * from "./ilert/alert-source/support-status";
export * from "./ilert/escalation/escalation-policy";
export * from "./ilert/escalation/escalation-target";
export * from "./ilert/references";
export * from "./ilert/shared-props";
export * from "./ilert/schedule/schedule-reference";
export * from "./ilert/schedule/on-call-schedule";
export * from "./ilert/schedule/rotation";
export * from "./ilert/schedule/day-of-week";
export * from "./ilert/schedule/layer-restriction";
export * from "./ilert/schedule/keep-on-call";
export * from "./ilert/reminder/on-call-reminder";
export * from "./ilert/reminder/on-call-reminder-props";
export * from "./ilert/reminder/remind-responders";
export * from "./ilert/reminder/reminder-contact";
export * from "./ilert/reminder/reminder-method";
export * from "./ilert/people/team";
export * from "./ilert/people/team-handle";
export * from "./ilert/people/user";
