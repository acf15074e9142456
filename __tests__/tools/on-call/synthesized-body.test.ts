import { blockList, literalText, oneBlock } from "../../../tools/on-call/synthesized-body";

test("oneBlock: a block written as an object or a one-element list, {} when absent", () => {
  expect(oneBlock({ a: 1 })).toEqual({ a: 1 });
  expect(oneBlock([{ a: 1 }, { a: 2 }])).toEqual({ a: 1 });
  expect(oneBlock([])).toEqual({});
  expect(oneBlock(undefined)).toEqual({});
});

test("blockList: absent is none, one object is one, a list is itself", () => {
  expect(blockList(undefined)).toEqual([]);
  expect(blockList({ a: 1 })).toEqual([{ a: 1 }]);
  expect(blockList([{ a: 1 }, { a: 2 }])).toEqual([{ a: 1 }, { a: 2 }]);
});

test("literalText: Terraform's template escapes undone, other values as strings", () => {
  expect(literalText("cost $${x} and %%{y}")).toBe("cost ${x} and %{y}");
  expect(literalText(42)).toBe("42");
});
