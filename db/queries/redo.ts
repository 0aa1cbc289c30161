import "server-only";
import { and, desc, eq, inArray, isNotNull, lt, ne } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
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

/** The attempt a redo is compared with: the person's previous answer to the same question, and its clocks. */
export interface PreviousAttempt {
  interviewId: string;
  /** The previous interview's deadline (an item's time ends at the earlier of it and its own). */
  interviewDeadlineAt: Date | null;
  itemId: string;
  position: number;
  answerText: string;
  keyPointsTicked: number[] | null;
  score: number | null;
  startedAt: Date | null;
  submittedAt: Date | null;
  deadlineAt: Date | null;
}

/**
 * Per item of this interview: the person's attempt at the same question just before it (the latest submitted one
 * in an earlier finished interview), if any. One statement: the review read each previous interview whole, with
 * every question of it, one after another.
 */
export async function getPreviousAttemptsForUser({ userId, interviewId }: { userId: string; interviewId: string }): Promise<Map<string, PreviousAttempt>> {
  const db = await getDb();
  const cur = alias(interviews, "cur");
  const prev = alias(interviewItems, "prev");
  const rows = await db
    .selectDistinctOn([interviewItems.id], {
      forItem: interviewItems.id,
      interviewId: interviews.id,
      interviewDeadlineAt: interviews.deadlineAt,
      itemId: prev.id,
      position: prev.position,
      answerText: prev.answerText,
      keyPointsTicked: prev.keyPointsTicked,
      score: prev.score,
      startedAt: prev.startedAt,
      submittedAt: prev.submittedAt,
      deadlineAt: prev.deadlineAt,
    })
    .from(interviewItems)
    .innerJoin(cur, and(eq(cur.id, interviewItems.interviewId), eq(cur.userId, userId)))
    .innerJoin(prev, and(eq(prev.userId, userId), eq(prev.questionId, interviewItems.questionId), isNotNull(prev.submittedAt)))
    .innerJoin(interviews, and(eq(interviews.id, prev.interviewId), ne(interviews.id, cur.id), inArray(interviews.status, [...DONE]), lt(interviews.createdAt, cur.createdAt)))
    .where(eq(interviewItems.interviewId, interviewId))
    .orderBy(interviewItems.id, desc(interviews.createdAt), desc(prev.id));
  return new Map(rows.map(({ forItem, ...attempt }) => [forItem, attempt]));
}
