import { TerraformStack, Testing } from "cdktf";
import { applyBackend, BackendConfig, backendProblems, backendSchema } from "../../app/backend";

function backendBlock(config: unknown): Record<string, unknown> {
  const stack = new TerraformStack(Testing.app(), "prod-payments");
  applyBackend(stack, "prod-payments", backendSchema.parse(config) as BackendConfig);
  // Testing.synth leaves the backend out; the stack's own rendering has it (cloud is its own block).
  const terraform = stack.toTerraform().terraform;
  return terraform.backend ?? { cloud: terraform.cloud };
}

describe("backends", () => {
  test("local: a state file per stack", () => {
    expect(backendBlock({ type: "local" })).toEqual({ local: { path: "terraform.prod-payments.tfstate" } });
    expect(backendBlock({ type: "local", directory: "state" })).toEqual({ local: { path: "state/terraform.prod-payments.tfstate" } });
  });

  test("S3: a key per stack, DynamoDB locking, always encrypted", () => {
    expect(
      backendBlock({ type: "s3", bucket: "acme-state", region: "eu-central-1", dynamodbTable: "locks", kmsKeyId: "alias/state" }),
      // Strict: no use_lockfile key at all when the config has none (not even an undefined one).
    ).toStrictEqual({
      s3: {
        bucket: "acme-state",
        region: "eu-central-1",
        key: "ilert-datadog/prod-payments.tfstate",
        encrypt: true,
        kms_key_id: "alias/state",
        dynamodb_table: "locks",
      },
    });
  });

  test("S3 with a lock file (use_lockfile, set by an override: cdktf 0.21's S3Backend has no useLockfile)", () => {
    expect(backendBlock({ type: "s3", bucket: "acme-state", region: "eu-central-1", useLockfile: true })).toEqual({
      s3: { bucket: "acme-state", region: "eu-central-1", key: "ilert-datadog/prod-payments.tfstate", encrypt: true, use_lockfile: true },
    });
    expect(
      backendBlock({ type: "s3", bucket: "acme-state", region: "eu-central-1", useLockfile: false, dynamodbTable: "locks" }),
    ).toStrictEqual({
      s3: {
        bucket: "acme-state",
        region: "eu-central-1",
        key: "ilert-datadog/prod-payments.tfstate",
        encrypt: true,
        dynamodb_table: "locks",
        use_lockfile: false,
      },
    });
  });

  test("S3: a role to assume, given as an ARN", () => {
    expect(
      backendBlock({ type: "s3", bucket: "acme-state", region: "r", useLockfile: true, roleArn: "arn:aws:iam::123456789012:role/state" }),
    ).toEqual({
      s3: {
        bucket: "acme-state",
        region: "r",
        key: "ilert-datadog/prod-payments.tfstate",
        encrypt: true,
        use_lockfile: true,
        role_arn: "arn:aws:iam::123456789012:role/state",
      },
    });
    expect(
      backendSchema
        .safeParse({ type: "s3", bucket: "acme-state", region: "r", roleArn: "role/state" })
        .error?.issues.map((i) => [i.path, i.message]),
    ).toEqual([[["roleArn"], 'Invalid input: must start with "arn:"']]);
  });

  test("backendProblems: an S3 backend without locking, and none for the others", () => {
    const s3 = { type: "s3", bucket: "b", region: "r", keyPrefix: "k" } as const;
    const missing =
      'backend: no state locking: expected "useLockfile": true (Terraform 1.11 or later) or a "dynamodbTable"; add "useLockfile": true, or "dynamodbTable": "<table>" for older Terraform';
    expect(backendProblems(s3)).toEqual([missing]);
    expect(backendProblems({ ...s3, useLockfile: false })).toEqual([missing]);
    expect(backendProblems({ ...s3, useLockfile: true })).toEqual([]);
    expect(backendProblems({ ...s3, dynamodbTable: "locks" })).toEqual([]);
    expect(backendProblems({ type: "local" })).toEqual([]);
  });

  test("HCP Terraform / Terraform Enterprise: a workspace per stack", () => {
    expect(
      backendBlock({ type: "cloud", organization: "acme", hostname: "tfe.acme.example", workspacePrefix: "ilert-", project: "oncall" }),
    ).toEqual({
      cloud: { organization: "acme", hostname: "tfe.acme.example", workspaces: { name: "ilert-prod-payments", project: "oncall" } },
    });
    // Without a prefix, the workspace is the stack's name.
    expect(backendBlock({ type: "cloud", organization: "acme" })).toStrictEqual({
      cloud: { organization: "acme", workspaces: { name: "prod-payments" } },
    });
  });
});
