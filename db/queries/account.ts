import "server-only";
import { and, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";
import { getDb } from "../client";
import { boundedBucket } from "./users";
import { passwordResetTokens, questions, revokedSessions, signInFailures, users, interviews, type PasswordResetToken } from "../schema";
import type { Conn } from "./owned";

/** A person's own account, as the settings page shows it (never the password hash). */
export interface AccountRow {
  id: string;
  email: string;
  name: string | null;
  timeZone: string | null;
  hasPassword: boolean;
  createdAt: Date;
}

export async function getAccountByUser({ userId }: { userId: string }): Promise<AccountRow | undefined> {
  const db = await getDb();
  const [row] = await db
    .select({ id: users.id, email: users.email, name: users.name, timeZone: users.timeZone, passwordHash: users.passwordHash, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.id, userId));
  if (!row) return undefined;
  const { passwordHash, ...rest } = row;
  return { ...rest, hasPassword: passwordHash !== null };
}

export async function getPasswordHashByUser({ userId }: { userId: string }): Promise<string | null | undefined> {
  const db = await getDb();
  const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId));
  return row ? row.passwordHash : undefined;
}

export async function updateProfileByUser({ userId, name, timeZone }: { userId: string; name: string | null; timeZone: string | null }): Promise<void> {
  const db = await getDb();
  await db.update(users).set({ name, timeZone }).where(eq(users.id, userId));
}

/** The person's session generation (written into a cookie at sign-in); undefined when the account no longer exists. */
export async function getSessionGenerationByUser({ userId }: { userId: string }): Promise<number | undefined> {
  const db = await getDb();
  const [row] = await db.select({ generation: users.sessionGeneration }).from(users).where(eq(users.id, userId));
  return row?.generation;
}

/**
 * The hot path's one read: the person's generation and the sessions of theirs
 * signed out one by one (still within their lifetime), in one round trip.
 * Undefined when the account no longer exists.
 */
export async function getStoredSessionsByUser({ userId }: { userId: string }): Promise<{ generation: number; revoked: Set<string> } | undefined> {
  const db = await getDb();
  const [row] = await db
    .select({
      generation: users.sessionGeneration,
      revoked: sql<string[] | null>`(select array_agg(${revokedSessions.sid}) from ${revokedSessions} where ${revokedSessions.userId} = ${users.id} and ${revokedSessions.expiresAt} > now())`,
    })
    .from(users)
    .where(eq(users.id, userId));
  return row ? { generation: row.generation, revoked: new Set(row.revoked ?? []) } : undefined;
}

/** "Sign out" on one device: that session id is refused until the session would have ended anyway. */
export async function revokeSessionByUser({ userId, sessionId, expiresAt, now }: { userId: string; sessionId: string; expiresAt: Date; now: Date }): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    // Each person keeps only the revocations that still matter.
    await tx.delete(revokedSessions).where(and(eq(revokedSessions.userId, userId), lt(revokedSessions.expiresAt, now)));
    await tx.insert(revokedSessions).values({ sid: sessionId, userId, expiresAt }).onConflictDoNothing();
  });
}

async function bumpGeneration(conn: Conn, userId: string, passwordHash?: string): Promise<number | undefined> {
  const [row] = await conn
    .update(users)
    .set({ sessionGeneration: sql`${users.sessionGeneration} + 1`, ...(passwordHash ? { passwordHash } : {}) })
    .where(eq(users.id, userId))
    .returning({ generation: users.sessionGeneration });
  // Every older session is refused by its generation now: their one-by-one revocations are moot.
  if (row) await conn.delete(revokedSessions).where(eq(revokedSessions.userId, userId));
  return row?.generation;
}

/** Ends every session issued so far: returns the new generation (undefined: no such account). */
export async function bumpSessionGenerationByUser({ userId }: { userId: string }): Promise<number | undefined> {
  const db = await getDb();
  return db.transaction((tx) => bumpGeneration(tx, userId));
}

/**
 * A new password ends every session issued so far and voids the person's
 * outstanding reset links, in one transaction.
 */
export async function setPasswordByUser({ userId, passwordHash }: { userId: string; passwordHash: string }): Promise<number | undefined> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const generation = await bumpGeneration(tx, userId, passwordHash);
    await tx.delete(passwordResetTokens).where(eq(passwordResetTokens.userId, userId));
    return generation;
  });
}

/**
 * Store a new reset link's hash. One link at a time per person: asking again
 * replaces the older one, so the table holds at most one row per account
 * (expired ones are swept here too).
 */
export async function replacePasswordResetToken({ userId, tokenHash, expiresAt, now }: { userId: string; tokenHash: string; expiresAt: Date; now: Date }): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx.delete(passwordResetTokens).where(or(eq(passwordResetTokens.userId, userId), lt(passwordResetTokens.expiresAt, now)));
    await tx.insert(passwordResetTokens).values({ userId, tokenHash, expiresAt });
  });
}

export async function findPasswordResetToken({ tokenHash }: { tokenHash: string }): Promise<PasswordResetToken | undefined> {
  const db = await getDb();
  const [row] = await db.select().from(passwordResetTokens).where(eq(passwordResetTokens.tokenHash, tokenHash));
  return row;
}

/**
 * Use a reset link: under a row lock, so two tabs submitting the same link
 * cannot both succeed. `accept` judges the locked row; when it says yes the
 * token is marked used, the password set and every session ended, together.
 */
export async function consumePasswordResetToken({
  tokenHash,
  passwordHash,
  accept,
}: {
  tokenHash: string;
  passwordHash: string;
  accept: (row: PasswordResetToken | undefined) => boolean;
}): Promise<{ userId: string; generation: number } | undefined> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(passwordResetTokens).where(eq(passwordResetTokens.tokenHash, tokenHash)).for("update");
    if (!accept(row) || !row) return undefined;
    await tx.update(passwordResetTokens).set({ usedAt: sql`now()` }).where(and(eq(passwordResetTokens.id, row.id), isNull(passwordResetTokens.usedAt)));
    const generation = await bumpGeneration(tx, row.userId, passwordHash);
    if (generation === undefined) return undefined;
    // Any other link of theirs is void too (there is at most one, but the rule should not depend on it).
    await tx.delete(passwordResetTokens).where(and(eq(passwordResetTokens.userId, row.userId), sql`${passwordResetTokens.id} <> ${row.id}`));
    return { userId: row.userId, generation };
  });
}

/**
 * Delete an account and everything of theirs in one transaction: the foreign
 * keys cascade from users to interviews, items, sketches, recall states,
 * rating logs, OAuth accounts and reset links; the sign-in and reset counters
 * that name their email go too. Questions they wrote themselves go with them
 * (their interviews first, which are the only ones that may hold them).
 * Nobody else's rows are touched.
 */
export async function deleteAccountByUser({ userId, buckets }: { userId: string; buckets: string[] }): Promise<boolean> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    if (buckets.length) await tx.delete(signInFailures).where(inArray(signInFailures.bucket, buckets.map(boundedBucket)));
    await tx.delete(interviews).where(eq(interviews.userId, userId));
    await tx.delete(questions).where(eq(questions.ownerId, userId));
    const gone = await tx.delete(users).where(eq(users.id, userId)).returning({ id: users.id });
    return gone.length === 1;
  });
}

/** Forget a person's reset requests older than the limit's window: the counter table stays bounded. */
export async function pruneCountedAttempts({ buckets, before }: { buckets: string[]; before: Date }): Promise<void> {
  if (buckets.length === 0) return;
  const db = await getDb();
  await db.delete(signInFailures).where(and(inArray(signInFailures.bucket, buckets.map(boundedBucket)), lt(signInFailures.at, before)));
}
