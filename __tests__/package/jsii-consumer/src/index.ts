// A user's own construct library on top of cdktf-ilert-datadog, compiled by jsii against the npm
// package's `.jsii` assembly. It uses the package root and a deep import of the iLert bindings, the
// two ways TypeScript code imports the package.
import { Construct } from "constructs";
import { EscalationPolicy, EscalationTarget, IEscalationPolicy, IlertDatadogIntegration, User, ilert } from "cdktf-ilert-datadog";
import { AlertSource } from "cdktf-ilert-datadog/ilert/alert-source";

/** Props of a team's paging. */
export interface PagingProps {
  /** The team's name: the alert source's and the webhook's. */
  readonly team: string;
  /** The iLert user paged when no policy is given. */
  readonly userId: string;
  /**
   * The policy to page through.
   * @default a policy that pages `userId` at once
   */
  readonly escalationPolicy?: IEscalationPolicy;
}

/** A team's paging: the Datadog integration on an escalation policy. */
export class Paging extends Construct {
  /** The policy alerts escalate on. */
  public readonly escalationPolicy: IEscalationPolicy;
  /** The integration. */
  public readonly integration: IlertDatadogIntegration;
  /** The iLert alert source, from the bindings' deep import. */
  public readonly alertSource: AlertSource;

  constructor(scope: Construct, id: string, props: PagingProps) {
    super(scope, id);
    this.escalationPolicy =
      props.escalationPolicy ??
      new EscalationPolicy(this, "Policy", {
        name: `${props.team} on-call`,
        rules: [{ escalationTimeoutMin: 0, target: EscalationTarget.user(User.fromId(this, "User", props.userId)) }],
      });
    this.integration = new IlertDatadogIntegration(this, "Integration", { name: props.team, escalationPolicy: this.escalationPolicy });
    this.alertSource = this.integration.alertSource;
  }

  /** The alert source's configuration, typed by the bindings' namespace on the package root. */
  public static describe(config: ilert.alertSource.AlertSourceConfig): string {
    return `${config.name} (${config.integrationType})`;
  }
}
