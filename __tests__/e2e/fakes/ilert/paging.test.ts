import { call, idOf, messageOf, newFake } from "./test-client";

// The iLert list endpoints page as the API's OpenAPI document says (routing.ts `page`): `start-index`
// (0-based) and `max-results`, a default and a maximum per endpoint, a bare array without a total.

describe("list paging (start-index, max-results)", () => {
  const fake = newFake({ users: Array.from({ length: 120 }, (_, i) => ({ id: 1000 + i, email: `u${i}@example.com` })), teams: [] });
  const ids = (url: string) => (call(fake, "GET", url).body as { id: number }[]).map((u) => u.id);

  test("users: 50 by default, at most 100, from start-index", () => {
    expect(ids("/api/users")).toHaveLength(50);
    expect(ids("/api/users?max-results=500")).toHaveLength(100);
    expect(ids("/api/users?start-index=100&max-results=100")).toEqual(Array.from({ length: 20 }, (_, i) => 1100 + i));
    expect(ids("/api/users?start-index=120")).toEqual([]);
  });

  test("schedules: 20 by default and at most; alert sources and policies: 50", () => {
    const made = newFake();
    for (let i = 0; i < 25; i++) {
      idOf(
        call(made, "POST", "/api/schedules", {
          name: `S${i}`,
          timezone: "UTC",
          type: "STATIC",
          shifts: [{ user: { id: 11 }, start: "2026-01-01T00:00", end: "2026-01-02T00:00" }],
        }),
      );
    }
    expect(call(made, "GET", "/api/schedules?max-results=50").body).toHaveLength(20);
    expect(call(made, "GET", "/api/schedules?start-index=20&max-results=20").body).toHaveLength(5);
  });

  test("a paging parameter that is not a whole number is refused", () => {
    const answer = call(fake, "GET", "/api/users?start-index=-1");
    expect([answer.status, messageOf(answer)]).toEqual([400, 'start-index: "-1" is not a whole number']);
  });

  test("alert source list items carry no templates, whatever include asks (AlertSourceNoIncludes)", () => {
    const made = newFake();
    const id = idOf(
      call(made, "POST", "/api/alert-sources", {
        name: "Checkout",
        integrationType: "DATADOG",
        escalationPolicy: { id: 40 },
        summaryTemplate: { textTemplate: "{{ title }}" },
      }),
    );
    const [listed] = call(made, "GET", "/api/alert-sources?include=summaryTemplate").body as Record<string, unknown>[];
    expect([listed.id, listed.summaryTemplate]).toEqual([id, undefined]);
    expect((call(made, "GET", `/api/alert-sources/${id}?include=summaryTemplate`).body as Record<string, unknown>).summaryTemplate).toEqual(
      {
        textTemplate: "{{ title }}",
      },
    );
  });
});
