import * as net from "net";
import { ApiError, FakeApi, FakeServer, MAX_BODY_BYTES } from "./fake-server";

const TOKEN = "Bearer token";

/** An API that echoes the request, behind a bearer token. */
const echo: FakeApi = {
  name: "echo",
  authenticate: (request) => {
    if (request.headers.authorization !== TOKEN) throw new ApiError(401, "no token", { message: "no token" });
  },
  handle: (request) => ({ status: 200, body: { path: request.path, size: JSON.stringify(request.body ?? null).length } }),
  errorBody: (message) => ({ message }),
};

let server: FakeServer;
let port: number;
beforeEach(async () => {
  server = await FakeServer.start(echo);
  port = Number(new URL(server.url).port);
});
afterEach(() => server.close());

/**
 * Sends `head` (the request line and headers, without the blank line) and then `body` on a raw
 * connection, and resolves with the status line and the response body once the server has answered
 * and closed the connection, or the answer is complete.
 */
function raw(head: string, body: Buffer | string = ""): Promise<{ statusLine: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1");
    let received = "";
    const done = () => {
      const [headers, ...rest] = received.split("\r\n\r\n");
      resolve({ statusLine: headers.split("\r\n")[0], body: rest.join("\r\n\r\n") });
      socket.destroy();
    };
    socket.on("connect", () => socket.write(Buffer.concat([Buffer.from(`${head}\r\n\r\n`), Buffer.from(body)])));
    socket.on("data", (chunk) => {
      received += chunk.toString("latin1");
      const length = /content-length: (\d+)/i.exec(received)?.[1];
      const [, payload] = received.split("\r\n\r\n");
      if (length !== undefined && payload !== undefined && Buffer.byteLength(payload, "latin1") >= Number(length)) done();
    });
    socket.on("close", done);
    socket.on("error", reject);
  });
}

/** A well-formed request still gets its answer: the server kept serving. */
async function stillServing(): Promise<void> {
  expect(await raw(`GET /api/ok HTTP/1.1\r\nHost: x\r\nAuthorization: ${TOKEN}\r\nConnection: close`)).toEqual({
    statusLine: "HTTP/1.1 200 OK",
    body: JSON.stringify({ path: "/api/ok", size: 4 }),
  });
}

describe("FakeServer: hostile requests get a 4xx and the server keeps serving", () => {
  test("a path that does not decode (URIError) is a 400", async () => {
    const answer = await raw(`GET /api/users/%E0%A4%A HTTP/1.1\r\nHost: x\r\nAuthorization: ${TOKEN}\r\nConnection: close`);
    expect(answer).toEqual({ statusLine: "HTTP/1.1 400 Bad Request", body: JSON.stringify({ message: "malformed request path" }) });
    expect(server.requests.at(-1)).toMatchObject({ status: 400, error: "the path /api/users/%E0%A4%A is not URL-encoded UTF-8" });
    await stillServing();
  });

  test.each(["http://[bad/", "//a:99999999/"])("a request target with a malformed host (%s, Invalid URL) is a 400", async (target) => {
    const answer = await raw(`GET ${target} HTTP/1.1\r\nHost: x\r\nAuthorization: ${TOKEN}\r\nConnection: close`);
    expect(answer).toEqual({ statusLine: "HTTP/1.1 400 Bad Request", body: JSON.stringify({ message: "malformed request target" }) });
    await stillServing();
  });

  test("a 600 MB POST without credentials is refused with 401 before its body is read", async () => {
    const answer = await raw(`POST /api/users HTTP/1.1\r\nHost: x\r\nContent-Length: ${600 * 1024 * 1024}`);
    expect(answer).toEqual({ statusLine: "HTTP/1.1 401 Unauthorized", body: JSON.stringify({ message: "no token" }) });
    await stillServing();
  });

  test("an authenticated body declared larger than the limit is refused with 413 before it is read", async () => {
    const answer = await raw(`POST /api/users HTTP/1.1\r\nHost: x\r\nAuthorization: ${TOKEN}\r\nContent-Length: ${600 * 1024 * 1024}`);
    expect(answer).toEqual({
      statusLine: "HTTP/1.1 413 Payload Too Large",
      body: JSON.stringify({ message: "request body too large" }),
    });
    await stillServing();
  });

  test("a chunked body is counted while it is read: 413 once it passes the limit, without its end", async () => {
    const chunk = Buffer.alloc(MAX_BODY_BYTES + 1, "a");
    const answer = await raw(
      `POST /api/users HTTP/1.1\r\nHost: x\r\nAuthorization: ${TOKEN}\r\nTransfer-Encoding: chunked`,
      Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from("\r\n")]),
    );
    expect(answer.statusLine).toBe("HTTP/1.1 413 Payload Too Large");
    expect(server.requests.at(-1)).toMatchObject({ status: 413, error: `the body exceeds the fake's limit of ${MAX_BODY_BYTES} bytes` });
    await stillServing();
  });

  test("a body at the limit is read and answered", async () => {
    const body = JSON.stringify({ text: "a".repeat(MAX_BODY_BYTES - 20) }).padEnd(MAX_BODY_BYTES, " ");
    const answer = await raw(
      `POST /api/ok HTTP/1.1\r\nHost: x\r\nAuthorization: ${TOKEN}\r\nContent-Length: ${body.length}\r\nConnection: close`,
      body,
    );
    expect(answer.statusLine).toBe("HTTP/1.1 200 OK");
  });
});
