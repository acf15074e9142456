import { reasonOf, request } from "../../../cli/smoke-test/http-json";
import { startStub } from "./vendor-stub";

describe("the smoke test's HTTP", () => {
  test("an answer: its status and body, JSON parsed or as text; a redirect is not followed", async () => {
    const stub = await startStub((r) =>
      r.path === "/json" ? { status: 201, body: { ok: true } } : r.path === "/moved" ? { status: 302, body: "see /json" } : undefined,
    );
    try {
      expect(await request(`${stub.url}/json`, { method: "POST", body: "{}" })).toEqual({ status: 201, body: { ok: true } });
      expect(await request(`${stub.url}/moved`)).toEqual({ status: 302, body: "see /json" });
      expect(stub.requests.map((r) => [r.method, r.path, r.body])).toEqual([
        ["POST", "/json", "{}"],
        ["GET", "/moved", ""],
      ]);
    } finally {
      await stub.close();
    }
  });

  test("no answer: why, in a word", async () => {
    const gone = await startStub(() => undefined);
    await gone.close();
    expect(await request(gone.url)).toEqual({ status: undefined, reason: "ECONNREFUSED" });
    expect(reasonOf(Object.assign(new Error("x"), { name: "TimeoutError" }))).toBe("no answer within 15 s");
    expect(reasonOf(new TypeError("fetch failed", { cause: { message: "bad port" } }))).toBe("bad port");
    expect(reasonOf("odd")).toBe("odd");
  });
});
