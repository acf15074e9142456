#!/usr/bin/env node
// `npm run preview [-- outdir] [--config file.json]`: synthesizes the app and prints, for each Datadog webhook in it, the
// body iLert would receive for a sample Triggered and a sample Recovered monitor event.
"use strict";
const { parseArgs, synthesize, library } = require("./synthesized-app");

const { outdir, config } = parseArgs("preview.js");
synthesize(outdir, config);
const { fromTerraformString, PREVIEW_ESCAPING_ASSUMPTION, readSynthesizedStacks, renderPayload, SampleEvent } = library();

const out = [];
out.push("What iLert receives from each Datadog webhook of the app, for sample monitor events.");
out.push(`Bodies are sent as compact JSON and shown indented. The preview ${PREVIEW_ESCAPING_ASSUMPTION}.`);
out.push(
  "iLert does not document which transitions open and which resolve an alert; the plausible reading is that Recovered resolves the alert with the same alert_id and every other transition opens or updates one.",
);
for (const stack of readSynthesizedStacks(outdir)) {
  for (const [name, webhook] of Object.entries(stack.config.resource?.datadog_webhook ?? {})) {
    out.push(
      "",
      `== stack ${stack.name}: datadog_webhook.${name}, @webhook-${fromTerraformString(String(webhook.name))}, posts to ${webhook.url}`,
    );
    if (typeof webhook.payload !== "string") {
      out.push("   (no payload: Datadog sends its own default body)");
      continue;
    }
    for (const event of [SampleEvent.triggered(), SampleEvent.recovered()]) {
      const body = renderPayload(fromTerraformString(webhook.payload), event);
      out.push("", `-- ${event.transition} (alert ${event.value("ALERT_ID")}, priority ${event.value("ALERT_PRIORITY")}):`);
      try {
        out.push(JSON.stringify(JSON.parse(body), null, 2));
      } catch (e) {
        out.push(body, `!! not valid JSON (${e.message}): iLert would reject this body`);
      }
    }
  }
}
process.stdout.write(`${out.join("\n")}\n`);
