import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { createHash } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { getUserByEmail, listSignInFailuresSince, pruneSignInFailures, recordSignInFailure } from "@/db/queries/users";
import type { User } from "@/db/schema";
import {
  CLIENT_SIGN_IN_LIMIT,
  SIGN_IN_LIMIT,
  accountDelayMs,
  rateLimitVerdict,
  signInBuckets,
  tooManyAttemptsMessage,
  type SignInBuckets,
} from "@/lib/auth/rate-limit";
import { verifyPassword, verifyAgainstDummy } from "@/server/auth/password";
import { logEvent } from "@/server/log";

export type CredentialCheck =
  | { ok: true; user: User }
  | { ok: false; reason: "rate_limited"; message: string; retryAfterMs: number }
  | { ok: false; reason: "unknown_email" | "wrong_password" | "no_password"; message: string };

/**
 * One message for an unknown email and a wrong password, so the form never
 * says whether an address has an account. It still says what to do.
 */
export const WRONG_CREDENTIALS_MESSAGE = "Wrong email or password. Check both and try again, or reset your password.";

const digest = (s: string) => createHash("sha256").update(s).digest("hex").slice(0, 32);

/** The counter of an account's own failures (from anywhere), for what forgets an account. */
export function accountBucket(email: string): string {
  return signInBuckets(email, undefined, digest).account;
}

/** The counter of one (account, client) pair. */
export function pairBucket(email: string, ip: string): string {
  return signInBuckets(email, ip, digest).pair!;
}

/**
 * Is this client over its limits right now (for this account, or for all)?
 * The account alone is never refused: see SIGN_IN_LIMIT's rules. Also says how
 * long the account's next attempt waits.
 */
export async function checkSignInLimit(email: string | undefined, ip: string | undefined, now = new Date()) {
  const b: SignInBuckets = email ? signInBuckets(email, ip, digest) : { account: "", ...(ip ? { client: `ip:${ip.slice(0, 64)}` } : {}) };
  const names = [b.account, b.client, b.pair].filter((x): x is string => !!x);
  const windowStart = new Date(now.getTime() - Math.max(SIGN_IN_LIMIT.windowMs, CLIENT_SIGN_IN_LIMIT.windowMs));
  const failures = await listSignInFailuresSince(names, windowStart);
  const verdicts = [
    b.pair ? rateLimitVerdict(failures.get(b.pair) ?? [], now, SIGN_IN_LIMIT) : undefined,
    b.client ? rateLimitVerdict(failures.get(b.client) ?? [], now, CLIENT_SIGN_IN_LIMIT) : undefined,
  ];
  let worst = { limited: false, retryAfterMs: 0 };
  for (const v of verdicts) if (v?.limited && v.retryAfterMs >= worst.retryAfterMs) worst = v;
  const accountFailures = (failures.get(b.account) ?? []).filter((t) => t.getTime() > now.getTime() - SIGN_IN_LIMIT.windowMs).length;
  return { ...worst, message: worst.limited ? tooManyAttemptsMessage(worst.retryAfterMs) : "", delayMs: b.account ? accountDelayMs(accountFailures) : 0, buckets: b };
}

/** No limit looks back further than an hour; what is older is pruned now and then by whichever process counts. */
const PRUNE_EVERY_MS = 10 * 60_000;
const KEEP_MS = 24 * 3600_000;
let lastPrune = 0;
async function countFailure(b: SignInBuckets, now: Date): Promise<void> {
  await recordSignInFailure([b.account, b.client, b.pair].filter((x): x is string => !!x), now);
  if (now.getTime() - lastPrune > PRUNE_EVERY_MS) {
    lastPrune = now.getTime();
    await pruneSignInFailures({ before: new Date(now.getTime() - KEEP_MS) });
  }
}

/**
 * The one credential check, used by the sign-in form and by Auth.js's
 * Credentials provider. Every failure is counted against the account, the
 * client and the pair. An unknown email costs the same argon2 check as a known
 * one, so the time taken does not tell them apart either.
 */
export async function checkCredentials(email: string, password: string, ip: string | undefined, now = new Date()): Promise<CredentialCheck> {
  const limit = await checkSignInLimit(email, ip, now);
  if (limit.limited) {
    logEvent("info", "sign-in refused", { reason: "rate_limited" });
    return { ok: false, reason: "rate_limited", message: limit.message, retryAfterMs: limit.retryAfterMs };
  }
  // Someone has been failing on this account from elsewhere: its attempts slow down, the owner's included.
  if (limit.delayMs > 0) await sleep(limit.delayMs);
  const user = await getUserByEmail(email);
  const fail = async (reason: "unknown_email" | "wrong_password" | "no_password", message = WRONG_CREDENTIALS_MESSAGE) => {
    await countFailure(limit.buckets, now);
    logEvent("info", "sign-in failed", { reason });
    return { ok: false as const, reason, message };
  };
  if (!user || !user.passwordHash) {
    await verifyAgainstDummy(password);
    if (!user) return fail("unknown_email");
    return fail("no_password", "This account signs in with GitHub or Google. Use that button instead.");
  }
  if (!(await verifyPassword(user.passwordHash, password))) return fail("wrong_password");
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

/** Set by scripts/serve.mjs from the socket, on every request (a client's own value is overwritten). */
export const CLIENT_ADDRESS_HEADER = "x-mockline-client-address";

/**
 * The client address, for the per-client limits. Forwarded headers can be
 * forged by anyone who reaches the app directly, so they count only when
 * TRUST_PROXY says a reverse proxy in front sets them; otherwise the address
 * is the socket's, as our own server (scripts/serve.mjs) saw it.
 */
export function clientIp(headers: Headers, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.TRUST_PROXY === "1" || env.TRUST_PROXY === "true") {
    const fwd = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
    const forwarded = (fwd || headers.get("x-real-ip") || undefined)?.slice(0, 64);
    if (forwarded) return forwarded;
  }
  return headers.get(CLIENT_ADDRESS_HEADER)?.slice(0, 64) || undefined;
}
