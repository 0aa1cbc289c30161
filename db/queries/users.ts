import "server-only";
import { createHash } from "node:crypto";
import { and, eq, gt, inArray, lt } from "drizzle-orm";
import { getDb } from "../client";
import { signInFailures, users, type User } from "../schema";

export async function getUserByEmail(email: string): Promise<User | undefined> {
  const db = await getDb();
  const [row] = await db.select().from(users).where(eq(users.email, email.toLowerCase())).limit(1);
  return row;
}

/** Returns null when the email is taken (the unique index decides, so two racing sign-ups cannot both win). */
export async function createUserWithPassword(input: {
  email: string;
  name?: string;
  passwordHash: string;
}): Promise<User | null> {
  const db = await getDb();
  const rows = await db
    .insert(users)
    .values({ email: input.email.toLowerCase(), name: input.name ?? null, passwordHash: input.passwordHash })
    .onConflictDoNothing({ target: users.email })
    .returning();
  return rows[0] ?? null;
}

/**
 * A counter key as stored: at most 80 characters. A longer one (an address or
 * email a client made up) keeps its head and is told apart by a hash of the whole.
 */
export function boundedBucket(bucket: string): string {
  if (bucket.length <= 80) return bucket;
  return `${bucket.slice(0, 46)}#${createHash("sha256").update(bucket).digest("hex").slice(0, 33)}`;
}

export async function recordSignInFailure(buckets: string[], at = new Date()): Promise<void> {
  if (buckets.length === 0) return;
  const db = await getDb();
  await db.insert(signInFailures).values(buckets.map((bucket) => ({ bucket: boundedBucket(bucket), at })));
}

/** Forget every counted attempt older than `before` (no limit looks back further than a day). */
export async function pruneSignInFailures({ before }: { before: Date }): Promise<void> {
  const db = await getDb();
  await db.delete(signInFailures).where(lt(signInFailures.at, before));
}

/** Failure times per bucket since `since`. */
export async function listSignInFailuresSince(buckets: string[], since: Date): Promise<Map<string, Date[]>> {
  const out = new Map<string, Date[]>(buckets.map((b) => [b, []]));
  if (buckets.length === 0) return out;
  const stored = new Map(buckets.map((b) => [boundedBucket(b), b]));
  const db = await getDb();
  const rows = await db
    .select({ bucket: signInFailures.bucket, at: signInFailures.at })
    .from(signInFailures)
    .where(and(inArray(signInFailures.bucket, [...stored.keys()]), gt(signInFailures.at, since)));
  for (const r of rows) out.get(stored.get(r.bucket) ?? r.bucket)?.push(r.at);
  return out;
}

/** The language the person last chose for a coding answer, if any. */
export async function getPreferredLanguageByUser({ userId }: { userId: string }): Promise<string | null> {
  const db = await getDb();
  const [row] = await db.select({ language: users.preferredLanguage }).from(users).where(eq(users.id, userId)).limit(1);
  return row?.language ?? null;
}

/** The person's time zone (IANA name), if they chose one. */
export async function getTimeZoneByUser({ userId }: { userId: string }): Promise<string | null> {
  const db = await getDb();
  const [row] = await db.select({ timeZone: users.timeZone }).from(users).where(eq(users.id, userId)).limit(1);
  return row?.timeZone ?? null;
}
