import "server-only";
import { and, count, eq, inArray, isNull, sql } from "drizzle-orm";
import { getDb } from "../client";
import { interviewItems, questions, type NewQuestion, type Question } from "../schema";
import { AppError } from "@/lib/errors";
import { IMPORT_LIMITS } from "@/lib/question-file/limits";
import type { Tx } from "./owned";

/**
 * Writing a person's own questions. Every write is scoped to `ownerId =
 * userId`, so a slug of someone else's is simply a new question of theirs.
 */

/** The slugs the person's live questions hold, and the built-in bank's (which theirs may not take). */
export async function listSlugsByUser({ userId, slugs }: { userId: string; slugs: string[] }): Promise<{ mine: Set<string>; builtIn: Set<string>; total: number }> {
  const db = await getDb();
  const rows = slugs.length
    ? await db
        .select({ slug: questions.slug, ownerId: questions.ownerId })
        .from(questions)
        .where(and(inArray(questions.slug, slugs), isNull(questions.archivedAt), sql`(${questions.ownerId} is null or ${questions.ownerId} = ${userId})`))
    : [];
  const [n] = await db.select({ n: count() }).from(questions).where(and(eq(questions.ownerId, userId), isNull(questions.archivedAt)));
  return {
    mine: new Set(rows.filter((r) => r.ownerId === userId).map((r) => r.slug)),
    builtIn: new Set(rows.filter((r) => r.ownerId === null).map((r) => r.slug)),
    total: n?.n ?? 0,
  };
}

/** Both databases serialize one person's question writes on this lock, so two imports cannot pass the limit together. */
async function lockOwnQuestions(tx: Tx, userId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`own-questions:${userId}`}))`);
}

type OwnRow = Omit<NewQuestion, "ownerId" | "id" | "createdAt" | "updatedAt" | "archivedAt">;

/**
 * Create or update (by slug) the person's questions, all or nothing. Refused
 * whole when it would pass the per-person limit or take a built-in slug.
 */
export async function upsertOwnQuestionsByUser({ userId, rows, now }: { userId: string; rows: OwnRow[]; now: Date }): Promise<{ created: number; updated: number }> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockOwnQuestions(tx, userId);
    const slugs = rows.map((r) => r.slug);
    const existing = slugs.length
      ? await tx
          .select({ slug: questions.slug, ownerId: questions.ownerId })
          .from(questions)
          .where(and(inArray(questions.slug, slugs), sql`(${questions.ownerId} is null or ${questions.ownerId} = ${userId})`))
      : [];
    const builtIn = existing.find((r) => r.ownerId === null);
    if (builtIn) throw new AppError("conflict", `slug: "${builtIn.slug}" is the slug of a built-in question; give yours another slug. Nothing was imported.`);
    const mine = new Set(existing.map((r) => r.slug));
    const creates = rows.filter((r) => !mine.has(r.slug)).length;
    const [n] = await tx.select({ n: count() }).from(questions).where(and(eq(questions.ownerId, userId), isNull(questions.archivedAt)));
    if ((n?.n ?? 0) + creates > IMPORT_LIMITS.questionsPerPerson) {
      throw new AppError("too_large", `You may keep at most ${IMPORT_LIMITS.questionsPerPerson} questions of your own; you have ${n?.n ?? 0} and this would add ${creates}. Nothing was imported.`);
    }
    for (const row of rows) {
      await tx
        .insert(questions)
        .values({ ...row, ownerId: userId, createdAt: now, updatedAt: now })
        // A file without a diagram keeps the one drawn in the editor (exports leave it behind, so re-importing one must not erase it).
        .onConflictDoUpdate({ target: [questions.ownerId, questions.slug], set: { ...row, referenceScene: sql`coalesce(excluded.reference_scene, ${questions.referenceScene})`, updatedAt: now } });
    }
    return { created: creates, updated: rows.length - creates };
  });
}

/**
 * Save one question the person writes or edits. `slug` is the one it had
 * (undefined for a new one); renaming it keeps its id, so history follows.
 */
export async function saveOwnQuestionForUser({ userId, slug, row, now }: { userId: string; slug?: string; row: OwnRow; now: Date }): Promise<Question> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await lockOwnQuestions(tx, userId);
    const [taken] = await tx
      .select({ id: questions.id, ownerId: questions.ownerId, slug: questions.slug })
      .from(questions)
      .where(and(eq(questions.slug, row.slug), sql`(${questions.ownerId} is null or ${questions.ownerId} = ${userId})`));
    if (taken && taken.ownerId === null) throw new AppError("conflict", `"${row.slug}" is the slug of a built-in question; choose another.`, { field: "slug" });
    if (slug === undefined) {
      if (taken) throw new AppError("conflict", `You already have a question with the slug "${row.slug}"; choose another.`, { field: "slug" });
      const [n] = await tx.select({ n: count() }).from(questions).where(and(eq(questions.ownerId, userId), isNull(questions.archivedAt)));
      if ((n?.n ?? 0) >= IMPORT_LIMITS.questionsPerPerson) throw new AppError("too_large", `You may keep at most ${IMPORT_LIMITS.questionsPerPerson} questions of your own.`);
      const [created] = await tx.insert(questions).values({ ...row, ownerId: userId, createdAt: now, updatedAt: now }).returning();
      return created!;
    }
    if (taken && taken.slug !== slug) throw new AppError("conflict", `You already have a question with the slug "${row.slug}"; choose another.`, { field: "slug" });
    const [updated] = await tx
      .update(questions)
      .set({ ...row, updatedAt: now })
      .where(and(eq(questions.ownerId, userId), eq(questions.slug, slug), isNull(questions.archivedAt)))
      .returning();
    if (!updated) throw new AppError("not_found", "That question was not found.");
    return updated;
  });
}

/**
 * Delete one of the person's questions. One that past interviews hold is
 * archived instead: hidden from the bank and the draw, kept for their
 * history, and its slug freed for a new question.
 */
export async function deleteOwnQuestionForUser({ userId, slug, now }: { userId: string; slug: string; now: Date }): Promise<"deleted" | "archived" | undefined> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: questions.id })
      .from(questions)
      .where(and(eq(questions.ownerId, userId), eq(questions.slug, slug), isNull(questions.archivedAt)))
      .for("update");
    if (!row) return undefined;
    const [used] = await tx.select({ id: interviewItems.id }).from(interviewItems).where(eq(interviewItems.questionId, row.id)).limit(1);
    if (!used) {
      await tx.delete(questions).where(eq(questions.id, row.id));
      return "deleted";
    }
    await tx
      .update(questions)
      .set({ archivedAt: now, updatedAt: now, slug: `${slug}--archived-${row.id.slice(0, 8)}` })
      .where(eq(questions.id, row.id));
    return "archived";
  });
}
