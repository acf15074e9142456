import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { App, TerraformStack } from "cdktf";
import { EscalationPolicy, IlertDatadogIntegration } from "../../constructs";
import { listTerraformImports, terraformImportCommands } from "../../tools";
import { declare, SOURCE, WEBHOOK } from "../helpers/adoption";

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "terraform-imports-"));
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("listTerraformImports and terraformImportCommands", () => {
  test("read the synthesized app: import blocks and import_id comments, with each stack's working directory", () => {
    const outdir = path.join(tmp, "out");
    const app = new App({ outdir, skipValidation: true });
    declare(app).adoptExisting({ alertSourceId: "1234", webhookName: "ilert-payments" });
    const opsStack = new TerraformStack(app, "ops");
    const ops = new IlertDatadogIntegration(opsStack, "Datadog", {
      name: "Ops",
      escalationPolicy: EscalationPolicy.fromId(opsStack, "Policy", "78"),
    });
    ops.adoptExisting({ alertSourceId: 99, webhookName: "ilert-ops", importBlocks: false });
    app.synth();

    const opsSource = `ilert_alert_source.${ops.alertSource.friendlyUniqueId}`;
    const opsWebhook = `datadog_webhook.${ops.webhook.friendlyUniqueId}`;
    const payments = path.join(outdir, "stacks", "payments");
    const opsDir = path.join(outdir, "stacks", "ops");
    // Stacks in the order of the manifest cdktf writes (here "ops" first); objects in the order of the stack file.
    expect(listTerraformImports(outdir)).toEqual([
      { stack: "ops", workingDirectory: opsDir, address: opsWebhook, id: "ilert-ops" },
      { stack: "ops", workingDirectory: opsDir, address: opsSource, id: "99" },
      { stack: "payments", workingDirectory: payments, address: SOURCE, id: "1234" },
      { stack: "payments", workingDirectory: payments, address: WEBHOOK, id: "ilert-payments" },
    ]);
    // Commands only for the objects adopted without import blocks (Terraform 1.5+ imports the blocks' objects itself).
    expect(terraformImportCommands(outdir)).toEqual([
      `terraform -chdir=${opsDir} import ${opsWebhook} ilert-ops`,
      `terraform -chdir=${opsDir} import ${opsSource} 99`,
    ]);
  });

  test("keep a relative output folder relative, and quote words the shell would split", () => {
    const outdir = path.join(tmp, "my out");
    const app = new App({ outdir, skipValidation: true });
    declare(app).adoptExisting({ alertSourceId: "1234", importBlocks: false });
    app.synth();
    expect(terraformImportCommands(outdir)).toEqual([
      `terraform -chdir='${path.join(outdir, "stacks", "payments")}' import ${SOURCE} 1234`,
    ]);
    expect(terraformImportCommands(path.relative(process.cwd(), outdir))[0]).toMatch(
      /^terraform -chdir='\.\.?\/.*my out\/stacks\/payments' import /,
    );
  });

  test("quote a single quote in a word as the shell reads it back", () => {
    const outdir = path.join(tmp, "it's out");
    const app = new App({ outdir, skipValidation: true });
    declare(app).adoptExisting({ alertSourceId: "1234", importBlocks: false });
    app.synth();
    const [command] = terraformImportCommands(outdir);
    expect(command).toBe(`terraform -chdir='${path.join(tmp, "it'\\''s out", "stacks", "payments")}' import ${SOURCE} 1234`);
    // The shell reads the quoted word back as the folder.
    const word = command.slice("terraform -chdir=".length, command.indexOf(" import "));
    expect(execFileSync("sh", ["-c", `printf %s ${word}`]).toString()).toBe(path.join(outdir, "stacks", "payments"));
  });

  test("list nothing for an app that adopts nothing", () => {
    const app = new App({ outdir: path.join(tmp, "out"), skipValidation: true });
    declare(app);
    app.synth();
    expect(terraformImportCommands(path.join(tmp, "out"))).toEqual([]);
  });
});
