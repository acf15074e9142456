import { Construct, IConstruct } from "constructs";
import { TerraformProvider } from "cdktf";
import { EscalationPolicy as EscalationPolicyResource } from "../../../.gen/providers/ilert/escalation-policy";
import { DataIlertEscalationPolicy } from "../../../.gen/providers/ilert/data-ilert-escalation-policy";
import { AdoptionOptions } from "../../core/adoption";
import { adoptedIlertId, adoptionOptions, adoptResource } from "../../core/private/adopt-resource";
import { useProvider } from "../../core/default-providers";
import { checkIlertId } from "../../core/ilert-id";
import { escapeOptional } from "../../core/private/escape-optional";
import { escapeTerraformTemplate } from "../../core/terraform-escape";
import {
  checkArray,
  checkInstance,
  checkInteger,
  checkOptionalBoolean,
  checkOptionalInteger,
  checkOptionalString,
  checkKeys,
  checkProps,
  checkString,
  fail,
  Struct,
} from "../../core/validate";
import { EscalationTarget } from "./escalation-target";
import { OnCallReminder } from "../reminder/on-call-reminder";
import { RemindRespondersOptions } from "../reminder/remind-responders";
import { remindResponders } from "../reminder/private/remind-responders";
import { LookupOptions } from "../references";
import { lookupId } from "../private/lookup-id";
import { teamBlocks } from "../people/private/owning-teams";
import { IlertProviderProps, OwningTeamsProps } from "../shared-props";
import { ILERT_PROVIDER_KEYS, OWNING_TEAMS_KEYS } from "../private/shared-props-keys";

/** An iLert escalation policy: declared in this app ({@link EscalationPolicy}), or an existing one. */
export interface IEscalationPolicy extends IConstruct {
  /** The policy's iLert id (a Terraform reference for declared or looked-up policies). */
  readonly escalationPolicyId: string;
}

/** One step of an escalation policy. */
export interface EscalationRule {
  /** Who is notified at this step. */
  readonly target: EscalationTarget;
  /**
   * Minutes to wait for an acceptance before escalating to the next step, 0-525600. On the last
   * step it applies only when the policy repeats.
   */
  readonly escalationTimeoutMin: number;
}

/** Props of {@link EscalationPolicy}. */
export interface EscalationPolicyProps extends IlertProviderProps, OwningTeamsProps {
  /** Policy name, 1-255 bytes. */
  readonly name: string;
  /** The steps, in order; at least one. */
  readonly rules: EscalationRule[];
  /**
   * Start again at the first step when the last one times out.
   * @default - not set; iLert's API treats it as false
   */
  readonly repeating?: boolean;
  /**
   * How many times the policy repeats, 1-9 (with `repeating`).
   * @default 1 (the provider's default)
   */
  readonly frequency?: number;
  /**
   * Minutes to delay the first notification, 0-15.
   * @default 0 (the provider's default)
   */
  readonly delayMin?: number;
  /**
   * Routing key that events (and routing templates) use to pick this policy.
   * @default - no routing key: the policy is reached only through the alert sources that use it
   */
  readonly routingKey?: string;
}

const ESCALATION_RULE: Struct<EscalationRule> = { name: "EscalationRule", keys: { target: "required", escalationTimeoutMin: "required" } };
const ESCALATION_POLICY_PROPS: Struct<EscalationPolicyProps> = {
  name: "EscalationPolicyProps",
  keys: {
    name: "required",
    rules: "required",
    repeating: "optional",
    frequency: "optional",
    delayMin: "optional",
    routingKey: "optional",
    ...ILERT_PROVIDER_KEYS,
    ...OWNING_TEAMS_KEYS,
  },
};

/** Props of {@link EscalationPolicy.adoptExisting}. */
export interface AdoptEscalationPolicyProps extends AdoptionOptions {
  /** Numeric id of the existing policy, as in its iLert URL (`.../escalation-policies/1234/...`). */
  readonly escalationPolicyId: string;
}
const ADOPT_ESCALATION_POLICY_PROPS: Struct<AdoptEscalationPolicyProps> = {
  name: "AdoptEscalationPolicyProps",
  keys: { escalationPolicyId: "required", importBlocks: "optional" },
};

/** Declares an iLert escalation policy (`ilert_escalation_policy`): who is paged, in which order. */
export class EscalationPolicy extends Construct implements IEscalationPolicy {
  /** An existing policy by numeric iLert id. */
  public static fromId(scope: Construct, id: string, policyId: string): IEscalationPolicy {
    return new (class extends Construct implements IEscalationPolicy {
      public readonly escalationPolicyId = checkIlertId(this, "policyId", policyId);
    })(scope, id);
  }

  /** An existing policy looked up by exact name (`ilert_escalation_policy` data source). */
  public static fromName(scope: Construct, id: string, name: string, options: LookupOptions = {}): IEscalationPolicy {
    return new (class extends Construct implements IEscalationPolicy {
      public readonly escalationPolicyId = lookupId(this, DataIlertEscalationPolicy, "name", name, options);
    })(scope, id);
  }

  /** The `ilert_escalation_policy` resource. */
  public readonly resource: EscalationPolicyResource;
  /** The policy's iLert id, a Terraform reference. */
  public readonly escalationPolicyId: string;
  /** The rules, as given. */
  public readonly rules: EscalationRule[];
  private readonly ilertProvider?: TerraformProvider;

  constructor(scope: Construct, id: string, props: EscalationPolicyProps) {
    super(scope, id);
    checkProps(this, props, ESCALATION_POLICY_PROPS, "pass { name, rules }");
    checkString(this, "name", props.name, { maxLength: 255, fix: "use a policy name of 1-255 bytes" });
    const rules = checkArray<EscalationRule>(
      this,
      "rules",
      props.rules,
      1,
      "add at least one rule, e.g. { target: EscalationTarget.schedule(schedule), escalationTimeoutMin: 15 }",
    );
    const escalationRule = rules.map((rule, i) => {
      if (typeof rule !== "object" || rule === null || Array.isArray(rule)) {
        fail(this, `rules[${i}]`, rule, "{ target: EscalationTarget, escalationTimeoutMin: number }", "describe the rule as an object");
      }
      checkKeys(this, `rules[${i}]`, rule, ESCALATION_RULE);
      checkInstance(
        this,
        `rules[${i}].target`,
        rule.target,
        EscalationTarget,
        "build the target with EscalationTarget.user / users / schedule / schedules / teams",
      );
      checkInteger(
        this,
        `rules[${i}].escalationTimeoutMin`,
        rule.escalationTimeoutMin,
        0,
        525600,
        "give the minutes to wait before escalating",
      );
      return { escalationTimeout: rule.escalationTimeoutMin, ...rule.target.bind(this, `rules[${i}]`) };
    });
    checkOptionalBoolean(this, "repeating", props.repeating);
    checkOptionalInteger(this, "frequency", props.frequency, 1, 9, "set how many times the policy repeats");
    checkOptionalInteger(this, "delayMin", props.delayMin, 0, 15, "iLert delays the first notification by at most 15 minutes");
    checkOptionalString(this, "routingKey", props.routingKey, { maxLength: 255, fix: "use a non-empty routing key, or leave it unset" });
    const teams = props.teams === undefined ? undefined : teamBlocks(this, props.teams);
    this.rules = [...rules];
    this.ilertProvider = props.ilertProvider;
    this.resource = new EscalationPolicyResource(this, "Resource", {
      name: escapeTerraformTemplate(props.name),
      escalationRule,
      repeating: props.repeating,
      frequency: props.frequency,
      delayMin: props.delayMin,
      routingKey: escapeOptional(props.routingKey),
      team: teams,
      provider: useProvider(this, "ilert", "ilertProvider", props.ilertProvider),
    });
    this.escalationPolicyId = this.resource.id;
  }

  /**
   * Makes this policy adopt an existing one (made by hand) instead of creating it: Terraform imports
   * it by `escalationPolicyId`. iLert provider 2.20.0 reads neither its rules nor its teams on import,
   * so the first plan shows them as an update, which sends what the props say (docs/adopting.md).
   */
  public adoptExisting(props: AdoptEscalationPolicyProps): void {
    checkProps(this, props, ADOPT_ESCALATION_POLICY_PROPS, 'pass { escalationPolicyId: "1234" }');
    const id = adoptedIlertId(
      this,
      "escalationPolicyId",
      props.escalationPolicyId,
      'use the numeric id in the policy\'s iLert URL, e.g. "1234"',
    );
    adoptResource(this.resource, id, adoptionOptions(this, props));
  }

  /**
   * Reminds everyone this policy pages before each of their on-call shifts: the users its rules
   * target, and the responders of the schedules it targets that the app declares (each user once).
   * One `OnCallReminder` per user, declared under the user's handle, plus the email or phone
   * contact where the method needs one; they use `options.ilertProvider`, else this policy's.
   * Fails if a rule targets a team or an existing schedule, whose people the app cannot know.
   */
  public remindResponders(options: RemindRespondersOptions): OnCallReminder[] {
    const responders = this.rules.flatMap((rule, i) => rule.target.responders(this, `rules[${i}]`));
    return remindResponders(this, responders, options, this.ilertProvider);
  }
}
