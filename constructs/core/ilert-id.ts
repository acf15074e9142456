import { IConstruct } from "constructs";
import { Token, Tokenization } from "cdktf";
import { fail, isUnresolved } from "./validate";

/**
 * iLert ids: positive integers. The provider parses id strings with `strconv.ParseInt(s, 10, 64)`
 * and reads integer id fields (`team { id }`, `user { id }`, ...) as int64, while cdktf writes
 * numbers through JavaScript doubles. So an id given as a string must fit int64, and an id the
 * library writes as a number must be a safe integer, or it would be rounded to another id.
 */

/** Digits without a leading zero, at most 19 of them (int64 has 19 digits). */
export const ILERT_ID_PATTERN = /^[1-9][0-9]{0,18}$/;

/** The largest id the provider can parse: int64's maximum. */
export const MAX_ILERT_ID = 9223372036854775807n;

/** The largest id written exactly as a JavaScript number (`Number.MAX_SAFE_INTEGER`). */
export const MAX_NUMERIC_ILERT_ID = Number.MAX_SAFE_INTEGER;

/** The fix of an invalid id when the caller has no better one. */
export const ILERT_ID_FIX = 'use the numeric id shown in the object\'s iLert URL, e.g. "1234", or look the object up by name instead';

/** Checks an iLert id given as a string (a token passes) and returns it. `fix` says how to get a valid one. */
export function checkIlertId(scope: IConstruct | string, prop: string, value: unknown, fix: string = ILERT_ID_FIX): string {
  if (isUnresolved(value)) return value as string;
  // A JavaScript caller may pass the id as a number; say what to write instead.
  if (typeof value === "number" && Number.isSafeInteger(value) && value > 0) {
    fail(scope, prop, value, "a string of digits (a numeric iLert id)", `pass the id as a string: "${value}"`);
  }
  if (typeof value !== "string" || !ILERT_ID_PATTERN.test(value)) fail(scope, prop, value, "digits (a numeric iLert id)", fix);
  if (BigInt(value) > MAX_ILERT_ID) {
    fail(scope, prop, value, `an iLert id from 1 to ${MAX_ILERT_ID} (the provider reads ids as 64-bit integers)`, fix);
  }
  return value;
}

/**
 * A checked id as the number integer id fields take (`team { id }`, `user { id }`); a token stays
 * a reference. Fails (`prop` of `scope`) for an id JavaScript cannot write exactly. An id that is
 * one token (a resource's `id`) becomes that token's number form, which cdktf keeps per token:
 * `Token.asNumber` of the string would wrap it in a new token (with its creation stack) per call.
 */
export function idAsNumber(scope: IConstruct | string, prop: string, id: string, fix: string = ILERT_ID_FIX): number {
  if (Token.isUnresolved(id)) {
    const fragments = Tokenization.reverseString(id);
    return Token.asNumber(fragments.length === 1 ? (fragments.firstToken ?? id) : id);
  }
  checkIlertId(scope, prop, id, fix);
  const number = Number(id);
  if (!Number.isSafeInteger(number)) {
    fail(
      scope,
      prop,
      id,
      `an iLert id from 1 to ${MAX_NUMERIC_ILERT_ID} here, where it is written as a number (a larger one would be rounded to another id)`,
      fix,
    );
  }
  return number;
}
