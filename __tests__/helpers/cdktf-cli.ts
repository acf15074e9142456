/**
 * Whether the cdktf CLI (cdktf-cli 0.21, the last release) can start on this Node. It loads
 * `@cdktf/node-pty-prebuilt-multiarch` at start-up, which ships native builds up to Node 22's ABI
 * and none for Node 24 (ERR_DLOPEN_FAILED / MODULE_NOT_FOUND there): on Node 24 every `cdktf`
 * command fails before it reads cdktf.json. Tests that run the CLI are skipped there, saying why;
 * the library and the `ilert-datadog` command do not need it (docs/cli.md).
 */
export function cdktfCliUnavailable(): string | undefined {
  try {
    require("@cdktf/node-pty-prebuilt-multiarch");
    return undefined;
  } catch (e) {
    return `cdktf-cli 0.21 cannot start on Node ${process.version}: its node-pty has no build for this Node (${(e as NodeJS.ErrnoException).code})`;
  }
}

/** `describe` where the cdktf CLI can start; elsewhere `describe.skip`, with the reason printed once. */
export function describeWithCdktfCli(name: string, body: () => void): void {
  const reason = cdktfCliUnavailable();
  if (reason !== undefined) console.warn(`skipped "${name}": ${reason}`);
  (reason === undefined ? describe : describe.skip)(name, body);
}
