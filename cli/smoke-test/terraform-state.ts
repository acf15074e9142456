import { execFile } from "child_process";
import { SandboxError } from "../sandbox/sandbox-error";

/**
 * A stack's Terraform state, as `terraform show -json` prints it in the stack's folder, with this
 * process's environment (so `TF_WORKSPACE` selects the sandbox's state, and the backend's credentials
 * apply). The binary is `TERRAFORM_BINARY_NAME` when set, as cdktf runs it, else `terraform`.
 */
export function readTerraformState(workingDirectory: string, stack: string, env: NodeJS.ProcessEnv = process.env): Promise<unknown> {
  const terraform = env.TERRAFORM_BINARY_NAME || "terraform";
  return new Promise((resolve, reject) => {
    execFile(
      terraform,
      ["show", "-json", "-no-color"],
      { cwd: workingDirectory, env, maxBuffer: 256 * 1024 * 1024, encoding: "utf8" },
      (error, stdout, stderr) => {
        if ((error as NodeJS.ErrnoException | null)?.code === "ENOENT") {
          return reject(
            new SandboxError(
              `cannot run ${terraform} in ${workingDirectory}: ${terraform} is not on the PATH, or the folder is missing: install Terraform 1.5 or later, and deploy the stack first (npx cdktf deploy ${stack})`,
            ),
          );
        }
        if (error) {
          const reason = firstLine(stderr) || firstLine(stdout) || error.message;
          return reject(
            new SandboxError(
              `terraform show -json failed for stack ${stack} in ${workingDirectory}: ${reason}; deploy the stack first (npx cdktf deploy ${stack}), with the environment it was deployed with`,
            ),
          );
        }
        try {
          resolve(JSON.parse(stdout));
        } catch (e) {
          reject(new SandboxError(`terraform show -json printed no JSON for stack ${stack}: ${(e as Error).message}`));
        }
      },
    );
  });
}

/** The first line of Terraform's output that says something (its error lines begin with "Error: "). */
function firstLine(text: string): string {
  const lines = text.split("\n").map((l) => l.replace(/^[│╷╵\s]+/, "").trim());
  return lines.find((l) => l.startsWith("Error:")) ?? lines.find((l) => l !== "") ?? "";
}
