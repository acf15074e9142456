// Preloaded into every Node process of a Quick start run (NODE_OPTIONS=--require): refuses each HTTPS
// request to HashiCorp's checkpoint service (cdktf's telemetry) and appends its URL to the file
// TELEMETRY_LOG names, so a test sees whether the commands, as the user runs them, send telemetry.
"use strict";
const fs = require("fs");
const https = require("https");

const request = https.request;
https.request = function (url, ...rest) {
  const target = typeof url === "string" ? url : url instanceof URL ? url.href : `${url?.hostname ?? url?.host}${url?.path ?? ""}`;
  if (String(target).includes("checkpoint-api.hashicorp.com")) {
    fs.appendFileSync(process.env.TELEMETRY_LOG, `${target}\n`);
    throw new Error(`refused by the test: ${target}`);
  }
  return request.call(this, url, ...rest);
};
