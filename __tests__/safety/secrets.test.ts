import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { createApp } from "../../main";

// Every variable a provider or cdktf could read a credential from, set to a recognisable marker.
const CREDENTIAL_VARIABLES = [
  "ILERT_API_TOKEN",
  "ILERT_ENDPOINT",
  "ILERT_ORGANIZATION",
  "ILERT_USERNAME",
  "ILERT_PASSWORD",
  "DD_API_KEY",
  "DD_APP_KEY",
  "DD_HOST",
  "DATADOG_API_KEY",
  "DATADOG_APP_KEY",
  "DATADOG_HOST",
  "TF_VAR_ilert_api_token",
  "TF_VAR_datadog_api_key",
];

function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

test("no credential from the environment is written to the synth output", () => {
  const saved = { ...process.env };
  const markers = CREDENTIAL_VARIABLES.map((name) => `MARKER-${name}-7f3a9c`);
  CREDENTIAL_VARIABLES.forEach((name, i) => (process.env[name] = markers[i]));
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "secrets-"));
  try {
    createApp(outdir).synth();
    const files = filesUnder(outdir);
    expect(files.some((f) => f.endsWith("cdk.tf.json"))).toBe(true);
    for (const file of files) {
      const text = fs.readFileSync(file, "utf8");
      for (const marker of markers) expect({ file, leaked: text.includes(marker) }).toEqual({ file, leaked: false });
    }
  } finally {
    process.env = saved;
    fs.rmSync(outdir, { recursive: true, force: true });
  }
});
