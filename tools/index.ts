// `cdktf-ilert-datadog/tools`: what reads an app's synthesized output (cdk.tf.json), for scripts
// and CI: the wiring diagram, the payload preview, import commands, the on-call calendar, and the
// Terraform string helpers.
export { escapeTerraformTemplate, fromTerraformString } from "../constructs/core/terraform-escape";
export { DATADOG_TEMPLATE_VARIABLES } from "../constructs/datadog/template-variables";
export { WEBHOOK_NAME_PATTERN, deriveWebhookName } from "../constructs/datadog/webhook-name";
export { readSynthesizedStacks, SynthesizedOutputError } from "./synthesized-stacks";
export type { SynthesizedBlocks, SynthesizedImportBlock, SynthesizedStack } from "./synthesized-stacks";
export { wiringDiagram } from "./wiring-diagram";
export { markdownCode, markdownText } from "./markdown-text";
export { PREVIEW_ESCAPING_ASSUMPTION, renderPayload, SampleEvent } from "./payload-preview";
export type { SampleEventProps } from "./payload-preview";
export { listTerraformImports, terraformImportCommands } from "./terraform-imports";
export type { TerraformImport } from "./terraform-imports";
export { keepOnCall, onCallShifts, ROTATION_ENGINE_CHOICES } from "./on-call/rotation-engine";
export type {
  KeptOnCall,
  OnCallShift,
  RotationLayer,
  RotationSchedule,
  StaticShift,
  WeeklyTime,
  WeeklyWindow,
} from "./on-call/rotation-engine";
export { readDeclaredOnCall } from "./on-call/declared-on-call";
export type { DeclaredEscalationPolicy, DeclaredOnCall, DeclaredSchedule, EscalationRuleTarget } from "./on-call/declared-on-call";
export { onCallCalendar, onCallMarkdown } from "./on-call/on-call-calendar";
export type { OnCallCalendar, OnCallWindow, PagedFirst, PolicyCalendar, ScheduleCalendar } from "./on-call/on-call-calendar";
export { maintenanceIcs, onCallIcs, supportHoursIcs } from "./on-call/icalendar";
export { readDeclaredSupportHours, SUPPORT_DAY_BLOCKS } from "./on-call/declared-support-hours";
export type {
  DeclaredException,
  DeclaredSupportHours,
  HoursOfDay,
  SupportDayBlock,
  SupportHoursUser,
} from "./on-call/declared-support-hours";
export { readDeclaredMaintenance } from "./on-call/declared-maintenance";
export type { DeclaredMaintenanceWindow, DeclaredRecurrence, OneTimeWindow } from "./on-call/declared-maintenance";
export { FREQUENCIES, parseRecurrenceRule, WEEKDAYS } from "../constructs/datadog/maintenance/recurrence-rule";
export type {
  AcceptedRule,
  Frequency,
  ParsedRule,
  RefusedRule,
  RecurrenceRule,
  RuleProblem,
  RuleUntil,
  Weekday,
  WeekdayNum,
} from "../constructs/datadog/maintenance/recurrence-rule";
export { SUPPORT_HOURS_CHOICES } from "./on-call/support-hours-calendar";
export type { SupportDay, SupportHoursCalendar, SupportPeriod } from "./on-call/support-hours-calendar";
export type { MaintenanceCalendar } from "./on-call/maintenance-calendar";
export { RECURRENCE_CHOICES, recurrenceOccurrences } from "./on-call/recurrence";
export type { Occurrence } from "./on-call/recurrence";
export { onCallDiff, onCallDiffMarkdown } from "./on-call/on-call-diff";
export type { DeclaredOnCallObject, MovedOnCall, OnCallComparison, OnCallDiff, OnCallMove, OnCallObjects } from "./on-call/on-call-diff";
