// Public API of cdktf-ilert-datadog.
export { IlertDatadogValidationError } from "./core/errors";
export type { ValidationProblem } from "./core/errors";
export { ProviderEnum } from "./core/provider-enum";
export { escapeTerraformTemplate } from "./core/terraform-escape";

export * from "./integration/ilert-datadog-integration";
export { adoptExisting, listTerraformImports, terraformImportCommands } from "./integration/adoption";
export type { AdoptExistingProps, TerraformImport } from "./integration/adoption";
export { AlertPriority, PriorityMapping } from "./integration/priority-mapping";
export { SeverityMapping } from "./integration/severity-mapping";
export type { DatadogPriority } from "./integration/datadog-priority";
export { fromTerraformString, readSynthesizedStacks } from "./integration/synthesized-stacks";
export type { SynthesizedBlocks, SynthesizedStack } from "./integration/synthesized-stacks";
export { wiringDiagram } from "./integration/wiring-diagram";

export * from "./datadog/datadog-payload";
export { DATADOG_TEMPLATE_VARIABLES } from "./datadog/template-variables";
export { WEBHOOK_NAME_PATTERN, deriveWebhookName } from "./datadog/webhook-name";
export { MonitorTransition } from "./datadog/monitor-transition";
export type { MonitorWiringOptions } from "./datadog/monitor-message";
export { PREVIEW_ESCAPING_ASSUMPTION, renderPayload, SampleEvent } from "./datadog/payload-preview";
export type { SampleEventProps } from "./datadog/payload-preview";

export * from "./ilert/alert-source/alert-creation";
export * from "./ilert/alert-source/alert-grouping-window";
export * from "./ilert/alert-source/alert-priority-rule";
export * from "./ilert/alert-source/auto-resolution-timeout";
export * from "./ilert/escalation-policy";
export * from "./ilert/escalation-target";
export type { LookupOptions } from "./ilert/references";
export type { ISchedule } from "./ilert/schedule-reference";
export { OnCallSchedule } from "./ilert/on-call-schedule";
export type { OnCallScheduleProps, ScheduleLayer, ScheduleShift } from "./ilert/on-call-schedule";
export { Rotation } from "./ilert/rotation";
export { DayOfWeek } from "./ilert/day-of-week";
export type { LayerRestriction, TimeOfWeek } from "./ilert/layer-restriction";
export { ON_CALL_REMINDER_BEFORE_MIN, OnCallReminder } from "./ilert/on-call-reminder";
export type { OnCallReminderOptions, OnCallReminderProps, RemindRespondersOptions, ResponderContact } from "./ilert/on-call-reminder";
export { ReminderContact } from "./ilert/reminder-contact";
export type { ReminderContactKind } from "./ilert/reminder-contact";
export { ReminderMethod } from "./ilert/reminder-method";
export type { ReminderMethodContactKind } from "./ilert/reminder-method";
export * from "./ilert/support-hours";
export { Team, TeamMemberRole, TeamVisibility } from "./ilert/team";
export type { ITeam, TeamMember, TeamProps } from "./ilert/team";
export { User, UserLanguage, UserRole } from "./ilert/user";
export type { IUser, UserFromIdOptions, UserProps } from "./ilert/user";
