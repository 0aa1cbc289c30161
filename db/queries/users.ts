import "server-only";
import { and, eq, gt, inArray } from "drizzle-orm";
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

export async function recordSignInFailure(buckets: string[], at = new Date()): Promise<void> {
  if (buckets.length === 0) return;
  const db = await getDb();
  await db.insert(signInFailures).values(buckets.map((bucket) => ({ bucket, at })));
}

/** Failure times per bucket since `since`. */
export async function listSignInFailuresSince(buckets: string[], since: Date): Promise<Map<string, Date[]>> {
  const out = new Map<string, Date[]>(buckets.map((b) => [b, []]));
  if (buckets.length === 0) return out;
  const db = await getDb();
  const rows = await db
    .select({ bucket: signInFailures.bucket, at: signInFailures.at })
    .from(signInFailures)
    .where(and(inArray(signInFailures.bucket, buckets), gt(signInFailures.at, since)));
  for (const r of rows) out.get(r.bucket)?.push(r.at);
  return out;
}

/** The language the person last chose for a coding answer, if any. */
export async function getPreferredLanguageByUser({ userId }: { userId: string }): Promise<string | null> {
  const db = await getDb();
  const [row] = await db.select({ language: users.preferredLanguage }).from(users).where(eq(users.id, userId)).limit(1);
  return row?.language ?? null;
}
