// Benchmark baseline: the example app (main.ts) as a typical cdktf project writes and runs it: the
// providers are declared from the packages' root indexes, which load (and, under ts-node, type-check)
// every resource of the provider, and `npm run bench` runs it with ts-node, as `cdktf init` sets up.
import { App } from "cdktf";
import * as datadog from "@cdktf/provider-datadog";
import * as ilert from "../../.gen/providers/ilert";
import { PaymentsOnCallStack } from "../../main";

const app = new App();
const stack = new PaymentsOnCallStack(app, "payments-oncall");
new ilert.provider.IlertProvider(stack, "ilert");
new datadog.provider.DatadogProvider(stack, "datadog");
app.synth();
