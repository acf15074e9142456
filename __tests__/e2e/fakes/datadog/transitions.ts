/**
 * The monitor notifications Datadog sends, by their `$ALERT_TRANSITION` value (the webhook docs list
 * them), and what each does to the monitor's overall state.
 */

/** The monitor's `overall_state` values the fake moves between. */
export type MonitorState = "OK" | "Alert" | "Warn" | "No Data";

interface TransitionRule {
  /** The monitor's state after it; undefined when the state is unchanged (a renotification). */
  readonly state?: MonitorState;
}

const RULES = {
  Triggered: { state: "Alert" },
  "Re-Triggered": { state: "Alert" },
  Warn: { state: "Warn" },
  "Re-Warn": { state: "Warn" },
  "No Data": { state: "No Data" },
  "Re-No Data": { state: "No Data" },
  Recovered: { state: "OK" },
  Renotify: { state: undefined },
} as const satisfies Record<string, TransitionRule>;

/** A `$ALERT_TRANSITION` value. */
export type Transition = keyof typeof RULES;

/** Throws for a value Datadog never sends as `$ALERT_TRANSITION`. */
export function checkTransition(transition: string): Transition {
  if (!Object.prototype.hasOwnProperty.call(RULES, transition))
    throw new Error(`unknown alert transition "${transition}"; one of ${Object.keys(RULES).join(", ")}`);
  return transition as Transition;
}

/** The monitor's state after `transition` from `before`. */
export function stateAfter(transition: Transition, before: MonitorState): MonitorState {
  return RULES[transition].state ?? before;
}

/** Whether the notification repeats one already sent for the current state. */
export function isRenotification(transition: Transition): boolean {
  return transition === "Renotify" || transition.startsWith("Re-");
}
