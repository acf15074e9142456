import { Construct } from "constructs";
import { Team as TeamResource } from "../../../.gen/providers/ilert/team";
import { DataIlertTeam } from "../../../.gen/providers/ilert/data-ilert-team";
import { AdoptionOptions } from "../../core/adoption";
import { adoptedIlertId, adoptionOptions, adoptResource } from "../../core/private/adopt-resource";
import { useProvider } from "../../core/default-providers";
import { ProviderEnum } from "../../core/provider-enum";
import { checkEnum } from "../../core/private/check-enum";
import { escapeTerraformTemplate } from "../../core/terraform-escape";
import { checkHandle } from "../../core/handles";
import { checkIlertId } from "../../core/ilert-id";
import { checkArray, checkKeys, checkProps, checkString, fail, Struct } from "../../core/validate";
import { LookupOptions } from "../references";
import { lookupId } from "../private/lookup-id";
import { IlertProviderProps } from "../shared-props";
import { ILERT_PROVIDER_KEYS } from "../private/shared-props-keys";
import { ITeam } from "./team-handle";
import { IUser } from "./user";
import { USER_HANDLE } from "./private/handle-kinds";

/** Who can see a team (`visibility`). */
export class TeamVisibility extends ProviderEnum {
  /** Everyone in the account. The provider's default. */
  public static readonly PUBLIC = new TeamVisibility("PUBLIC");
  /** Members only. */
  public static readonly PRIVATE = new TeamVisibility("PRIVATE");

  /** Escape hatch for a value a newer provider accepts; not checked at synth. */
  public static custom(value: string): TeamVisibility {
    return new TeamVisibility(value, true);
  }
}

/** A member's role in a team (`member.role`). */
export class TeamMemberRole extends ProviderEnum {
  /** Team administrator (`ADMIN`). */
  public static readonly ADMIN = new TeamMemberRole("ADMIN");
  /** Team user (`USER`). */
  public static readonly USER = new TeamMemberRole("USER");
  /** Team responder (`RESPONDER`). The provider's default. */
  public static readonly RESPONDER = new TeamMemberRole("RESPONDER");
  /** Team stakeholder (`STAKEHOLDER`). */
  public static readonly STAKEHOLDER = new TeamMemberRole("STAKEHOLDER");
  /** Team viewer (`VIEWER`). Since provider 2.23.0. */
  public static readonly VIEWER = new TeamMemberRole("VIEWER");

  /** Escape hatch for a value a newer provider accepts; not checked at synth. */
  public static custom(value: string): TeamMemberRole {
    return new TeamMemberRole(value, true);
  }
}

/** A member of a declared team. */
export interface TeamMember {
  /** The user. */
  readonly user: IUser;
  /**
   * The member's role in the team.
   * @default TeamMemberRole.RESPONDER (the provider's default)
   */
  readonly role?: TeamMemberRole;
}

/** Props of {@link Team}. */
export interface TeamProps extends IlertProviderProps {
  /** Team name, 1-255 bytes. */
  readonly name: string;
  /**
   * Who can see the team.
   * @default TeamVisibility.PUBLIC (the provider's default)
   */
  readonly visibility?: TeamVisibility;
  /**
   * The members. Once declared, membership is managed here: members added in the UI are removed.
   * @default - members are not managed by Terraform
   */
  readonly members?: TeamMember[];
}

const TEAM_MEMBER: Struct<TeamMember> = { name: "TeamMember", keys: { user: "required", role: "optional" } };
const TEAM_PROPS: Struct<TeamProps> = {
  name: "TeamProps",
  keys: { name: "required", visibility: "optional", members: "optional", ...ILERT_PROVIDER_KEYS },
};

/** Props of {@link Team.adoptExisting}. */
export interface AdoptTeamProps extends AdoptionOptions {
  /** Numeric id of the existing team, as in its iLert URL (`.../teams/1234/...`). */
  readonly teamId: string;
}
const ADOPT_TEAM_PROPS: Struct<AdoptTeamProps> = { name: "AdoptTeamProps", keys: { teamId: "required", importBlocks: "optional" } };

/** Declares an iLert team (`ilert_team`), for teams that manage people as code. */
export class Team extends Construct implements ITeam {
  /** An existing team by its numeric iLert id. */
  public static fromId(scope: Construct, id: string, teamId: string): ITeam {
    return new (class extends Construct implements ITeam {
      public readonly teamId = checkIlertId(this, "teamId", teamId);
    })(scope, id);
  }

  /** An existing team looked up by its exact name (`ilert_team` data source). */
  public static fromName(scope: Construct, id: string, name: string, options: LookupOptions = {}): ITeam {
    return new (class extends Construct implements ITeam {
      public readonly teamId = lookupId(this, DataIlertTeam, "name", name, options);
    })(scope, id);
  }

  /** The `ilert_team` resource. */
  public readonly resource: TeamResource;
  /** The team's iLert id, a Terraform reference. */
  public readonly teamId: string;

  constructor(scope: Construct, id: string, props: TeamProps) {
    super(scope, id);
    checkProps(this, props, TEAM_PROPS, "pass { name: ... }");
    checkString(this, "name", props.name, { maxLength: 255, fix: "use a team name of 1-255 bytes" });
    checkEnum(this, "visibility", props.visibility, TeamVisibility);
    const members =
      props.members === undefined ? undefined : checkArray<TeamMember>(this, "members", props.members, 0, "pass a list of { user, role }");
    members?.forEach((m, i) => {
      if (typeof m !== "object" || m === null)
        fail(this, `members[${i}]`, m, "{ user: IUser, role?: TeamMemberRole }", "pass { user, role }");
      checkKeys(this, `members[${i}]`, m, TEAM_MEMBER);
      checkHandle(this, `members[${i}].user`, m.user, USER_HANDLE);
      checkEnum(this, `members[${i}].role`, m.role, TeamMemberRole);
    });
    this.resource = new TeamResource(this, "Resource", {
      name: escapeTerraformTemplate(props.name),
      visibility: props.visibility?.value,
      member: members?.map((m) => ({ user: m.user.userId, role: m.role?.value })),
      provider: useProvider(this, "ilert", "ilertProvider", props.ilertProvider),
    });
    this.teamId = this.resource.id;
  }

  /**
   * Makes this team adopt an existing one (made by hand) instead of creating it: Terraform imports it
   * by `teamId`. With `members` declared, members the team has in iLert and the props lack are
   * removed by the first apply: list every member.
   */
  public adoptExisting(props: AdoptTeamProps): void {
    checkProps(this, props, ADOPT_TEAM_PROPS, 'pass { teamId: "1234" }');
    const id = adoptedIlertId(this, "teamId", props.teamId, 'use the numeric id in the team\'s iLert URL, e.g. "1234"');
    adoptResource(this.resource, id, adoptionOptions(this, props));
  }
}
