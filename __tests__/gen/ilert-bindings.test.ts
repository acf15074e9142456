import * as fs from "fs";
import * as os from "os";
import * as path from "path";

// The committed bindings must be exactly what `npm run gen:ilert` produces from the committed schema.
const { generate, GEN_ROOT } = require("../../scripts/generate-ilert-bindings.js");

function listFiles(dir: string, base = dir): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name), base) : [path.relative(base, path.join(dir, e.name))]))
    .sort();
}

test("committed iLert bindings equal a fresh regeneration from schemas/ilert-provider-schema.json", async () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "ilert-gen-"));
  try {
    const fresh: string = await generate(out);
    const committed = path.join(GEN_ROOT, "providers", "ilert");
    expect(listFiles(committed)).toEqual(listFiles(fresh));
    for (const file of listFiles(fresh)) {
      expect({ file, text: fs.readFileSync(path.join(committed, file), "utf8") }).toEqual({
        file,
        text: fs.readFileSync(path.join(fresh, file), "utf8"),
      });
    }
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}, 30_000);

test("the schema pins iLert/ilert 2.25.0 under provider_versions", () => {
  const schema = JSON.parse(fs.readFileSync(path.join(__dirname, "../../schemas/ilert-provider-schema.json"), "utf8"));
  expect(schema.provider_versions).toEqual({ "registry.terraform.io/ilert/ilert": "2.25.0" });
  const provider = schema.provider_schemas["registry.terraform.io/ilert/ilert"];
  expect(Object.keys(provider.resource_schemas)).toEqual(
    expect.arrayContaining([
      "ilert_alert_source",
      "ilert_escalation_policy",
      "ilert_schedule",
      "ilert_team",
      "ilert_user",
      "ilert_user_duty_preference",
      "ilert_user_email_contact",
      "ilert_support_hour",
    ]),
  );
  expect(Object.keys(provider.data_source_schemas).sort()).toEqual([
    "ilert_alert_source",
    "ilert_escalation_policy",
    "ilert_schedule",
    "ilert_team",
    "ilert_user",
    "ilert_user_email_contact",
  ]);
  // The lookup of an existing email contact: by user id and target together, no timeouts block.
  expect(provider.data_source_schemas.ilert_user_email_contact).toEqual({
    block: {
      attributes: {
        id: { computed: true, description_kind: "plain", optional: true, type: "string" },
        status: { computed: true, description_kind: "plain", type: "string" },
        target: { description_kind: "plain", required: true, type: "string" },
      },
      block_types: {
        user: {
          block: { attributes: { id: { description_kind: "plain", required: true, type: "number" } }, description_kind: "plain" },
          max_items: 1,
          min_items: 1,
          nesting_mode: "list",
        },
      },
      description_kind: "plain",
    },
    version: 0,
  });
  const source = provider.resource_schemas.ilert_alert_source.block.attributes;
  expect(source.integration_url).toEqual({ type: "string", description_kind: "plain", computed: true, sensitive: true });
  expect(source.integration_type).toEqual({ type: "string", description_kind: "plain", required: true });
});
