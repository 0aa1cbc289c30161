/** Password reset links: pure rules over a stored token row and the time given. */

/** A link works for this long after it was asked for. */
export const RESET_TOKEN_TTL_MS = 30 * 60 * 1000;

/** The token in a link: 32 random bytes, base64url (43 characters). Anything else was never issued. */
export const RESET_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export type ResetTokenState = "valid" | "unknown" | "expired" | "used";

export function resetTokenState(row: { expiresAt: Date; usedAt: Date | null } | undefined, now: Date): ResetTokenState {
  if (!row) return "unknown";
  if (row.usedAt) return "used";
  if (now.getTime() >= row.expiresAt.getTime()) return "expired";
  return "valid";
}

/** What the reset page says for a link that no longer works: one wording, so a forged token learns nothing. */
export const DEAD_LINK_MESSAGE = "This reset link has expired or was already used. Ask for a new one: links work once, for 30 minutes.";

export function resetLink(origin: string, token: string): string {
  return `${origin.replace(/\/+$/, "")}/reset-password?token=${encodeURIComponent(token)}`;
}

/**
 * Reset requests per 15 minutes: per email (so nobody floods one inbox) and,
 * behind a trusted proxy, per client address (so nobody sprays many inboxes).
 */
export const RESET_REQUEST_LIMITS = {
  email: { max: 3, windowMs: 15 * 60 * 1000 },
  ip: { max: 10, windowMs: 15 * 60 * 1000 },
} as const;

/** The failure-table buckets a reset request counts against (apart from the sign-in ones). */
export function resetRequestBuckets(email: string, ip: string | undefined): { email: string; ip?: string } {
  return { email: `reset-email:${email.toLowerCase()}`, ...(ip ? { ip: `reset-ip:${ip}` } : {}) };
}

export function tooManyResetRequestsMessage(retryAfterMs: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return `Too many reset requests. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}
