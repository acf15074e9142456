import * as fc from "fast-check";
import { TerraformStack } from "cdktf";
import { IlertDatadogValidationError } from "../../constructs";
import { synth } from "./synth";
import { fcRuns } from "./terraform-literal";

/** Values of the wrong kind, as JavaScript callers or JSON config could pass them. */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.string(),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string(), { maxKeys: 3 }),
);

/** Mostly `valid`, sometimes junk. */
export function mostly<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<T | unknown> {
  return fc.oneof({ weight: 9, arbitrary: valid }, { weight: 1, arbitrary: junk });
}

/** `valid` or absent (undefined), sometimes junk. */
export function optional<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<T | unknown> {
  return fc.oneof({ weight: 10, arbitrary: fc.constant(undefined) }, { weight: 9, arbitrary: valid }, { weight: 1, arbitrary: junk });
}

/**
 * Property: for random props, declaring the construct either synthesizes valid JSON that holds the
 * expected resource type, or throws IlertDatadogValidationError, never any other exception.
 * Returns how many cases synthesized, so a test can check the generator is not all junk. Seeded (FC_SEED
 * overrides), so that count cannot fall under a test's threshold by chance on one CI run in many.
 */
export function synthesizesOrRejects<P>(
  props: fc.Arbitrary<P>,
  build: (stack: TerraformStack, props: P) => void,
  resourceType: string,
  defaultRuns = 1000,
): number {
  let synthesized = 0;
  fc.assert(
    fc.property(props, (p) => {
      let json: string;
      try {
        json = synth((stack) => build(stack, p)).json;
      } catch (e) {
        if (e instanceof IlertDatadogValidationError) return;
        throw e;
      }
      const tf = JSON.parse(json);
      expect(Object.keys(tf.resource?.[resourceType] ?? {}).length).toBeGreaterThan(0);
      synthesized++;
    }),
    { numRuns: fcRuns(defaultRuns), seed: fuzzSeed() },
  );
  return synthesized;
}

/** FC_SEED when it is an integer, else a fixed seed. */
function fuzzSeed(): number {
  const fromEnv = Number(process.env.FC_SEED);
  return process.env.FC_SEED !== undefined && Number.isInteger(fromEnv) ? fromEnv : 20261204;
}

/**
 * Text as a hostile or careless source could give it: markup, quotes, backslashes, and the characters
 * no output may show as they are (constructs/core/shown-text.ts: ESC, NUL, CR, LF, bidirectional
 * overrides, ...), mixed with ordinary letters and any other code point.
 */
export function hostileText(maxLength = 200): fc.Arbitrary<string> {
  return fc.string({
    unit: fc.oneof(
      fc.constantFrom(
        "\u0000",
        "\u001b",
        "\r",
        "\n",
        "\t",
        "\u007f",
        "\u0085",
        "\u009b",
        "\u061c",
        "\u200e",
        "\u202e",
        "\u2028",
        "\u2066",
        "\u2069",
      ),
      fc.constantFrom("a", "Z", "0", " ", '"', "'", "\\", "|", "<", ">", "&", "`", "#", "%", ";", ",", "é", "😀"),
      fc
        .integer({ min: 0, max: 0x10ffff })
        .filter((c) => c < 0xd800 || c > 0xdfff)
        .map((c) => String.fromCodePoint(c)),
    ),
    maxLength,
  });
}
