import "server-only";
import { getAccountByUser, getPasswordHashByUser, setPasswordByUser } from "@/db/queries/account";
import { AppError } from "@/lib/errors";
import { assertStrongPassword } from "@/server/account/passwords";
import { countAttempt, limitedFor, type CountedBucket } from "@/server/account/attempt-limit";
import { hashPassword, verifyPassword } from "@/server/auth/password";
import { rememberGeneration } from "@/server/auth/session-generation";

/** Wrong current passwords per account: a stolen session must not become a way to guess the password. */
const CURRENT_PASSWORD_LIMIT = { max: 10, windowMs: 15 * 60 * 1000 };

/**
 * Change a password: the current one is required (when the account has one),
 * the new one must be strong, and every session issued before ends. Returns
 * the new session generation, so the caller can keep the device it runs on
 * signed in.
 */
export async function changePassword({
  userId,
  currentPassword,
  newPassword,
  now,
}: {
  userId: string;
  currentPassword: string | undefined;
  newPassword: string;
  now: Date;
}): Promise<number> {
  const account = await getAccountByUser({ userId });
  const storedHash = await getPasswordHashByUser({ userId });
  if (!account || storedHash === undefined) throw new AppError("unauthorized", "Sign in to continue.");
  const guard: CountedBucket[] = [{ bucket: `password-check:${userId}`, rule: CURRENT_PASSWORD_LIMIT }];
  if (storedHash) {
    const wait = await limitedFor(guard, now);
    if (wait > 0) {
      const minutes = Math.max(1, Math.ceil(wait / 60_000));
      throw new AppError("rate_limited", `Too many wrong current passwords. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`, { field: "currentPassword" });
    }
    if (!currentPassword || !(await verifyPassword(storedHash, currentPassword))) {
      await countAttempt(guard, now);
      throw new AppError("bad_request", "That is not your current password. Nothing was changed.", { field: "currentPassword" });
    }
  }
  if (currentPassword && currentPassword === newPassword) {
    throw new AppError("bad_request", "The new password is the same as the current one. Choose a different one.", { field: "newPassword" });
  }
  await assertStrongPassword(newPassword, { email: account.email, name: account.name, field: "newPassword" });
  const generation = await setPasswordByUser({ userId, passwordHash: await hashPassword(newPassword) });
  if (generation === undefined) throw new AppError("unauthorized", "Sign in to continue.");
  rememberGeneration(userId, generation);
  return generation;
}
