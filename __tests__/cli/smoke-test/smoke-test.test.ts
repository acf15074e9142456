import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { checkIntegration, smokeTest } from "../../../cli/smoke-test/smoke-test";
import { BrokenLink, failLine, integrationLabel, okLine } from "../../../cli/smoke-test/smoke-result";
import type { DeployedIntegration } from "../../../cli/smoke-test/deployed-integrations";
import { KEY, startStub, Stub, VendorBehaviour, vendors, WEBHOOK } from "./vendor-stub";

const EVENT = { alertId: "17964092668100", stack: "payments", webhook: WEBHOOK, date: 1767258000000 };

/** The deployed integration as the state holds it, its URLs on `url`. */
function integration(url: string): DeployedIntegration {
  return {
    stack: "payments",
    webhook: { address: "datadog_webhook.W", name: WEBHOOK, url: `${url}/api/v1/events/datadog/${KEY}` },
    source: {
      address: "ilert_alert_source.S",
      id: "1011",
      name: "Payments (Datadog)",
      integrationUrl: `${url}/api/v1/events/datadog/${KEY}`,
      escalationPolicyId: "1010",
    },
  };
}

let stub: Stub | undefined;
afterEach(async () => {
  await stub?.close();
  stub = undefined;
});

/** Runs the check against the stub's vendors behaving as told; returns the printed line and the stub. */
async function line(behaviour: VendorBehaviour = {}, edit: (i: DeployedIntegration) => DeployedIntegration = (i) => i): Promise<string> {
  stub = await startStub(vendors(() => stub!.url, behaviour));
  const deployed = edit(integration(stub.url));
  const endpoints = { ilert: { endpoint: stub.url, token: "t" }, datadog: { host: stub.url, apiKey: "a", appKey: "b" } };
  const result = await checkIntegration(deployed, endpoints, { timeoutMs: 300, pollMs: 20, event: EVENT });
  return result instanceof BrokenLink
    ? failLine(integrationLabel(deployed), result)
    : okLine(integrationLabel(deployed), { ...result, seconds: 0 });
}

/** The events the stub's intake received, by transition. */
const sent = () =>
  stub!.requests.filter((r) => r.method === "POST").map((r) => (JSON.parse(r.body) as { alert_transition: string }).alert_transition);

const LABEL = 'payments: @webhook-ilert-payments-datadog -> alert source 1011 "Payments (Datadog)"';

describe("checkIntegration: the paging path of one integration, and each broken link", () => {
  test("ok: Triggered opens an alert routed to the source's policy, Recovered resolves it", async () => {
    expect(await line()).toBe(`ok    ${LABEL}: alert 5000 opened (LOW), routed to escalation policy 1010 "Payments", resolved (0.0 s)`);
    expect(sent()).toEqual(["Triggered", "Recovered"]);
    // The reads it made: the documented endpoints, with the credentials the providers use.
    const reads = stub!.requests.filter((r) => r.method === "GET");
    expect(reads.map((r) => r.path)).toEqual(
      expect.arrayContaining([
        "/api/alert-sources/1011",
        `/api/v1/integration/webhooks/configuration/webhooks/${WEBHOOK}`,
        "/api/alerts",
        "/api/alerts/5000",
      ]),
    );
    expect(reads.find((r) => r.path === "/api/alerts")!.query.get("sources")).toBe("1011");
    expect(reads.find((r) => r.path === "/api/alert-sources/1011")!.headers.authorization).toBe("Bearer t");
    expect(reads.find((r) => r.path.startsWith("/api/v1/"))!.headers).toMatchObject({ "dd-api-key": "a", "dd-application-key": "b" });
  });

  test("source missing", async () => {
    expect(await line({ source: 404 })).toBe(
      `FAIL  ${LABEL}: source missing: iLert has no alert source 1011 (${stub!.url} answered 404); deploy the stack again to create it`,
    );
    expect(sent()).toEqual([]);
  });

  test("source inactive", async () => {
    expect(await line({ source: "inactive" })).toBe(
      `FAIL  ${LABEL}: source inactive: alert source 1011 is not active in iLert, so it opens no alert; activate it (deploy the stack again)`,
    );
  });

  test("iLert API refusing the token", async () => {
    expect(await line({ source: 401 })).toBe(
      `FAIL  ${LABEL}: iLert API: GET ${stub!.url}/api/alert-sources/1011 answered 401: missing token; check ILERT_API_TOKEN`,
    );
  });

  test("webhook missing", async () => {
    expect(await line({ webhook: 404 })).toBe(
      `FAIL  ${LABEL}: webhook missing: Datadog has no webhook ${WEBHOOK} (${stub!.url} answered 404); deploy the stack again to create it`,
    );
  });

  test("Datadog API refusing the keys", async () => {
    expect(await line({ webhook: 403 })).toBe(
      `FAIL  ${LABEL}: Datadog API: GET ${stub!.url}/api/v1/integration/webhooks/configuration/webhooks/${WEBHOOK} answered 403: ["Forbidden"]; check DD_API_KEY and DD_APP_KEY`,
    );
  });

  test("webhook posts elsewhere: another host, or another path (never the key) on the same one", async () => {
    expect(await line({ webhookFields: { url: "https://hooks.example.com/x?token=secret" } })).toBe(
      `FAIL  ${LABEL}: webhook posts elsewhere: Datadog webhook ${WEBHOOK} posts to https://hooks.example.com, not to the integration URL of alert source 1011; deploy the stack again to point it back`,
    );
    await stub!.close();
    const other = await line({}, (i) => ({ ...i, source: { ...i.source, integrationUrl: `${i.source.integrationUrl}x` } }));
    expect(other).toBe(
      `FAIL  ${LABEL}: webhook posts elsewhere: Datadog webhook ${WEBHOOK} posts to another path on ${stub!.url}, not to the integration URL of alert source 1011; deploy the stack again to point it back`,
    );
    expect(sent()).toEqual([]);
  });

  test("webhook payload: none (Datadog's default body), or form-encoded", async () => {
    expect(await line({ webhookFields: { payload: null } })).toBe(
      `FAIL  ${LABEL}: webhook payload: Datadog webhook ${WEBHOOK} has no payload (Datadog sends its default body, which iLert's Datadog source does not read); deploy the stack again`,
    );
    await stub!.close();
    expect(await line({ webhookFields: { encode_as: "form" } })).toBe(
      `FAIL  ${LABEL}: webhook payload: Datadog webhook ${WEBHOOK} encodes its payload as form, iLert reads JSON; deploy the stack again`,
    );
  });

  test("URL not answering: refused, with the key hidden in what iLert said; or no answer at all", async () => {
    expect(await line({ intake: 404 })).toBe(
      `FAIL  ${LABEL}: URL not answering: the integration URL of alert source 1011 (${stub!.url}/.../<integration key>) answered 404: no DATADOG alert source with integration key <integration key> to Triggered`,
    );
    await stub!.close();
    // A closed port: the webhook and the state both point there; iLert's API is the stub.
    const gone = await startStub(() => undefined);
    await gone.close();
    const closed = gone.url;
    const unreachable = await line({ webhookFields: { url: `${closed}/api/v1/events/datadog/${KEY}` } }, (i) => ({
      ...i,
      source: { ...i.source, integrationUrl: `${closed}/api/v1/events/datadog/${KEY}` },
    }));
    expect(unreachable).toBe(
      `FAIL  ${LABEL}: URL not answering: the integration URL of alert source 1011 (${closed}/.../<integration key>) did not answer (ECONNREFUSED) to Triggered; is the sandbox running? start it (ilert-datadog sandbox), load its environment, deploy again`,
    );
  });

  test("a stopped sandbox: nothing listens on the local port of iLert's API, and the fix says to start it and deploy again", async () => {
    const gone = await startStub(() => undefined);
    await gone.close();
    const endpoints = { ilert: { endpoint: gone.url, token: "t" }, datadog: { host: gone.url, apiKey: "a", appKey: "b" } };
    const result = await checkIntegration(integration(gone.url), endpoints, { timeoutMs: 300, pollMs: 20, event: EVENT });
    expect(failLine(LABEL, result as BrokenLink)).toBe(
      `FAIL  ${LABEL}: iLert API: GET ${gone.url}/api/alert-sources/1011 did not answer (ECONNREFUSED); is the sandbox running? start it (ilert-datadog sandbox), load its environment, deploy again`,
    );
  });

  test("alert not opened: Recovered is sent anyway, so nothing stays open", async () => {
    expect(await line({ opens: false })).toBe(
      `FAIL  ${LABEL}: alert not opened: iLert accepted Triggered (202), but no alert opened on alert source 1011 within 0.3 s (GET ${stub!.url}/api/alerts?sources=1011); check the source's event filters and alert creation`,
    );
    expect(sent()).toEqual(["Triggered", "Recovered"]);
  });

  test("wrong policy: the alert is still resolved first", async () => {
    expect(await line({ policy: 9 })).toBe(
      `FAIL  ${LABEL}: wrong policy: alert 5000 was routed to escalation policy 9, not to 1010, the source's policy in the state; deploy the stack again`,
    );
    expect(sent()).toEqual(["Triggered", "Recovered"]);
  });

  test("not resolved", async () => {
    expect(await line({ resolves: false })).toBe(
      `FAIL  ${LABEL}: not resolved: alert 5000 opened and was routed to escalation policy 1010, but is not RESOLVED 0.3 s after Recovered; resolve it in iLert`,
    );
  });

  test("iLert API refusing the alert list", async () => {
    expect(await line({ list: 401 })).toBe(
      `FAIL  ${LABEL}: iLert API: GET ${stub!.url}/api/alerts answered 401: missing token; check ILERT_API_TOKEN`,
    );
    expect(sent()).toEqual(["Triggered", "Recovered"]);
  });
});

/** A synthesized app with stack `payments` and a fake `terraform` that prints `state` for `terraform show -json`. */
function deployedProject(state: unknown, provider: Record<string, unknown> = {}): { outdir: string; env: NodeJS.ProcessEnv } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "smoke-"));
  const outdir = path.join(dir, "cdktf.out");
  fs.mkdirSync(path.join(outdir, "stacks", "payments"), { recursive: true });
  fs.writeFileSync(
    path.join(outdir, "manifest.json"),
    JSON.stringify({
      stacks: { payments: { name: "payments", workingDirectory: "stacks/payments", synthesizedStackPath: "stacks/payments/cdk.tf.json" } },
    }),
  );
  fs.writeFileSync(path.join(outdir, "stacks", "payments", "cdk.tf.json"), JSON.stringify({ provider }));
  fs.writeFileSync(path.join(dir, "state.json"), JSON.stringify(state));
  const terraform = path.join(dir, "terraform");
  fs.writeFileSync(terraform, `#!/bin/sh\ncat ${JSON.stringify(path.join(dir, "state.json"))}\n`, { mode: 0o755 });
  return { outdir, env: { TERRAFORM_BINARY_NAME: terraform, ILERT_API_TOKEN: "t", DD_API_KEY: "a", DD_APP_KEY: "b" } };
}

/** `terraform show -json` of the stack with the integration on `url`. */
function stateOn(url: string) {
  const integrationUrl = `${url}/api/v1/events/datadog/${KEY}`;
  return {
    format_version: "1.0",
    values: {
      root_module: {
        resources: [
          {
            address: "ilert_alert_source.S",
            mode: "managed",
            type: "ilert_alert_source",
            values: {
              id: "1011",
              name: "Payments (Datadog)",
              integration_type: "DATADOG",
              integration_url: integrationUrl,
              escalation_policy: "1010",
            },
          },
          { address: "datadog_webhook.W", mode: "managed", type: "datadog_webhook", values: { name: WEBHOOK, url: integrationUrl } },
        ],
      },
    },
  };
}

describe("smokeTest: the command", () => {
  const command = { name: "smoke-test" as const, pageRealPeople: false, timeoutSeconds: 1, stack: undefined, outdir: undefined };

  test("reads the state through terraform show -json, prints one line per integration, exits 0 when every link works", async () => {
    stub = await startStub(vendors(() => stub!.url));
    const { outdir, env } = deployedProject(stateOn(stub.url));
    const lines: string[] = [];
    const status = await smokeTest(command, {
      outdir,
      cli: "cdktf",
      print: (l) => lines.push(l),
      env: { ...env, ILERT_ENDPOINT: stub.url, DD_HOST: stub.url },
      pollMs: 20,
    });
    expect([status, lines]).toEqual([
      0,
      [
        expect.stringMatching(
          /^ok {4}payments: @webhook-ilert-payments-datadog -> alert source 1011 "Payments \(Datadog\)": alert 5000 opened \(LOW\)/,
        ),
      ],
    ]);
  });

  test("refuses a non-local iLert without --page-real-people, before sending anything; with it, goes on", async () => {
    stub = await startStub(vendors(() => stub!.url));
    const { outdir, env } = deployedProject(stateOn(stub.url));
    // 127.0.0.1 written as an IPv4-mapped IPv6 address: not recognised as this machine, yet reachable.
    const remote = stub.url.replace("127.0.0.1", "[::ffff:127.0.0.1]");
    const context = {
      outdir,
      cli: "cdktf",
      print: () => undefined,
      env: { ...env, ILERT_ENDPOINT: remote, DD_HOST: stub.url },
      pollMs: 20,
    };
    await expect(smokeTest(command, context)).rejects.toThrow(
      `not a local sandbox: payments -> ${new URL(remote).host}: the smoke test would page whoever is on call there; add --page-real-people to send one test alert per integration (priority P5, resolved as soon as it is seen)`,
    );
    expect(stub.requests).toEqual([]);
    expect(await smokeTest({ ...command, pageRealPeople: true }, context)).toBe(0);
  });

  test("a provider block's literal endpoint wins over the environment, as in the provider", async () => {
    stub = await startStub(vendors(() => stub!.url));
    const { outdir, env } = deployedProject(stateOn(stub.url), { ilert: [{ endpoint: "https://ilert.example.com/" }] });
    await expect(
      smokeTest(command, { outdir, cli: "cdktf", print: () => undefined, env: { ...env, ILERT_ENDPOINT: stub.url } }),
    ).rejects.toThrow(/^not a local sandbox: payments -> ilert\.example\.com: /);
  });

  test("one line each: no synthesized app, an unknown stack, no state, no integration, missing credentials", async () => {
    const none = fs.mkdtempSync(path.join(os.tmpdir(), "smoke-none-"));
    const print = () => undefined;
    await expect(smokeTest(command, { outdir: none, cli: "cdktf", print })).rejects.toThrow(
      `${none} holds no synthesized app (no ${path.join(none, "manifest.json")}): run the smoke test in your project after \`npx cdktf deploy\`, or give its output folder with --outdir`,
    );
    const empty = deployedProject({ format_version: "1.0" });
    await expect(smokeTest({ ...command, stack: "search" }, { outdir: empty.outdir, cli: "cdktf", print, env: empty.env })).rejects.toThrow(
      '"search": no such stack in ' + empty.outdir + "; expected one of payments; e.g. ilert-datadog smoke-test payments",
    );
    await expect(
      smokeTest(command, { outdir: empty.outdir, cli: "cdktf", print, env: { ...empty.env, TF_WORKSPACE: "ilert-datadog-sandbox" } }),
    ).rejects.toThrow(
      `stack payments has no Terraform state here (terraform show -json in ${path.join(empty.outdir, "stacks/payments")}, workspace ilert-datadog-sandbox): deploy it first (npx cdktf deploy payments), and run the smoke test with the same environment`,
    );
    // Without the sandbox's TF_WORKSPACE, where a deploy into the sandbox left state: load its environment.
    const sandboxState = path.join(empty.outdir, "stacks/payments/terraform.tfstate.d/ilert-datadog-sandbox");
    fs.mkdirSync(sandboxState, { recursive: true });
    fs.writeFileSync(path.join(sandboxState, "terraform.tfstate"), "{}");
    await expect(smokeTest(command, { outdir: empty.outdir, cli: "cdktf", print, env: empty.env })).rejects.toThrow(
      `stack payments has no Terraform state here (terraform show -json in ${path.join(empty.outdir, "stacks/payments")}), but the sandbox's workspace ilert-datadog-sandbox has state (terraform.tfstate.d/ilert-datadog-sandbox): load the sandbox's environment (. ./sandbox.env, or export what the sandbox printed) and run the smoke test again`,
    );
    const noIntegration = deployedProject({
      values: { root_module: { resources: [{ address: "ilert_team.T", mode: "managed", type: "ilert_team", values: {} }] } },
    });
    await expect(smokeTest(command, { outdir: noIntegration.outdir, cli: "cdktf", print, env: noIntegration.env })).rejects.toThrow(
      "the state of stack payments holds no Datadog integration (a datadog_webhook posting to an ilert_alert_source of type DATADOG): nothing to test",
    );
    const deployed = deployedProject(stateOn("http://127.0.0.1:9"));
    await expect(
      smokeTest(command, {
        outdir: deployed.outdir,
        cli: "cdktf",
        print,
        env: { TERRAFORM_BINARY_NAME: deployed.env.TERRAFORM_BINARY_NAME, DD_API_KEY: "a" },
      }),
    ).rejects.toThrow(
      "ILERT_API_TOKEN, DD_APP_KEY are not set: the smoke test reads iLert's and Datadog's APIs with the credentials the providers use; export them (for the sandbox: load the environment ilert-datadog sandbox printed)",
    );
  });

  test("a source no webhook posts to is a FAIL line of its own (exit 1)", async () => {
    const state = stateOn("http://127.0.0.1:9");
    state.values.root_module.resources.pop();
    const { outdir, env } = deployedProject(state);
    const lines: string[] = [];
    expect(await smokeTest(command, { outdir, cli: "cdktf", print: (l) => lines.push(l), env })).toBe(1);
    expect(lines).toEqual([
      'FAIL  payments: alert source 1011 "Payments (Datadog)": incomplete: no Datadog webhook in this stack\'s state posts to it: nothing to send through',
    ]);
  });
});
