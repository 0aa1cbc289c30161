import "server-only";
import { getStoredSessionsByUser } from "@/db/queries/account";
import { isCurrentSession, type StoredSessions } from "@/lib/auth/session-policy";
import { TokenCache } from "@/lib/auth/token-cache";

/**
 * What the database says of each person's sessions (their generation, and the
 * sessions signed out one by one), read on every authenticated request and
 * remembered for a few seconds per process: a revocation ends the sessions it
 * names at once on this process and within SESSION_MEMO_TTL_MS on every other
 * process and instance. A miss costs one primary-key read (bench/session-check.ts).
 */
export const SESSION_MEMO_TTL_MS = 3_000;

type Entry = { stored: StoredSessions | undefined; exp?: undefined };
const cache = new TokenCache<Entry>({ max: 10_000, maxAgeMs: SESSION_MEMO_TTL_MS });
/** One read per person at a time, however many requests arrive together. */
const inFlight = new Map<string, Promise<StoredSessions | undefined>>();

export function storedSessions(userId: string): Promise<StoredSessions | undefined> {
  const hit = cache.get(userId);
  if (hit) return Promise.resolve(hit.stored);
  const pending = inFlight.get(userId);
  if (pending) return pending;
  const read: Promise<StoredSessions | undefined> = getStoredSessionsByUser({ userId }).then(
    (stored) => {
      // A revocation on this process while the read was out replaces it: never cache the older value.
      if (inFlight.get(userId) === read) {
        cache.set(userId, { stored });
        inFlight.delete(userId);
      }
      return stored;
    },
    (err: unknown) => {
      if (inFlight.get(userId) === read) inFlight.delete(userId);
      throw err;
    },
  );
  inFlight.set(userId, read);
  return read;
}

/** Does a cookie of this session, issued under `generation`, still count? */
export async function isSessionCurrent(session: { userId: string; generation: number; sessionId: string }): Promise<boolean> {
  return isCurrentSession(session, await storedSessions(session.userId));
}

/** After this process raised a person's generation (or deleted them: undefined): it counts here at once. */
export function rememberGeneration(userId: string, generation: number | undefined): void {
  inFlight.delete(userId);
  cache.set(userId, { stored: generation === undefined ? undefined : { generation, revoked: new Set() } });
}

/** After this process signed one session out (the row is committed): the next check here reads it. */
export function forgetSessions(userId: string): void {
  inFlight.delete(userId);
  cache.delete(userId);
}
