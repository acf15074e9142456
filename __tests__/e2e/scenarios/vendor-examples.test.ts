import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { LibraryKind } from "../kinds/library-kinds";
import { vendorExamples } from "./vendor-examples";

const kind = (provider: "ilert" | "datadog", mode: "resource" | "data", type: string): LibraryKind => ({
  name: `${mode} ${type}`,
  provider,
  mode,
  type,
  importedBy: [],
});

test("the example of each resource kind is found where each provider keeps it; a missing one is listed", () => {
  const providers = fs.mkdtempSync(path.join(os.tmpdir(), "providers-"));
  for (const dir of [
    "terraform-provider-ilert-v2.20.0/examples/user",
    "terraform-provider-ilert-v2.20.0/examples/support_hour",
    "terraform-provider-datadog-v3.82.0/examples/resources/datadog_webhook",
  ])
    fs.mkdirSync(path.join(providers, dir), { recursive: true });
  const kinds = [
    kind("ilert", "resource", "ilert_user"),
    kind("ilert", "data", "ilert_team"),
    kind("ilert", "resource", "ilert_team"),
    kind("datadog", "resource", "datadog_webhook"),
    kind("ilert", "resource", "ilert_support_hour"),
    kind("datadog", "resource", "datadog_downtime_schedule"),
  ];
  const { examples, missing } = vendorExamples(kinds, providers);
  expect(examples.map((e) => [e.name, path.relative(providers, e.dir), e.reason])).toEqual([
    ["ilert/user", "terraform-provider-ilert-v2.20.0/examples/user", "the library declares ilert_user"],
    [
      "datadog/datadog_webhook",
      "terraform-provider-datadog-v3.82.0/examples/resources/datadog_webhook",
      "the library declares datadog_webhook",
    ],
    ["ilert/support_hour", "terraform-provider-ilert-v2.20.0/examples/support_hour", "the library declares ilert_support_hour"],
  ]);
  expect(missing).toEqual([
    "ilert_team: ilert ships no example (terraform-provider-ilert-v2.20.0/examples/team does not exist)",
    "datadog_downtime_schedule: datadog ships no example (terraform-provider-datadog-v3.82.0/examples/resources/datadog_downtime_schedule does not exist)",
  ]);
});
