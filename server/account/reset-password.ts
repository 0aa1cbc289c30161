import "server-only";
import { consumePasswordResetToken, findPasswordResetToken, getAccountByUser } from "@/db/queries/account";
import { AppError } from "@/lib/errors";
import { DEAD_LINK_MESSAGE, RESET_TOKEN_PATTERN, resetTokenState, type ResetTokenState } from "@/lib/auth/reset-token";
import { assertStrongPassword } from "@/server/account/passwords";
import { hashResetToken } from "@/server/account/reset-token";
import { hashPassword } from "@/server/auth/password";
import { rememberGeneration } from "@/server/auth/session-generation";

/** Whether a link still works, for the reset page (it shows the form or "ask for a new link"). */
export async function resetLinkState({ token, now }: { token: string | undefined; now: Date }): Promise<ResetTokenState> {
  if (!token || !RESET_TOKEN_PATTERN.test(token)) return "unknown";
  return resetTokenState(await findPasswordResetToken({ tokenHash: hashResetToken(token) }), now);
}

/**
 * Set a new password through a reset link: once, before it expires. Every
 * session of the account ends (the person signs in with the new password).
 * Returns the account's email, to sign in with.
 */
export async function resetPassword({ token, newPassword, now }: { token: string; newPassword: string; now: Date }): Promise<{ email: string }> {
  const dead = () => new AppError("bad_request", DEAD_LINK_MESSAGE, { field: "token", dead: true });
  if (!RESET_TOKEN_PATTERN.test(token)) throw dead();
  const tokenHash = hashResetToken(token);
  const row = await findPasswordResetToken({ tokenHash });
  if (resetTokenState(row, now) !== "valid" || !row) throw dead();
  const account = await getAccountByUser({ userId: row.userId });
  if (!account) throw dead();
  // Judged before the link is spent: a weak password leaves the link usable for a better one.
  await assertStrongPassword(newPassword, { email: account.email, name: account.name, field: "password" });
  const passwordHash = await hashPassword(newPassword);
  const done = await consumePasswordResetToken({ tokenHash, passwordHash, accept: (locked) => resetTokenState(locked, now) === "valid" });
  if (!done) throw dead();
  rememberGeneration(done.userId, done.generation);
  return { email: account.email };
}
