import { postsTo } from "../../../cli/adopt/integration-url";
import { KEY, SOURCE, WEBHOOK } from "../../helpers/adopt-accounts";

describe("postsTo: whether a webhook posts to an alert source", () => {
  test("its URL is the source's integration URL", () => {
    expect(postsTo(WEBHOOK, SOURCE)).toBe("exactly");
  });

  test("UNCERTAIN form: another host or a trailing slash, the path ending with the source's key", () => {
    expect(postsTo({ ...WEBHOOK, url: `https://ilertnow.com/api/v1/events/datadog/${KEY}/` }, SOURCE)).toBe("by-key");
  });

  test("another key, a key only in the query, or no URL at all: no", () => {
    expect(postsTo({ ...WEBHOOK, url: "https://api.ilert.com/api/v1/events/datadog/il1datother" }, SOURCE)).toBeUndefined();
    expect(postsTo({ ...WEBHOOK, url: `https://example.com/hook?key=${KEY}` }, SOURCE)).toBeUndefined();
    expect(postsTo({ ...WEBHOOK, url: "not a url" }, SOURCE)).toBeUndefined();
    expect(
      postsTo({ ...WEBHOOK, url: "https://x/y" }, { ...SOURCE, integrationKey: undefined, integrationUrl: undefined }),
    ).toBeUndefined();
  });
});
