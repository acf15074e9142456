// Benchmark floor: Node loading cdktf and synthesizing an empty stack; nothing an app can do costs less.
"use strict";
const { App, TerraformStack } = require("cdktf");

const app = new App();
new TerraformStack(app, "empty");
app.synth();
