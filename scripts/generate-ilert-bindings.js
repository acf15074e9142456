#!/usr/bin/env node
// Regenerates the iLert provider bindings in .gen/providers/ilert from the provider schema
// kept in schemas/ (no terraform binary or registry needed). Run: npm run gen:ilert
"use strict";
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const SCHEMA_FILE = path.join(ROOT, "schemas", "ilert-provider-schema.json");
const GEN_ROOT = path.join(ROOT, ".gen");
// The source address users see in required_providers, exactly as the vendor documents it.
const PROVIDER_SOURCE = "iLert/ilert";

/**
 * Writes the bindings for the schema file into `<outRoot>/providers/ilert`.
 * Uses the same generator entry point `cdktf get` uses, with a provider constraint so the bindings
 * carry the `iLert/ilert` source address (generateProviderBindingsFromSchema has no way to pass one
 * and would emit `registry.terraform.io/ilert/ilert`).
 */
async function generate(outRoot = GEN_ROOT, schemaFile = SCHEMA_FILE) {
  const { TerraformProviderGenerator, CodeMaker, TerraformProviderConstraint } = require("@cdktf/provider-generator");
  const schema = JSON.parse(fs.readFileSync(schemaFile, "utf8"));
  const fqpn = Object.keys(schema.provider_schemas)[0];
  const version = schema.provider_versions[fqpn];
  const code = new CodeMaker();
  code.indentation = 2;
  const generator = new TerraformProviderGenerator(code, schema);
  generator.generate(new TerraformProviderConstraint(`${PROVIDER_SOURCE}@${version}`));
  fs.rmSync(path.join(outRoot, "providers", "ilert"), { recursive: true, force: true });
  await code.save(outRoot);
  return path.join(outRoot, "providers", "ilert");
}

module.exports = { generate, SCHEMA_FILE, GEN_ROOT };

if (require.main === module) {
  generate().then(
    (dir) => console.log(`generated ${path.relative(ROOT, dir)}`),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
