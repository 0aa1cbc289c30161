import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import {
  getUserByEmail,
  listSignInFailuresSince,
  recordSignInFailure,
} from "@/db/queries/users";
import type { User } from "@/db/schema";
import { SIGN_IN_LIMIT, failureBuckets, rateLimitVerdict, tooManyAttemptsMessage } from "@/lib/auth/rate-limit";
import { verifyPassword } from "@/server/auth/password";

export type CredentialCheck =
  | { ok: true; user: User }
  | { ok: false; reason: "rate_limited"; message: string; retryAfterMs: number }
  | { ok: false; reason: "unknown_email" | "wrong_password" | "no_password"; message: string };

/** Is this account or address over the failed sign-in limit right now? */
export async function checkSignInLimit(email: string | undefined, ip: string | undefined, now = new Date()) {
  const buckets = failureBuckets(email, ip);
  const failures = await listSignInFailuresSince(buckets, new Date(now.getTime() - SIGN_IN_LIMIT.windowMs));
  let worst = { limited: false, retryAfterMs: 0 };
  for (const times of failures.values()) {
    const v = rateLimitVerdict(times, now);
    if (v.limited && v.retryAfterMs >= worst.retryAfterMs) worst = v;
  }
  return { ...worst, message: worst.limited ? tooManyAttemptsMessage(worst.retryAfterMs) : "" };
}

/**
 * The one credential check, used by the sign-in form and by Auth.js's
 * Credentials provider. Every failure is counted against the account and
 * the client address.
 */
export async function checkCredentials(email: string, password: string, ip: string | undefined): Promise<CredentialCheck> {
  const limit = await checkSignInLimit(email, ip);
  if (limit.limited) return { ok: false, reason: "rate_limited", message: limit.message, retryAfterMs: limit.retryAfterMs };
  const user = await getUserByEmail(email);
  const fail = async (reason: "unknown_email" | "wrong_password" | "no_password", message: string) => {
    await recordSignInFailure(failureBuckets(email, ip));
    return { ok: false as const, reason, message };
  };
  if (!user) return fail("unknown_email", "No account uses this email. Check it, or create an account.");
  if (!user.passwordHash) {
    return fail("no_password", "This account signs in with GitHub or Google. Use that button instead.");
  }
  if (!(await verifyPassword(user.passwordHash, password))) return fail("wrong_password", "Wrong password. Try again.");
  return { ok: true, user };
}

/**
 * One sign-in verifies the password once. The sign-in form hands the
 * credentials to Auth.js, whose Credentials provider runs `checkCredentials`;
 * the provider leaves its verdict here, in the form's own async context, so
 * the form can say exactly what went wrong without checking a second time.
 */
const verdicts = new AsyncLocalStorage<{ check?: CredentialCheck }>();

export function noteCredentialCheck(check: CredentialCheck): void {
  const slot = verdicts.getStore();
  if (slot) slot.check = check;
}

/** Run a sign-in and return the credential check it made (undefined when none ran). */
export async function withCredentialVerdict<T>(fn: () => Promise<T>): Promise<{ result?: T; error?: unknown; check?: CredentialCheck }> {
  const slot: { check?: CredentialCheck } = {};
  try {
    const result = await verdicts.run(slot, fn);
    return { result, check: slot.check };
  } catch (error) {
    return { error, check: slot.check };
  }
}

/**
 * The client address, for the per-address sign-in limit. Forwarded headers can
 * be forged by anyone who reaches the app directly, so they count only when
 * TRUST_PROXY says a reverse proxy in front sets them.
 */
export function clientIp(headers: Headers, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.TRUST_PROXY !== "1" && env.TRUST_PROXY !== "true") return undefined;
  const fwd = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return (fwd || headers.get("x-real-ip") || undefined)?.slice(0, 64);
}
