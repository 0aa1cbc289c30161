/** Failed sign-in limits: a pure verdict from the failures seen in the window. */

export interface RateLimitRule {
  max: number;
  windowMs: number;
}

export const SIGN_IN_LIMIT: RateLimitRule = { max: 10, windowMs: 15 * 60 * 1000 };

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

/** The buckets one sign-in attempt counts against: the account, and the client address when it is known. */
export function failureBuckets(email: string | undefined, ip: string | undefined): string[] {
  const buckets: string[] = [];
  if (email) buckets.push(`email:${email.toLowerCase()}`);
  if (ip) buckets.push(`ip:${ip}`);
  return buckets;
}
