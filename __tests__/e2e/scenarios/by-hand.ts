import { RunningFakes } from "../fakes/fakes";
import { expectThat } from "../e2e-run";

/**
 * Requests to the fakes over HTTP, with the credentials a person's session would carry: how the e2e
 * makes the objects a person would have clicked together in the iLert and Datadog UIs before an app
 * finds or adopts them.
 */
export async function byHand(fakes: RunningFakes, api: "ilert" | "datadog", method: string, path: string, body?: unknown): Promise<any> {
  const { env } = fakes;
  const [base, headers] =
    api === "ilert"
      ? [env.ILERT_ENDPOINT, { authorization: `Bearer ${env.ILERT_API_TOKEN}` }]
      : [env.DD_HOST, { "dd-api-key": env.DD_API_KEY, "dd-application-key": env.DD_APP_KEY }];
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { ...headers, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  expectThat(response.ok, `${method} ${path} by hand was refused (${response.status}): ${text}`);
  return text === "" ? undefined : JSON.parse(text);
}
