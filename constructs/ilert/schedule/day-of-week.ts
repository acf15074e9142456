import { ProviderEnum } from "../../core/provider-enum";

/** A day of the week, as schedule layer restrictions name it (`day_of_week`). */
export class DayOfWeek extends ProviderEnum {
  /** Monday. */
  public static readonly MONDAY = new DayOfWeek("MONDAY");
  /** Tuesday. */
  public static readonly TUESDAY = new DayOfWeek("TUESDAY");
  /** Wednesday. */
  public static readonly WEDNESDAY = new DayOfWeek("WEDNESDAY");
  /** Thursday. */
  public static readonly THURSDAY = new DayOfWeek("THURSDAY");
  /** Friday. */
  public static readonly FRIDAY = new DayOfWeek("FRIDAY");
  /** Saturday. */
  public static readonly SATURDAY = new DayOfWeek("SATURDAY");
  /** Sunday. */
  public static readonly SUNDAY = new DayOfWeek("SUNDAY");

  /** Escape hatch for a value a newer provider accepts; not checked at synth. */
  public static custom(value: string): DayOfWeek {
    return new DayOfWeek(value, true);
  }
}
