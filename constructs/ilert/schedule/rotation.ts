/**
 * How long each user of a schedule layer is on call before the next one takes over (the layer's
 * `rotation`, an ISO-8601 duration).
 */
export class Rotation {
  /** A new person every day (`P1D`). */
  public static daily(): Rotation {
    return new Rotation("P1D");
  }

  /** A new person every week (`P7D`). */
  public static weekly(): Rotation {
    return new Rotation("P7D");
  }

  /**
   * A duration of whole days or whole hours, the ISO-8601 forms iLert documents: `P14D` (two
   * weeks), `PT12H` (12 hours). Checked when a schedule uses it; weeks (`P2W`), months, years,
   * minutes, seconds and mixed units are refused.
   */
  public static every(duration: string): Rotation {
    return new Rotation(duration);
  }

  private constructor(
    /** The ISO-8601 duration written to Terraform. */
    public readonly duration: string,
  ) {}
}
