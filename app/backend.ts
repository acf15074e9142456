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
    /** DynamoDB table for state locking. */
    dynamodbTable: z.string().min(1),
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

/** Declares the configured backend on a stack, with per-stack state (a key, file or workspace each). */
export function applyBackend(stack: TerraformStack, stackId: string, backend: BackendConfig): void {
  switch (backend.type) {
    case "local":
      new LocalBackend(stack, { path: `${backend.directory ? `${backend.directory}/` : ""}terraform.${stackId}.tfstate` });
      return;
    case "s3":
      new S3Backend(stack, {
        bucket: backend.bucket,
        region: backend.region,
        key: `${backend.keyPrefix}/${stackId}.tfstate`,
        encrypt: true,
        kmsKeyId: backend.kmsKeyId,
        dynamodbTable: backend.dynamodbTable,
        roleArn: backend.roleArn,
      });
      return;
    case "cloud":
      new CloudBackend(stack, {
        organization: backend.organization,
        hostname: backend.hostname,
        workspaces: new NamedCloudWorkspace(`${backend.workspacePrefix}${stackId}`, backend.project),
      });
      return;
  }
}
