import { Testing, TerraformStack, Token } from "cdktf";
import { Construct } from "constructs";
import { checkHandle, HandleKind, handleIdAsNumber } from "../../constructs/core/handles";
import { thrown } from "../helpers/synth";

interface IWidget {
  readonly widgetId: string;
}

const WIDGET: HandleKind<IWidget> = { noun: "widget", idAttribute: "widgetId", fix: "pass a Widget, or Widget.fromId" };

/** A handle a user implements with their own construct class. */
class OwnWidget extends Construct implements IWidget {
  constructor(
    scope: Construct,
    id: string,
    public readonly widgetId: string,
  ) {
    super(scope, id);
  }
}

function setup(): { stack: TerraformStack; user: Construct } {
  const stack = new TerraformStack(Testing.app(), "test");
  return { stack, user: new Construct(stack, "Dashboard") };
}

describe("checkHandle", () => {
  test("returns a handle with a numeric id, a token id, or a plain object", () => {
    const { stack, user } = setup();
    const own = new OwnWidget(stack, "Own", "42");
    expect(checkHandle(user, "widget", own, WIDGET)).toBe(own);
    const token = { widgetId: Token.asString({ Ref: "w" }) };
    expect(checkHandle(user, "widget", token, WIDGET)).toBe(token);
    const plain = { widgetId: "7" };
    expect(checkHandle(user, "widget", plain, WIDGET)).toBe(plain);
  });

  test.each([
    ["a string", "42", '"42"'],
    ["null", null, "null"],
    ["an object without the id", { id: "42" }, '{"id":"42"}'],
    ["an object with a numeric id", { widgetId: 42 }, '{"widgetId":42}'],
  ])("refuses %s as not a handle", (_label, value, shown) => {
    const { user } = setup();
    expect(thrown(() => checkHandle(user, "widgets[0]", value, WIDGET)).message).toBe(
      `test/Dashboard: invalid widgets[0] ${shown}: expected a widget handle; pass a Widget, or Widget.fromId`,
    );
  });

  test("refuses undefined as missing", () => {
    const { user } = setup();
    expect(thrown(() => checkHandle(user, "widgets[0]", undefined, WIDGET)).message).toBe(
      "test/Dashboard: missing widgets[0]: expected a widget handle; pass a Widget, or Widget.fromId",
    );
  });

  test("refuses a construct handle whose id is not an iLert id, naming the handle's path and the prop", () => {
    const { stack, user } = setup();
    expect(thrown(() => checkHandle(user, "widget", new OwnWidget(stack, "Alice", "alice"), WIDGET)).message).toBe(
      'test/Dashboard: invalid widget.widgetId "alice": expected digits (a numeric iLert id); set widgetId of the widget handle test/Alice to a numeric iLert id, e.g. "1234"; or pass a Widget, or Widget.fromId',
    );
  });

  test("refuses a plain object whose id is out of int64's range", () => {
    const { user } = setup();
    expect(thrown(() => checkHandle(user, "widget", { widgetId: "9223372036854775808" }, WIDGET)).message).toBe(
      'test/Dashboard: invalid widget.widgetId "9223372036854775808": expected an iLert id from 1 to 9223372036854775807 (the provider reads ids as 64-bit integers); set widgetId of the widget handle to a numeric iLert id, e.g. "1234"; or pass a Widget, or Widget.fromId',
    );
  });
});

describe("handleIdAsNumber", () => {
  test("converts the id, or keeps a token a reference", () => {
    const { user } = setup();
    expect(handleIdAsNumber(user, "widget", { widgetId: "9007199254740991" }, WIDGET)).toBe(9007199254740991);
    expect(Token.isUnresolved(handleIdAsNumber(user, "widget", { widgetId: Token.asString({ Ref: "w" }) }, WIDGET))).toBe(true);
  });

  test("refuses an id above Number.MAX_SAFE_INTEGER, naming the handle's path", () => {
    const { stack, user } = setup();
    const big = new OwnWidget(stack, "Big", "9007199254740992");
    expect(thrown(() => handleIdAsNumber(user, "teams[1]", big, WIDGET)).message).toBe(
      'test/Dashboard: invalid teams[1].widgetId "9007199254740992": expected an iLert id from 1 to 9007199254740991 here, where it is written as a number (a larger one would be rounded to another id); set widgetId of the widget handle test/Big to a numeric iLert id, e.g. "1234"; or pass a Widget, or Widget.fromId',
    );
  });
});
