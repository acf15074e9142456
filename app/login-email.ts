import { z } from "zod";

/** The longest login email iLert takes, in UTF-8 bytes. */
export const MAX_LOGIN_EMAIL_BYTES = 255;

/** Whether a text is too long to be an iLert login email, whatever its form. */
export function isOverLoginEmailLength(value: string): boolean {
  return Buffer.byteLength(value, "utf8") > MAX_LOGIN_EMAIL_BYTES;
}

/**
 * A login email: iLert takes 1-255 bytes (checked here, at the person's path, not by the construct
 * made from it). The length first: a text too long for a login is reported for that alone, not
 * also as no email (a pipe runs its second schema only on what passed the first).
 */
export const loginEmail = z
  .string()
  .refine((value) => !isOverLoginEmailLength(value), { message: `an email address of at most ${MAX_LOGIN_EMAIL_BYTES} bytes (UTF-8)` })
  .pipe(z.string().email());
