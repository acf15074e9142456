import * as fs from "fs";
import * as path from "path";
import { E2eRun, describeState, expectEqual, expectThat } from "../e2e-run";
import { LibraryKind, libraryKinds } from "../kinds/library-kinds";
import { KNOWN_EXAMPLE_DIFFS } from "../plan-changes";
import { TerraformDir } from "../terraform-dir";
import { counts } from "./fake-state";

/**
 * The providers' own example configurations (`../shared/providers/<provider>/examples`), read in place:
 * for each resource kind the library declares, the example the provider ships for it is applied against
 * fresh fakes with the real provider binary, planned again (no changes but the known diffs), and
 * destroyed, leaving the fakes as empty as they started. The examples are plain Terraform, so they run
 * with `terraform` itself in `.e2e/work/examples/<name>`, which links each of the example's `.tf` files
 * (nothing is copied) and, for Datadog's examples (resource blocks only), adds the provider requirement.
 */

const PROVIDERS = path.resolve(__dirname, "../../../../shared/providers");
const SOURCES = { ilert: "terraform-provider-ilert-v2.20.0", datadog: "terraform-provider-datadog-v3.82.0" } as const;

/** One provider example to apply. */
export interface VendorExample {
  /** `ilert/user`, `datadog/datadog_webhook`: the provider and the example's folder. */
  readonly name: string;
  readonly provider: "ilert" | "datadog";
  /** The example's folder, absolute. */
  readonly dir: string;
  /** Why the e2e runs it: the library kinds it is the example of. */
  readonly reason: string;
}

/** Where a provider keeps the example of a resource type: iLert `examples/<type without ilert_>`, Datadog `examples/resources/<type>`. */
function exampleDir(providers: string, provider: "ilert" | "datadog", type: string): string {
  const examples = path.join(providers, SOURCES[provider], "examples");
  return provider === "ilert" ? path.join(examples, type.replace(/^ilert_/, "")) : path.join(examples, "resources", type);
}

/**
 * The examples of the library's resource kinds (data sources have none of their own: the provider's
 * examples read them beside the resources). A declared kind whose provider ships no example is
 * returned in `missing`, to be listed, not skipped silently.
 */
export function vendorExamples(
  kinds: readonly LibraryKind[] = libraryKinds(),
  providers = PROVIDERS,
): { examples: VendorExample[]; missing: string[] } {
  const wanted = kinds
    .filter((k) => k.mode === "resource")
    .map((k) => ({ provider: k.provider, type: k.type, why: `the library declares ${k.type}` }));
  const examples: VendorExample[] = [];
  const missing: string[] = [];
  for (const { provider, type, why } of wanted) {
    const dir = exampleDir(providers, provider, type);
    if (fs.existsSync(dir)) examples.push({ name: `${provider}/${path.basename(dir)}`, provider, dir, reason: why });
    else missing.push(`${type}: ${provider} ships no example (${path.relative(providers, dir)} does not exist)`);
  }
  return { examples, missing };
}

/** Datadog's examples are resource blocks only: without this, Terraform would look for hashicorp/datadog. */
const DATADOG_REQUIREMENT = `# Written by the e2e (scenarios/vendor-examples.ts): the provider the example's resources need.
terraform {
  required_providers {
    datadog = { source = "DataDog/datadog" }
  }
}
`;

/** Applies `example` against `run`'s fakes, plans it again, destroys it, and checks the fakes are left as they started. */
export async function vendorExample(run: E2eRun, example: VendorExample): Promise<void> {
  const dir = path.join(run.workRoot, "examples", example.name.replace("/", "-"));
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const file of fs.readdirSync(example.dir).filter((f) => f.endsWith(".tf")))
    fs.symlinkSync(path.join(example.dir, file), path.join(dir, file));
  if (example.provider === "datadog") fs.writeFileSync(path.join(dir, "e2e_provider_requirement.tf"), DATADOG_REQUIREMENT);
  // The iLert examples configure their provider from variables.
  const env = { ...run.env, TF_VAR_api_token: run.fakes.env.ILERT_API_TOKEN, TF_VAR_endpoint: run.fakes.env.ILERT_ENDPOINT };
  const terraform = new TerraformDir(dir, env, run.label);
  const before = counts(run.fakes);

  const applied = await run.step(`example ${example.name}: terraform apply against the fakes`, async () => {
    const init = await terraform.init();
    expectThat(init.code === 0, `terraform init failed (exit ${init.code}); its output is above`);
    const apply = await terraform.apply();
    expectThat(apply.code === 0, `terraform apply failed (exit ${apply.code}); its output is above`);
    const state = await terraform.state();
    run.results.recordDeployed(`example ${example.name}`, state);
    run.note(
      "Provider examples (vendor configurations, applied as shipped)",
      `${example.name} (${example.reason}): ${describeState(state)}`,
    );
    run.noRefusals();
  });
  if (!applied) return;
  await run.step(`example ${example.name}: a second plan changes nothing`, async () => {
    run.settled(`example ${example.name}`, await terraform.plan(), "applied", KNOWN_EXAMPLE_DIFFS[example.name]);
  });
  await run.step(`example ${example.name}: terraform destroy leaves the fakes as they were`, async () => {
    const destroy = await terraform.destroy();
    expectThat(destroy.code === 0, `terraform destroy failed (exit ${destroy.code}); its output is above`);
    expectEqual(counts(run.fakes), before, "what the fakes hold after the destroy");
  });
}
