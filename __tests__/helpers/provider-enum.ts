import { AlertPriority, ProviderEnum } from "../../constructs";

/**
 * An enum-like class with statics besides its constants, as a subclass of ProviderEnum may have: a
 * string, and another class's constant whose value none of its own constants has.
 */
export class Fruit extends ProviderEnum {
  public static readonly APPLE = new Fruit("APPLE");
  public static readonly PEAR = new Fruit("PEAR");
  public static readonly DOCS = "https://example.com/fruit";
  public static readonly PRIORITY = AlertPriority.HIGH;
}
