import "server-only";
import { and, desc, eq, inArray, isNotNull, lt, ne } from "drizzle-orm";
import { getDb } from "../client";
import { interviewItems, interviews, questions } from "../schema";
import { AppError, notFound } from "@/lib/errors";
import { redoQueue, type AttemptRef } from "@/lib/review/redo";
import { ownedItem } from "./owned";

/** Redos: what comes back after Again, Hard or "Redo this", and the attempt a redo is compared with. */

const DONE = ["review", "completed"] as const;

/** The questions the person should redo, longest waiting first. */
export async function listRedosByUser({ userId, limit = 5 }: { userId: string; limit?: number }): Promise<AttemptRef[]> {
  const db = await getDb();
  // Each question's latest attempt only (the rule in redoQueue looks at no other): the database picks them from the
  // person's items, instead of sending every attempt ever made (10,000 rows for 2,000 interviews) to be sorted here.
  const rows = await db
    .selectDistinctOn([interviewItems.questionId], {
      questionId: interviewItems.questionId,
      itemId: interviewItems.id,
      interviewId: interviews.id,
      title: questions.title,
      startedAt: interviewItems.startedAt,
      createdAt: interviews.createdAt,
      rating: interviewItems.rating,
      redoRequestedAt: interviewItems.redoRequestedAt,
    })
    .from(interviewItems)
    .innerJoin(interviews, eq(interviews.id, interviewItems.interviewId))
    .innerJoin(questions, eq(questions.id, interviewItems.questionId))
    // Every attempt that counts (an open interview is an attempt under way: its question is being redone).
    .where(and(eq(interviewItems.userId, userId), inArray(interviews.status, [...DONE, "active"]), isNotNull(interviewItems.startedAt)))
    .orderBy(interviewItems.questionId, desc(interviewItems.startedAt), desc(interviewItems.id));
  const attempts = rows.map((r) => ({ ...r, at: r.startedAt ?? r.createdAt }));
  return redoQueue(attempts).slice(0, limit);
}

/** "Redo this" in the review, or taking it back. Only once the interview is over (409 before); anyone else's is not found. */
export async function setRedoWantedForUser(input: { userId: string; interviewId: string; itemId: string; wanted: boolean; now: Date }): Promise<{ redoRequestedAt: Date | null }> {
  const db = await getDb();
  const [row] = await db
    .select({ status: interviews.status })
    .from(interviewItems)
    .innerJoin(interviews, eq(interviews.id, interviewItems.interviewId))
    .where(ownedItem(input));
  if (!row) throw notFound("ownedItem");
  if (!(DONE as readonly string[]).includes(row.status)) throw new AppError("conflict", "A question can be marked for a redo once its interview is over.");
  const redoRequestedAt = input.wanted ? input.now : null;
  await db.update(interviewItems).set({ redoRequestedAt }).where(eq(interviewItems.id, input.itemId));
  return { redoRequestedAt };
}

/** Per item of this interview: the person's attempt at the same question just before it, if any. */
export async function getPreviousAttemptsForUser({ userId, interviewId }: { userId: string; interviewId: string }): Promise<Map<string, { itemId: string; interviewId: string }>> {
  const db = await getDb();
  const [iv] = await db.select().from(interviews).where(and(eq(interviews.id, interviewId), eq(interviews.userId, userId)));
  if (!iv) return new Map();
  const mine = await db.select({ id: interviewItems.id, questionId: interviewItems.questionId }).from(interviewItems).where(eq(interviewItems.interviewId, interviewId));
  if (mine.length === 0) return new Map();
  const before = await db
    .select({ itemId: interviewItems.id, interviewId: interviews.id, questionId: interviewItems.questionId })
    .from(interviewItems)
    .innerJoin(interviews, eq(interviews.id, interviewItems.interviewId))
    .where(
      and(
        eq(interviews.userId, userId),
        ne(interviews.id, interviewId),
        inArray(interviews.status, [...DONE]),
        inArray(interviewItems.questionId, mine.map((m) => m.questionId)),
        isNotNull(interviewItems.submittedAt),
        lt(interviews.createdAt, iv.createdAt),
      ),
    )
    .orderBy(desc(interviews.createdAt));
  const out = new Map<string, { itemId: string; interviewId: string }>();
  for (const m of mine) {
    const prev = before.find((b) => b.questionId === m.questionId);
    if (prev) out.set(m.id, { itemId: prev.itemId, interviewId: prev.interviewId });
  }
  return out;
}
