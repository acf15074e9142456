import { MonitorTransition } from "./monitor-transition";

/** Options for adding an integration's handle to a monitor message. */
export interface MonitorWiringOptions {
  /**
   * Notify iLert only on these transitions: the handle is wrapped in Datadog conditionals such as
   * `{{#is_alert}}@webhook-x{{/is_alert}}`. `MonitorTransition.RECOVERY` is added unless
   * `resolveOnRecovery` is false, so that the alerts these transitions open are resolved.
   * @default - every notification of the monitor (the handle is added unconditionally)
   */
  readonly transitions?: MonitorTransition[];
  /**
   * Send the monitor's recoveries to iLert. iLert resolves an alert when Datadog reports it
   * `Recovered`; with false, alerts stay open until someone resolves them in iLert or the alert
   * source's `autoResolutionTimeout` does. Without `transitions`, false adds the handle inside
   * `{{^is_recovery}}...{{/is_recovery}}` (every notification but recoveries).
   * @default true
   */
  readonly resolveOnRecovery?: boolean;
}
