/**
 * Where one construct's props came from in a team's config entry. The config keeps its own words
 * where they differ from the construct's (`escalateAfterMin` for `escalationTimeoutMin`, a
 * restriction's `from` / `to` for `start` / `end`), so the code that builds the props from the
 * config records, prop by prop, which config key it read, and a construct's validation error is
 * reported at that key.
 */

/** How a recorded prop's members map: by the same names under the config key, or all to the key itself. */
type Members = "same" | "none";

/** The config key path a prop came from, relative to the team's entry, e.g. `escalation.rules[0].escalateAfterMin`. */
interface Origin {
  readonly configPath: string;
  readonly members: Members;
}

/** Prop path -> the config path it came from, for the props of one construct. */
export class PropOrigins {
  private readonly origins = new Map<string, Origin>();

  /**
   * @param configPath the config path of the construct's entry under the team, e.g. `schedule`: a
   * prop not recorded keeps its name under it
   */
  constructor(private readonly configPath: string) {}

  /**
   * Prop path `prop` came from config path `configPath`, and each member of it from the member of
   * the same name (`layers[0].restrictions[0].start` from `schedule.restrictions[0].from`, its
   * `.time` from `.from.time`).
   */
  public renamed(prop: string, configPath: string): this {
    this.origins.set(prop, { configPath, members: "same" });
    return this;
  }

  /**
   * Prop path `prop` and every member of it came from config path `configPath`, written there in
   * another shape (a rule's `target` from its `notify`): an error of a member is reported at the key.
   */
  public whole(prop: string, configPath: string): this {
    this.origins.set(prop, { configPath, members: "none" });
    return this;
  }

  /** The config path, relative to the team's entry, of the prop path a construct's error names. */
  public configPathOf(prop: string): string {
    // The longest recorded prop that is `prop` or holds it: a member starts with "." or "[" after it.
    let best: [string, Origin] | undefined;
    for (const [recorded, origin] of this.origins) {
      const holds = prop === recorded || (prop.startsWith(recorded) && (prop[recorded.length] === "." || prop[recorded.length] === "["));
      // Stryker disable next-line EqualityOperator: two recorded props that hold `prop` are both prefixes of it, so equal lengths mean the same key, which the map holds once
      if (holds && (best === undefined || recorded.length > best[0].length)) best = [recorded, origin];
    }
    if (best === undefined) return `${this.configPath}.${prop}`;
    const [recorded, origin] = best;
    return origin.members === "none" ? origin.configPath : `${origin.configPath}${prop.slice(recorded.length)}`;
  }
}
