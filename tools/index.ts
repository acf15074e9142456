// `cdktf-ilert-datadog/tools`: what reads an app's synthesized output (cdk.tf.json), for scripts
// and CI: the wiring diagram, the payload preview, import commands, the on-call calendar, and the
// Terraform string helpers. As in constructs/index.ts, a line re-exports a whole file; internals
// live in `private/` folders.
export * from "../constructs/core/terraform-escape";
export * from "../constructs/datadog/template-variables";
export * from "../constructs/datadog/webhook-name";
export * from "./synthesized-stacks";
export * from "./wiring-diagram";
export * from "./markdown-text";
export * from "./payload-preview";
export * from "./terraform-imports";
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
export * from "./on-call/declared-on-call";
export * from "./on-call/on-call-calendar";
export * from "./on-call/icalendar";
export * from "./on-call/declared-support-hours";
export * from "./on-call/declared-maintenance";
export * from "../constructs/datadog/maintenance/recurrence-rule";
export * from "./on-call/support-hours-calendar";
export * from "./on-call/maintenance-calendar";
export * from "./on-call/recurrence";
export * from "./on-call/on-call-diff";
