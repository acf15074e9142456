import { HandleKind } from "../../../core/handles";
import { IEscalationPolicy } from "../escalation-policy";

/** Escalation policy handles, for `checkHandle`. */
export const ESCALATION_POLICY_HANDLE: HandleKind<IEscalationPolicy> = {
  noun: "escalation policy",
  article: "an",
  idAttribute: "escalationPolicyId",
  fix: "pass an EscalationPolicy, or EscalationPolicy.fromId / EscalationPolicy.fromName",
};
