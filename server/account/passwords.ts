import "server-only";
import { AppError } from "@/lib/errors";
import { checkPasswordStrength, personalWords } from "@/lib/auth/password-strength";

interface Owner {
  email?: string | null;
  name?: string | null;
}

/** Why a new password is refused (zxcvbn's reason and advice), or null when it is strong enough. */
export async function weakPasswordMessage(password: string, { email, name }: Owner): Promise<string | null> {
  const verdict = await checkPasswordStrength(password, personalWords(email, name));
  return verdict.ok ? null : verdict.message;
}

/** The one strength gate for a new password, at sign-up, change and reset alike; refused on the form field given. */
export async function assertStrongPassword(password: string, owner: Owner & { field: string }): Promise<void> {
  const message = await weakPasswordMessage(password, owner);
  if (message) throw new AppError("bad_request", message, { field: owner.field });
}
