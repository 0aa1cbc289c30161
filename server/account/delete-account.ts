import "server-only";
import { deleteAccountByUser, getAccountByUser } from "@/db/queries/account";
import { AppError } from "@/lib/errors";
import { accountBucket } from "@/server/auth/sign-in";
import { resetRequestBuckets } from "@/lib/auth/reset-token";
import { rememberGeneration } from "@/server/auth/session-generation";

/**
 * Delete an account and everything in it, once the person has typed their
 * email to confirm. Every session of theirs ends with it (no account, no
 * generation: each cookie is refused on every instance).
 */
export async function deleteAccount({ userId, confirmEmail }: { userId: string; confirmEmail: string }): Promise<void> {
  const account = await getAccountByUser({ userId });
  if (!account) throw new AppError("unauthorized", "Sign in to continue.");
  if (confirmEmail.trim().toLowerCase() !== account.email.toLowerCase()) {
    throw new AppError("bad_request", "Type your account's email exactly to confirm. Nothing was deleted.", { field: "confirmEmail" });
  }
  const buckets = [accountBucket(account.email), resetRequestBuckets(account.email, undefined).email, `password-check:${userId}`];
  await deleteAccountByUser({ userId, buckets });
  rememberGeneration(userId, undefined);
}
