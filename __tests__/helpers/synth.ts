import { Testing, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { IlertDatadogValidationError } from "../../constructs/core/errors";

/** A synthesized stack, parsed. */
export interface Synthesized {
  readonly json: string;
  readonly tf: Record<string, any>;
}

/** Synthesizes what `build` declares in a fresh test stack (aspects run, as in `cdktf synth`). */
export function synth(build: (stack: TerraformStack) => void): Synthesized {
  const app = Testing.app();
  const stack = new TerraformStack(app, "test");
  build(stack);
  const json = Testing.synth(stack);
  return { json, tf: JSON.parse(json) };
}

/** The single resource of `type` in a synthesized stack, with its Terraform address name. */
export function only(tf: Record<string, any>, block: "resource" | "data", type: string): { name: string; body: Record<string, any> } {
  const entries = Object.entries(tf[block]?.[type] ?? {});
  if (entries.length !== 1) throw new Error(`expected one ${block} ${type}, found ${entries.length}`);
  const [name, body] = entries[0] as [string, Record<string, any>];
  return { name, body };
}

/** Runs `fn` and returns the error it throws (fails the test if it does not throw). */
export function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error("expected an error, none was thrown");
}

/** Whether `fn` passes the library's checks: false when it throws the validation error; any other error fails the test. */
export function passes(fn: () => unknown): boolean {
  try {
    fn();
    return true;
  } catch (e) {
    if (e instanceof IlertDatadogValidationError) return false;
    throw e;
  }
}

/** A construct scope for handle factories in tests. */
export type Scope = Construct;
