import "server-only";
import { listSignInFailuresSince, recordSignInFailure } from "@/db/queries/users";
import { pruneCountedAttempts } from "@/db/queries/account";
import { rateLimitVerdict, type RateLimitRule } from "@/lib/auth/rate-limit";

/**
 * Counted attempts for the account features (reset requests, current-password
 * checks), kept in the same table as failed sign-ins under buckets of their
 * own, so the limits hold across instances. Each bucket keeps at most its
 * rule's window of rows: older ones are pruned whenever it is counted.
 */
export interface CountedBucket {
  bucket: string;
  rule: RateLimitRule;
}

/** The longest wait among the buckets over their limit; 0 when none is. */
export async function limitedFor(buckets: CountedBucket[], now: Date): Promise<number> {
  if (buckets.length === 0) return 0;
  const widest = Math.max(...buckets.map((b) => b.rule.windowMs));
  const seen = await listSignInFailuresSince(
    buckets.map((b) => b.bucket),
    new Date(now.getTime() - widest),
  );
  let wait = 0;
  for (const b of buckets) {
    const v = rateLimitVerdict(seen.get(b.bucket) ?? [], now, b.rule);
    if (v.limited) wait = Math.max(wait, v.retryAfterMs);
  }
  return wait;
}

export async function countAttempt(buckets: CountedBucket[], now: Date): Promise<void> {
  if (buckets.length === 0) return;
  const widest = Math.max(...buckets.map((b) => b.rule.windowMs));
  const names = buckets.map((b) => b.bucket);
  await pruneCountedAttempts({ buckets: names, before: new Date(now.getTime() - widest) });
  await recordSignInFailure(names, now);
}
