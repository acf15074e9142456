import { DatadogFake } from "./datadog/datadog-fake";
import { FakeServer } from "./fake-server";
import { IlertFake, IlertSeed } from "./ilert/ilert-fake";

/** The credentials the fakes accept (any value works with the providers; the fakes check they are sent). */
export const FAKE_CREDENTIALS = { ilertApiToken: "fake-ilert-token", datadogApiKey: "fake-dd-api-key", datadogAppKey: "fake-dd-app-key" };

/** Both fakes, running in this process on 127.0.0.1. */
export interface RunningFakes {
  readonly ilert: IlertFake;
  readonly datadog: DatadogFake;
  readonly ilertServer: FakeServer;
  readonly datadogServer: FakeServer;
  /** The environment that points the providers (and `cdktf deploy`) at the fakes. */
  readonly env: Record<string, string>;
  close(): Promise<void>;
}

/** Starts the iLert and the Datadog fake on ephemeral ports; `log` gets one line per request. */
export async function startFakes(seed: IlertSeed, log: (line: string) => void): Promise<RunningFakes> {
  const ilert = new IlertFake({ seed, apiToken: FAKE_CREDENTIALS.ilertApiToken });
  const datadog = new DatadogFake({ apiKey: FAKE_CREDENTIALS.datadogApiKey, appKey: FAKE_CREDENTIALS.datadogAppKey });
  const ilertServer = await FakeServer.start(ilert, log);
  const datadogServer = await FakeServer.start(datadog, log);
  ilert.baseUrl = ilertServer.url;
  return {
    ilert,
    datadog,
    ilertServer,
    datadogServer,
    env: {
      ILERT_ENDPOINT: ilertServer.url,
      ILERT_API_TOKEN: FAKE_CREDENTIALS.ilertApiToken,
      DD_HOST: datadogServer.url,
      DD_API_KEY: FAKE_CREDENTIALS.datadogApiKey,
      DD_APP_KEY: FAKE_CREDENTIALS.datadogAppKey,
      // Errors fail at once instead of being retried (the fakes never answer 5xx anyway).
      DD_HTTP_CLIENT_RETRY_ENABLED: "false",
    },
    close: async () => {
      await ilertServer.close();
      await datadogServer.close();
    },
  };
}
