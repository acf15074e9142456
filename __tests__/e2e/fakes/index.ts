// The sandbox's API fakes as a package: what `ilert-datadog sandbox` loads, from the companion package
// ilert-datadog-sandbox (packed from this folder by scripts/sandbox-package.js) or, in this repository,
// from here (scripts/ilert-datadog.js). The fakes themselves are the end-to-end test's.
export { FAKE_CREDENTIALS, startFakes } from "./fakes";
export type { RunningFakes } from "./fakes";
export { checkSeed, readSeed } from "./ilert/seed";
export type { IlertSeed } from "./ilert/seed";
