import { DATADOG_API_URL, ILERT_ENDPOINT, LOOPBACK_HOSTS, providerUrlProblem, withoutPassword } from "../../app/provider-url";

// Which provider URLs the config app accepts (app/provider-url.ts); the messages as the config reports
// them: __tests__/app/config.test.ts.

describe("providerUrlProblem", () => {
  test("accepts https:// anywhere and http:// to this machine only", () => {
    expect(LOOPBACK_HOSTS).toEqual(["127.0.0.1", "[::1]", "localhost"]);
    for (const url of [
      "https://api.ilert.com",
      "https://api.datadoghq.eu/",
      "http://127.0.0.1:8080/",
      "http://[::1]:1/",
      "http://localhost",
    ]) {
      expect(providerUrlProblem(url, ILERT_ENDPOINT)).toBeUndefined();
    }
    for (const url of ["http://127.0.0.2/", "http://localhost.example.com/", "http://10.0.0.1/", "http://api.ilert.com"]) {
      expect(providerUrlProblem(url, ILERT_ENDPOINT)?.accepted).toBe(
        "https:// to a host other than 127.0.0.1, [::1] or localhost (over http:// the API token would travel unencrypted)",
      );
    }
  });

  test("each problem with its fix: template, not a URL, user info, scheme", () => {
    expect(providerUrlProblem("https://${x}/", DATADOG_API_URL)?.fix).toBe(
      'use e.g. "https://api.datadoghq.eu/"; a URL that changes per run belongs in the environment (DD_HOST)',
    );
    expect(providerUrlProblem("api.ilert.com", ILERT_ENDPOINT)).toEqual({
      accepted: "the https:// URL of the iLert API",
      fix: 'use e.g. "https://api.ilert.com"',
    });
    expect(providerUrlProblem("https://a:b@x.example/p?q", DATADOG_API_URL)?.fix).toBe(
      'use "https://x.example/p?q", and give the API credentials in the environment (DD_API_KEY and DD_APP_KEY)',
    );
    // A password without a user name is user info too.
    expect(providerUrlProblem("https://:secret@api.ilert.com/", ILERT_ENDPOINT)).toEqual({
      accepted: "a URL without a user name or password (the provider block is written in plain text to cdktf.out)",
      fix: 'use "https://api.ilert.com/", and give the API credentials in the environment (ILERT_API_TOKEN)',
    });
    expect(providerUrlProblem("HTTPS://API.ILERT.COM", ILERT_ENDPOINT)).toBeUndefined();
    expect(providerUrlProblem("data:text/plain,x", ILERT_ENDPOINT)?.accepted).toBe(
      "an https:// URL (http:// only to 127.0.0.1, [::1] or localhost), not data:",
    );
  });
});

test("withoutPassword: a URL's password as ***, anything else as it is", () => {
  expect(withoutPassword("https://u:secret@h/")).toBe("https://u:***@h/");
  expect(withoutPassword("https://u@h/")).toBe("https://u@h/");
  expect(withoutPassword("not a url")).toBe("not a url");
  expect(withoutPassword(5)).toBe(5);
});
