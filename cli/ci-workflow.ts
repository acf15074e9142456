/**
 * The CI workflows `init --ci` writes and docs/ci.md shows: for each pull (merge) request, the base
 * and the change are synthesized, who moves on call (`ilert-datadog oncall --diff`) is posted on the
 * request, and each changed stack (`ilert-datadog stacks --json --changed`) is planned in a job of
 * its own against its remote state. Every value from the CI system reaches the shell through the
 * environment, never spliced into a command (so a branch or stack name cannot inject one).
 */

/** The CI systems `init --ci` writes a workflow for. */
export const CI_SYSTEMS = ["github", "gitlab"] as const;

/** A CI system: GitHub Actions or GitLab CI. */
export type CiSystem = (typeof CI_SYSTEMS)[number];

/** Where `init --ci` writes each system's workflow, relative to the project. */
export const CI_FILES: Readonly<Record<CiSystem, string>> = {
  github: ".github/workflows/ilert-datadog.yml",
  gitlab: ".gitlab-ci.yml",
};

/** The Terraform version the plan jobs install (the one the library is tested with). */
export const CI_TERRAFORM_VERSION = "1.11.4";

/** The workflow of `system` for a project of `framework` (its CLI; cdktn-cli needs Node.js 22). */
export function ciWorkflow(system: CiSystem, framework: { readonly name: "cdktf" | "cdktn" }): string {
  const cli = framework.name;
  const node = cli === "cdktn" ? "22" : "20";
  return system === "github" ? githubWorkflow(cli, node) : gitlabPipeline(cli, node);
}

function githubWorkflow(cli: string, node: string): string {
  return `# Written by \`ilert-datadog init --ci github\`. For each pull request: who moves on call (posted
# on the request), and a plan of each changed stack in a job of its own, against its remote state.
# Secrets: ILERT_API_TOKEN, DD_API_KEY, DD_APP_KEY and the backend's credentials; the variable
# ILERT_DATADOG_STACKS (optional) narrows the stacks planned. See docs/ci.md of cdktf-ilert-datadog.
name: ilert-datadog

on:
  pull_request:

permissions:
  contents: read
  pull-requests: write

concurrency:
  group: ilert-datadog-\${{ github.event.pull_request.number }}
  cancel-in-progress: true

env:
  CHECKPOINT_DISABLE: "1"
  DISABLE_VERSION_CHECK: "true"

jobs:
  who-moves:
    runs-on: ubuntu-latest
    outputs:
      stacks: \${{ steps.stacks.outputs.stacks }}
    env:
      BASE_SHA: \${{ github.event.pull_request.base.sha }}
      BASE_DIR: \${{ runner.temp }}/base
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: actions/setup-node@v4
        with:
          node-version: ${node}
          cache: npm
      - name: Synthesize the base
        run: |
          git worktree add --detach "$BASE_DIR" "$BASE_SHA"
          cd "$BASE_DIR"
          npm ci --no-audit --no-fund
          npx ${cli} synth
      - name: Synthesize the change
        run: |
          npm ci --no-audit --no-fund
          npx ${cli} synth
      - name: Who moves on call
        run: |
          npx ilert-datadog oncall --diff "$BASE_DIR/cdktf.out" > who-moves.md
          # A comment holds 65,536 characters: a longer diff is cut at a line (whole in the artifact).
          if [ "$(wc -c < who-moves.md)" -gt 60000 ]; then
            head -c 60000 who-moves.md | sed '$d' > who-moves-comment.md
            printf '\\n(Cut here: the whole diff is the artifact who-moves of this run.)\\n' >> who-moves-comment.md
          else
            cp who-moves.md who-moves-comment.md
          fi
          cat who-moves-comment.md >> "$GITHUB_STEP_SUMMARY"
      - uses: actions/upload-artifact@v4
        with:
          name: who-moves
          path: who-moves.md
      - name: Post who moves on the pull request
        # A pull request from a fork gets a read-only token: its diff is in the run's summary only.
        if: github.event.pull_request.head.repo.full_name == github.repository
        env:
          GH_TOKEN: \${{ github.token }}
          PR: \${{ github.event.pull_request.number }}
        run: gh pr comment "$PR" --body-file who-moves-comment.md --edit-last || gh pr comment "$PR" --body-file who-moves-comment.md
      - name: The stacks to plan
        id: stacks
        env:
          ILERT_DATADOG_STACKS: \${{ vars.ILERT_DATADOG_STACKS }}
        run: echo "stacks=$(npx ilert-datadog stacks --json --changed "$BASE_DIR/cdktf.out")" >> "$GITHUB_OUTPUT"

  plan:
    needs: who-moves
    if: needs.who-moves.outputs.stacks != '[]'
    runs-on: ubuntu-latest
    strategy:
      fail-fast: false
      # At most 256 jobs: more changed stacks fail the workflow; narrow them with ILERT_DATADOG_STACKS.
      matrix:
        stack: \${{ fromJSON(needs.who-moves.outputs.stacks) }}
    env:
      STACK: \${{ matrix.stack }}
      ILERT_DATADOG_STACKS: \${{ matrix.stack }}
      ILERT_API_TOKEN: \${{ secrets.ILERT_API_TOKEN }}
      DD_API_KEY: \${{ secrets.DD_API_KEY }}
      DD_APP_KEY: \${{ secrets.DD_APP_KEY }}
      # The backend's credentials, e.g. for S3:
      # AWS_ACCESS_KEY_ID: \${{ secrets.AWS_ACCESS_KEY_ID }}
      # AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: ${node}
          cache: npm
      - uses: hashicorp/setup-terraform@v3
        with:
          terraform_version: ${CI_TERRAFORM_VERSION}
          terraform_wrapper: false
      - name: Plan
        run: |
          npm ci --no-audit --no-fund
          npx ${cli} diff "$STACK"
`;
}

function gitlabPipeline(cli: string, node: string): string {
  return `# Written by \`ilert-datadog init --ci gitlab\`. For each merge request: who moves on call (posted
# as a note), and a plan of each changed stack in a job of its own (a child pipeline), against its
# remote state. CI/CD variables: ILERT_DATADOG_NOTE_TOKEN (an access token with the api scope, for
# the note), ILERT_API_TOKEN, DD_API_KEY, DD_APP_KEY (masked) and the backend's credentials;
# ILERT_DATADOG_STACKS (optional) narrows what is built, compared and planned. See docs/ci.md of
# cdktf-ilert-datadog.
stages:
  - who-moves
  - plan

variables:
  CHECKPOINT_DISABLE: "1"
  DISABLE_VERSION_CHECK: "true"

who-moves:
  stage: who-moves
  image: node:${node}
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
  variables:
    GIT_DEPTH: "0"
  script:
    - export BASE_DIR="$(mktemp -d)/base"
    - git worktree add --detach "$BASE_DIR" "$CI_MERGE_REQUEST_DIFF_BASE_SHA"
    - (cd "$BASE_DIR" && npm ci --no-audit --no-fund && npx ${cli} synth)
    - npm ci --no-audit --no-fund
    - npx ${cli} synth
    - npx ilert-datadog oncall --diff "$BASE_DIR/cdktf.out" > who-moves.md
    # A note holds 1,000,000 characters: a longer diff is cut at a line (whole in the artifacts).
    - |
      if [ "$(wc -c < who-moves.md)" -gt 999000 ]; then
        head -c 999000 who-moves.md | sed '$d' > who-moves-note.md
        printf '\\n(Cut here: the whole diff is who-moves.md in the job artifacts.)\\n' >> who-moves-note.md
      else
        cp who-moves.md who-moves-note.md
      fi
    - >-
      curl --fail-with-body --silent --show-error --request POST
      --header "PRIVATE-TOKEN: $ILERT_DATADOG_NOTE_TOKEN" --data-urlencode "body@who-moves-note.md"
      "$CI_API_V4_URL/projects/$CI_PROJECT_ID/merge_requests/$CI_MERGE_REQUEST_IID/notes"
    - npx ilert-datadog stacks --json --changed "$BASE_DIR/cdktf.out" > stacks.json
    # The child pipeline: a plan job per stack (JSON is YAML).
    - |
      node -e '
        const stacks = JSON.parse(require("fs").readFileSync("stacks.json", "utf8"));
        const tf = "https://releases.hashicorp.com/terraform/${CI_TERRAFORM_VERSION}/terraform_${CI_TERRAFORM_VERSION}_linux_amd64.zip";
        const plan = (stack) => ({
          stage: "plan",
          image: "node:${node}",
          variables: { STACK: stack, ILERT_DATADOG_STACKS: stack, CHECKPOINT_DISABLE: "1", DISABLE_VERSION_CHECK: "true" },
          script: [
            "apt-get update -qq && apt-get install -y -qq unzip",
            "curl -fsSLo /tmp/terraform.zip " + tf + " && unzip -o -q /tmp/terraform.zip -d /usr/local/bin",
            "npm ci --no-audit --no-fund",
            "npx ${cli} diff \\"$STACK\\"",
          ],
        });
        const none = { "nothing to plan": { stage: "plan", image: "node:${node}", script: ["echo no stack changed"] } };
        const jobs = stacks.length > 0 ? Object.fromEntries(stacks.map((s) => ["plan " + s, plan(s)])) : none;
        process.stdout.write(JSON.stringify({ stages: ["plan"], ...jobs }, null, 2) + "\\n");
      ' > plan-pipeline.yml
  artifacts:
    paths:
      - who-moves.md
      - stacks.json
      - plan-pipeline.yml

plan:
  stage: plan
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
  needs:
    - who-moves
  trigger:
    include:
      - artifact: plan-pipeline.yml
        job: who-moves
    strategy: depend
`;
}
