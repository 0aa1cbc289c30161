import "server-only";
import { getUserByEmail } from "@/db/queries/users";
import { replacePasswordResetToken } from "@/db/queries/account";
import { AppError } from "@/lib/errors";
import { passwordResetMail } from "@/lib/account/mail-messages";
import { RESET_REQUEST_LIMITS, RESET_TOKEN_TTL_MS, resetLink, resetRequestBuckets, tooManyResetRequestsMessage } from "@/lib/auth/reset-token";
import { countAttempt, limitedFor, type CountedBucket } from "@/server/account/attempt-limit";
import { newResetToken } from "@/server/account/reset-token";
import { sendMailInBackground } from "@/server/mail/mailer";

/**
 * Make a one-time reset link for an account: the token goes into the link,
 * only its hash into the database. Used by the mail flow and by the admin
 * command (`npm run user -- reset-password EMAIL`). Undefined: no such account.
 */
export async function issuePasswordResetLink({ email, origin, now }: { email: string; origin: string; now: Date }): Promise<{ link: string; expiresAt: Date } | undefined> {
  const user = await getUserByEmail(email);
  if (!user) return undefined;
  const { token, tokenHash } = newResetToken();
  const expiresAt = new Date(now.getTime() + RESET_TOKEN_TTL_MS);
  await replacePasswordResetToken({ userId: user.id, tokenHash, expiresAt, now });
  return { link: resetLink(origin, token), expiresAt };
}

/**
 * "Forgot password?": the same answer, in about the same time, whether or not
 * an account uses the email. The request is counted and checked against the
 * limits (the same work for any email); everything that depends on the account
 * existing — the token and the mail — runs after the response, through `later`.
 */
export async function requestPasswordReset({
  email,
  ip,
  origin,
  now,
  later,
}: {
  email: string;
  ip: string | undefined;
  origin: string;
  now: Date;
  /** Runs work after the response is sent (Next's `after`). */
  later: (task: () => Promise<unknown>) => void;
}): Promise<void> {
  const names = resetRequestBuckets(email, ip);
  const buckets: CountedBucket[] = [{ bucket: names.email, rule: RESET_REQUEST_LIMITS.email }];
  if (names.ip) buckets.push({ bucket: names.ip, rule: RESET_REQUEST_LIMITS.ip });
  const wait = await limitedFor(buckets, now);
  if (wait > 0) throw new AppError("rate_limited", tooManyResetRequestsMessage(wait));
  await countAttempt(buckets, now);
  later(async () => {
    const issued = await issuePasswordResetLink({ email, origin, now });
    if (!issued) return;
    await sendMailInBackground(passwordResetMail({ to: email, link: issued.link, minutes: RESET_TOKEN_TTL_MS / 60_000 }), "password reset");
  });
}
