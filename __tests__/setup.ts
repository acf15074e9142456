import { Testing } from "cdktf";
// Types of cdktf's jest matchers (toHaveResourceWithProperties, ...).
import "cdktf/lib/testing/adapters/jest";

Testing.setupJest();

// cdktf records a full stack trace for every token it creates, on a plain object, dozens per
// resource, and Jest's source-map-support would map every frame of every such trace. The tests use
// the app command's own hook (scripts/token-stacks.js): those bookkeeping traces are left empty,
// while errors keep their source-mapped stacks.
require("../scripts/token-stacks").skipTokenStacks();
