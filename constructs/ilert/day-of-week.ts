import { ProviderEnum } from "../core/provider-enum";

/** A day of the week, as schedule layer restrictions name it (`day_of_week`). */
export class DayOfWeek extends ProviderEnum {
  public static readonly MONDAY = new DayOfWeek("MONDAY");
  public static readonly TUESDAY = new DayOfWeek("TUESDAY");
  public static readonly WEDNESDAY = new DayOfWeek("WEDNESDAY");
  public static readonly THURSDAY = new DayOfWeek("THURSDAY");
  public static readonly FRIDAY = new DayOfWeek("FRIDAY");
  public static readonly SATURDAY = new DayOfWeek("SATURDAY");
  public static readonly SUNDAY = new DayOfWeek("SUNDAY");

  /** Escape hatch for a value a newer provider accepts; not checked at synth. */
  public static custom(value: string): DayOfWeek {
    return new DayOfWeek(value, true);
  }
}
