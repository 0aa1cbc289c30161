import "server-only";
import { AppError } from "@/lib/errors";
import { checkPasswordStrength, personalWords } from "@/lib/auth/password-strength";

/**
 * The one strength gate for a new password, at sign-up, change and reset
 * alike: refused with zxcvbn's reason and advice, on the form field given.
 */
export async function assertStrongPassword(password: string, { email, name, field }: { email?: string | null; name?: string | null; field: string }): Promise<void> {
  const verdict = await checkPasswordStrength(password, personalWords(email, name));
  if (!verdict.ok) throw new AppError("bad_request", verdict.message, { field });
}
