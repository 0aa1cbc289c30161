import { z } from "zod";

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

const email = z
  .string({ error: "Enter your email address." })
  .trim()
  .min(1, "Enter your email address.")
  .max(254, "An email address has at most 254 characters.")
  .pipe(z.email({ error: "Enter a valid email address, like name@example.com." }))
  .transform((v) => v.toLowerCase());

/** A person's display name, at sign-up and in settings. */
export const personName = z
  .string()
  .trim()
  .max(80, "Your name can have at most 80 characters.")
  // Control characters (NUL above all) cannot be stored and never belong in a name.
  .refine((v) => !/[\u0000-\u001f\u007f]/.test(v), "Your name cannot contain control characters such as tabs or line breaks.");

export const signInSchema = z.object({
  email,
  password: z
    .string({ error: "Enter your password." })
    .min(1, "Enter your password.")
    .max(PASSWORD_MAX, `Passwords have at most ${PASSWORD_MAX} characters.`),
});

export const signUpSchema = z.object({
  name: personName
    .optional()
    .transform((v) => (v ? v : undefined)),
  email,
  password: z
    .string({ error: "Choose a password." })
    .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters for your password.`)
    .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters for your password.`),
});

/**
 * Where to go after signing in: only ever a path on this site. Absolute URLs
 * (Auth.js sends those) are reduced to their path and query, so a link to
 * another host can never be used to redirect away.
 */
export function safeCallbackPath(value: unknown, fallback = "/dashboard"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 1000) return fallback;
  let url: URL;
  try {
    url = new URL(value, "http://mockline.invalid");
  } catch {
    return fallback;
  }
  const path = `${url.pathname}${url.search}`;
  if (!path.startsWith("/") || path.startsWith("//") || path === "/") return fallback;
  if (url.pathname.startsWith("/sign-in") || url.pathname.startsWith("/sign-up") || url.pathname.startsWith("/api/")) return fallback;
  return path.slice(0, 500);
}

export { email as emailSchema };
