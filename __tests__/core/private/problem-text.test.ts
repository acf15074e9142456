import { problemText } from "../../../constructs/core/private/problem-text";

describe("problemText", () => {
  const problem = { prop: "rules[1].escalationTimeoutMin", received: -1, accepted: "an integer from 0 to 10000", fix: "use minutes" };

  test("an invalid value: the prop, the value as shown, what is accepted and the fix", () => {
    expect(problemText(problem)).toBe("invalid rules[1].escalationTimeoutMin -1: expected an integer from 0 to 10000; use minutes");
  });

  test("a value not given is missing", () => {
    expect(problemText({ ...problem, received: undefined })).toBe(
      "missing rules[1].escalationTimeoutMin: expected an integer from 0 to 10000; use minutes",
    );
  });

  test("a prop path with the user's own keys is shown short, with its control characters escaped", () => {
    expect(problemText({ ...problem, prop: "payload.a\u001b[2J" })).toBe(
      "invalid payload.a\\u001b[2J -1: expected an integer from 0 to 10000; use minutes",
    );
  });
});
