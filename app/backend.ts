import { CloudBackend, LocalBackend, NamedCloudWorkspace, S3Backend, TerraformStack } from "cdktf";
import { z } from "zod";
import { strict } from "./strict-object";

/**
 * Where each stack keeps its state, chosen in the config file without code changes. Credentials for
 * the backends (AWS, HCP Terraform tokens) come from the environment, never from the config.
 */
export const backendSchema = z.discriminatedUnion("type", [
  strict({
    type: z.literal("local"),
    /** Folder for the state files; one file per stack, `terraform.<stack>.tfstate`. */
    directory: z.string().min(1).optional(),
  }),
  strict({
    type: z.literal("s3"),
    bucket: z.string().min(3),
    region: z.string().min(1),
    /** State key prefix; each stack's key is `<keyPrefix>/<stack>.tfstate`. */
    keyPrefix: z.string().min(1).default("ilert-datadog"),
    /**
     * Lock the state with a lock file next to it in the bucket (`use_lockfile`, Terraform 1.11 or
     * later; 1.10 has it as an experiment). Terraform 1.11 deprecates DynamoDB locking for it.
     */
    useLockfile: z.boolean().optional(),
    /** DynamoDB table for state locking (deprecated by Terraform 1.11: use useLockfile). */
    dynamodbTable: z.string().min(1).optional(),
    /** KMS key for server-side encryption; S3-managed keys when omitted. State is always encrypted. */
    kmsKeyId: z.string().min(1).optional(),
    /** Role to assume for state access. */
    roleArn: z.string().startsWith("arn:").optional(),
  }),
  strict({
    type: z.literal("cloud"),
    organization: z.string().min(1),
    /** HCP Terraform (default) or a Terraform Enterprise host name. */
    hostname: z.string().min(1).optional(),
    /** Prefix of the workspace names; each stack gets the workspace `<workspacePrefix><stack>`. */
    workspacePrefix: z.string().default(""),
    /** HCP Terraform project of the workspaces. */
    project: z.string().min(1).optional(),
  }),
]);

/** A backend choice from the config. */
export type BackendConfig = z.infer<typeof backendSchema>;

/**
 * What the schema cannot say about a backend: an S3 backend must lock its state (a lock file or a
 * DynamoDB table), else two runs can write it at once.
 */
export function backendProblems(backend: BackendConfig): string[] {
  if (backend.type !== "s3" || backend.useLockfile === true || backend.dynamodbTable !== undefined) return [];
  return [
    `backend: no state locking: expected "useLockfile": true (Terraform 1.11 or later) or a "dynamodbTable"; add "useLockfile": true, or "dynamodbTable": "<table>" for older Terraform`,
  ];
}

/** Declares the configured backend on a stack, with per-stack state (a key, file or workspace each). */
export function applyBackend(stack: TerraformStack, stackId: string, backend: BackendConfig): void {
  switch (backend.type) {
    case "local":
      new LocalBackend(stack, { path: `${backend.directory ? `${backend.directory}/` : ""}terraform.${stackId}.tfstate` });
      return;
    case "s3": {
      const s3 = new S3Backend(stack, {
        bucket: backend.bucket,
        region: backend.region,
        key: `${backend.keyPrefix}/${stackId}.tfstate`,
        encrypt: true,
        kmsKeyId: backend.kmsKeyId,
        dynamodbTable: backend.dynamodbTable,
        roleArn: backend.roleArn,
      });
      // cdktf 0.21's S3BackendConfig has no useLockfile (it predates Terraform 1.11): set the block's key.
      // An undefined value is a deletion override of the key, which is absent then: no key is written.
      s3.addOverride("use_lockfile", backend.useLockfile);
      return;
    }
    case "cloud":
      new CloudBackend(stack, {
        organization: backend.organization,
        hostname: backend.hostname,
        workspaces: new NamedCloudWorkspace(`${backend.workspacePrefix}${stackId}`, backend.project),
      });
      return;
  }
}
