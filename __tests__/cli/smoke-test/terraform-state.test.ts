import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { readTerraformState } from "../../../cli/smoke-test/terraform-state";

/** A stand-in terraform that records its arguments, working folder and workspace, and runs `script`. */
function terraform(script: string): { dir: string; env: NodeJS.ProcessEnv; calls: () => string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "terraform-"));
  const bin = path.join(dir, "terraform");
  fs.writeFileSync(
    bin,
    `#!/bin/sh\necho "$* in $PWD, workspace $TF_WORKSPACE" >> ${JSON.stringify(path.join(dir, "calls"))}\n${script}\n`,
    { mode: 0o755 },
  );
  return {
    dir,
    env: { TERRAFORM_BINARY_NAME: bin, TF_WORKSPACE: "ilert-datadog-sandbox" },
    calls: () => fs.readFileSync(path.join(dir, "calls"), "utf8"),
  };
}

describe("readTerraformState", () => {
  test("runs terraform show -json in the stack's folder with the environment (TF_WORKSPACE), and parses it", async () => {
    const fake = terraform(`echo '{"values":{"root_module":{}}}'`);
    expect(await readTerraformState(fake.dir, "payments", fake.env)).toEqual({ values: { root_module: {} } });
    expect(fake.calls()).toBe(`show -json -no-color in ${fs.realpathSync(fake.dir)}, workspace ilert-datadog-sandbox\n`);
  });

  test("Terraform's error line, or a missing binary, in one line that says to deploy first", async () => {
    const failing = terraform(`printf '\\n│ Error: Backend initialization required, please run "terraform init"\\n│ more\\n' >&2; exit 1`);
    await expect(readTerraformState(failing.dir, "payments", failing.env)).rejects.toThrow(
      `terraform show -json failed for stack payments in ${failing.dir}: Error: Backend initialization required, please run "terraform init"; deploy the stack first (npx cdktf deploy payments), with the environment it was deployed with`,
    );
    await expect(readTerraformState(failing.dir, "payments", { TERRAFORM_BINARY_NAME: path.join(failing.dir, "none") })).rejects.toThrow(
      `cannot run ${path.join(failing.dir, "none")} in ${failing.dir}: ${path.join(failing.dir, "none")} is not on the PATH, or the folder is missing`,
    );
    const garbage = terraform("echo not json");
    await expect(readTerraformState(garbage.dir, "payments", garbage.env)).rejects.toThrow(
      /^terraform show -json printed no JSON for stack payments: /,
    );
  });
});
