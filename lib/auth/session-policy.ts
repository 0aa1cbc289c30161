/**
 * How long a session lives, and when a session cookie still counts: pure rules
 * over the cookie's claims, with the time given (seconds since the epoch, as
 * JWT claims count it).
 *
 * - `auth_time`: when the person signed in. Renewal re-issues the cookie with a
 *   fresh idle expiry, but never past `auth_time + SESSION_ABSOLUTE_SECONDS`.
 * - `gen`: the person's session generation when the cookie was issued. Raising
 *   the stored generation (sign out everywhere, a password change or reset)
 *   refuses every cookie issued before.
 * - `sid`: this session's id, so "Sign out" on one device refuses that
 *   session's cookie everywhere (a copy included) and no other.
 */

/** A cookie not renewed for this long expires (Auth.js's session maxAge; signed-in actions renew it). */
export const SESSION_IDLE_SECONDS = 14 * 24 * 60 * 60;
/** No session outlives this, however often it is renewed. */
export const SESSION_ABSOLUTE_SECONDS = 30 * 24 * 60 * 60;

export interface SessionClaims {
  sub?: unknown;
  gen?: unknown;
  auth_time?: unknown;
  sid?: unknown;
}

export type SessionVerdict =
  | { ok: true; userId: string; generation: number; authTime: number; sessionId: string }
  | { ok: false; reason: "malformed" | "expired" };

const isWholeNumber = (v: unknown): v is number => typeof v === "number" && Number.isSafeInteger(v) && v >= 0;

/**
 * The stateless half of the check: a user id, a generation and a sign-in time
 * within the absolute lifetime. A cookie from before sessions carried these
 * claims is refused too: it would otherwise live on with no end.
 */
export function sessionVerdict(claims: SessionClaims | null | undefined, nowSeconds: number): SessionVerdict {
  if (!claims || typeof claims.sub !== "string" || claims.sub.length === 0) return { ok: false, reason: "malformed" };
  if (!isWholeNumber(claims.gen) || !isWholeNumber(claims.auth_time)) return { ok: false, reason: "malformed" };
  if (typeof claims.sid !== "string" || claims.sid.length < 16 || claims.sid.length > 64) return { ok: false, reason: "malformed" };
  // A sign-in time in the future is not one this server wrote (a minute of clock skew between instances aside).
  if (claims.auth_time > nowSeconds + 60) return { ok: false, reason: "malformed" };
  if (nowSeconds >= claims.auth_time + SESSION_ABSOLUTE_SECONDS) return { ok: false, reason: "expired" };
  return { ok: true, userId: claims.sub, generation: claims.gen, authTime: claims.auth_time, sessionId: claims.sid };
}

/** The lifetime to give a re-issued cookie: the idle one, cut at the absolute end. */
export function renewalMaxAge(authTime: unknown, nowSeconds: number, idleSeconds = SESSION_IDLE_SECONDS): number {
  if (!isWholeNumber(authTime)) return 0;
  return Math.max(0, Math.min(idleSeconds, authTime + SESSION_ABSOLUTE_SECONDS - nowSeconds));
}

/** The session's absolute end, in seconds: what a revocation of it has to outlast. */
export function sessionEnd(authTime: number): number {
  return authTime + SESSION_ABSOLUTE_SECONDS;
}

/** What the database says of a person's sessions: their generation and the sessions signed out one by one. */
export interface StoredSessions {
  generation: number;
  revoked: ReadonlySet<string>;
}

/**
 * The stateful half: a cookie counts only under the person's current
 * generation (none stored: the account is gone) and when its own session was
 * not signed out.
 */
export function isCurrentSession(cookie: { generation: number; sessionId: string }, stored: StoredSessions | undefined): boolean {
  return stored !== undefined && cookie.generation === stored.generation && !stored.revoked.has(cookie.sessionId);
}
