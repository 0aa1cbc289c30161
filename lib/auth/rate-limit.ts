/** Failed sign-in limits: a pure verdict from the failures seen in the window. */

export interface RateLimitRule {
  max: number;
  windowMs: number;
}

/**
 * Failed sign-ins are limited by who is trying, never by the account alone, so
 * nobody can lock the owner out by failing on purpose:
 * - one (account, client) pair: 10 failures in 15 minutes, then that client waits for that account;
 * - one client address: 30 failures in 15 minutes across any accounts, then it waits for all of them;
 * - one account, from everywhere: no refusal, but each attempt waits a little longer
 *   (accountDelayMs), which slows a spread-out guesser and costs the owner seconds at most.
 */
export const SIGN_IN_LIMIT: RateLimitRule = { max: 10, windowMs: 15 * 60 * 1000 };
export const CLIENT_SIGN_IN_LIMIT: RateLimitRule = { max: 30, windowMs: 15 * 60 * 1000 };
/** New accounts from one client address. */
export const SIGN_UP_LIMIT: RateLimitRule = { max: 10, windowMs: 60 * 60 * 1000 };

/** Failures on an account (from anywhere, in SIGN_IN_LIMIT's window) before its attempts start to wait. */
export const ACCOUNT_DELAY_AFTER = 5;
export const ACCOUNT_DELAY_MAX_MS = 5_000;

/** How long one more attempt on an account waits, given its recent failures: 0, then 250 ms doubling to 5 s. */
export function accountDelayMs(failures: number): number {
  if (failures < ACCOUNT_DELAY_AFTER) return 0;
  return Math.min(ACCOUNT_DELAY_MAX_MS, 250 * 2 ** (failures - ACCOUNT_DELAY_AFTER));
}

export interface RateLimitVerdict {
  limited: boolean;
  /** How long until one more attempt is allowed (0 when not limited). */
  retryAfterMs: number;
}

/**
 * @param failures times of failed attempts (any order; ones outside the window are ignored)
 */
export function rateLimitVerdict(failures: Date[], now: Date, rule: RateLimitRule = SIGN_IN_LIMIT): RateLimitVerdict {
  const since = now.getTime() - rule.windowMs;
  const inWindow = failures
    .map((d) => d.getTime())
    .filter((t) => t > since)
    .sort((a, b) => a - b);
  if (inWindow.length < rule.max) return { limited: false, retryAfterMs: 0 };
  // The attempt that has to age out before one more is allowed.
  const oldestThatMustExpire = inWindow[inWindow.length - rule.max]!;
  return { limited: true, retryAfterMs: Math.max(0, oldestThatMustExpire + rule.windowMs - now.getTime()) };
}

export function tooManyAttemptsMessage(retryAfterMs: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

export function tooManySignUpsMessage(retryAfterMs: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return `Too many new accounts from this network. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

/** The longest a counter key may be; longer input (an address, an email) is never stored as given. */
export const MAX_BUCKET_LENGTH = 80;

export interface SignInBuckets {
  account: string;
  client?: string;
  pair?: string;
}

/**
 * The counters one sign-in attempt counts against. `digest` is a short hash of
 * its input (the caller passes SHA-256): keys stay short and no email is stored
 * in the counter table.
 */
export function signInBuckets(email: string, ip: string | undefined, digest: (s: string) => string): SignInBuckets {
  const who = email.trim().toLowerCase();
  const account = `acct:${digest(who)}`;
  if (!ip) return { account };
  const client = ip.slice(0, 64);
  return { account, client: `ip:${client}`, pair: `pair:${digest(`${who}\n${client}`)}` };
}
