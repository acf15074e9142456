/**
 * A stack name pattern of selective synth: `*` matches any run of characters (none too), every other
 * character itself. Matched without regular expressions, so no pattern backtracks: the literal runs
 * between the stars are found left to right, each at its first place after the one before, which
 * costs at most the pattern's length times the name's.
 */
export class StackPattern {
  private readonly parts: readonly string[];

  constructor(
    /** The pattern as given, e.g. `prod-*`. */
    public readonly text: string,
  ) {
    this.parts = text.split("*");
  }

  /** Whether the pattern matches all of `name`. */
  public matches(name: string): boolean {
    const parts = this.parts;
    if (parts.length === 1) return name === parts[0];
    const [first, last] = [parts[0], parts[parts.length - 1]];
    if (first.length + last.length > name.length || !name.startsWith(first) || !name.endsWith(last)) return false;
    // Each middle run at its first place: any later place leaves less room for the runs after it.
    const end = name.length - last.length;
    let at = first.length;
    for (let i = 1; i < parts.length - 1; i++) {
      const found = name.indexOf(parts[i], at);
      if (found < 0 || found + parts[i].length > end) return false;
      at = found + parts[i].length;
    }
    return true;
  }
}
