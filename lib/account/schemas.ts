import { z } from "zod";
import { PASSWORD_MAX, PASSWORD_MIN, emailSchema, personName } from "@/lib/auth/schemas";
import { isValidTimeZone } from "@/lib/zoned-time";

/** A new password's length; how guessable it is, is judged by the strength check (lib/auth/password-strength.ts). */
const newPassword = z
  .string({ error: "Choose a new password." })
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters for your password.`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters for your password.`);

export const profileSchema = z.object({
  name: personName
    .optional()
    .transform((v) => (v ? v : null)),
  timeZone: z
    .string()
    .trim()
    .max(64, "That time zone name is too long.")
    .refine((v) => v === "" || isValidTimeZone(v), "That is not a time zone we know. Use an IANA name such as Europe/Paris.")
    .optional()
    .transform((v) => (v ? v : null)),
});

export const changePasswordSchema = z.object({
  /** Absent only for accounts that have no password yet (GitHub or Google sign-in). */
  currentPassword: z.string().max(PASSWORD_MAX, `Passwords have at most ${PASSWORD_MAX} characters.`).optional(),
  newPassword,
});

export const forgotPasswordSchema = z.object({ email: emailSchema });

export const resetPasswordSchema = z.object({
  token: z.string({ error: "This reset link is incomplete. Ask for a new one." }).min(1, "This reset link is incomplete. Ask for a new one.").max(200, "This reset link is not valid. Ask for a new one."),
  password: newPassword,
});

export const deleteAccountSchema = z.object({
  confirmEmail: z
    .string({ error: "Type your account's email to confirm." })
    .min(1, "Type your account's email to confirm.")
    .max(254, "An email address has at most 254 characters."),
});
