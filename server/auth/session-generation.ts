import "server-only";
import { getSessionGenerationByUser } from "@/db/queries/account";
import { isCurrentGeneration } from "@/lib/auth/session-policy";
import { TokenCache } from "@/lib/auth/token-cache";

/**
 * The stored session generation of each person, read on every authenticated
 * request and remembered for a few seconds per process: a revocation ends the
 * other sessions at once on this process and within GENERATION_TTL_MS on every
 * other process and instance. A miss costs one primary-key read (bench/session-check.ts).
 */
export const GENERATION_TTL_MS = 3_000;

const cache = new TokenCache<{ generation: number | undefined; exp?: undefined }>({ max: 10_000, maxAgeMs: GENERATION_TTL_MS });
/** One read per person at a time, however many requests arrive together. */
const inFlight = new Map<string, Promise<number | undefined>>();

export function storedGeneration(userId: string): Promise<number | undefined> {
  const hit = cache.get(userId);
  if (hit) return Promise.resolve(hit.generation);
  const pending = inFlight.get(userId);
  if (pending) return pending;
  const read: Promise<number | undefined> = getSessionGenerationByUser({ userId }).then(
    (generation) => {
      // A revocation on this process while the read was out replaces it: never cache the older value.
      if (inFlight.get(userId) === read) {
        cache.set(userId, { generation });
        inFlight.delete(userId);
      }
      return generation;
    },
    (err: unknown) => {
      if (inFlight.get(userId) === read) inFlight.delete(userId);
      throw err;
    },
  );
  inFlight.set(userId, read);
  return read;
}

/** Does a cookie issued under `generation` still count for this person? */
export async function isSessionCurrent(session: { userId: string; generation: number }): Promise<boolean> {
  return isCurrentGeneration(session.generation, await storedGeneration(session.userId));
}

/** After this process raised (or removed) a person's generation: the new value counts here at once. */
export function rememberGeneration(userId: string, generation: number | undefined): void {
  inFlight.delete(userId);
  cache.set(userId, { generation });
}
