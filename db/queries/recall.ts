import "server-only";
import { and, asc, desc, eq, gte, inArray, isNull, lte, or, sql } from "drizzle-orm";
import { getDb } from "../client";
import { questions, ratingLogs, recallStates } from "../schema";
import { MAX_QUESTIONS } from "@/lib/interview/config";
import { dueCutoff, isLeech, LEECH_AGAINS, LEECH_LAPSES, standingRatings } from "@/lib/recall";
import type { Conn } from "./owned";

/** Recall (spaced repetition): what is due, where each question stands, and the leeches. */

/** The questions due at `now`, most overdue first. */
export async function listDueQuestionIdsByUser({ userId, now, limit = MAX_QUESTIONS }: { userId: string; now: Date; limit?: number }): Promise<string[]> {
  const db = await getDb();
  const rows = await db
    .select({ questionId: recallStates.questionId })
    .from(recallStates)
    // A question its owner deleted (archived, kept for history) is no longer asked again.
    .innerJoin(questions, eq(questions.id, recallStates.questionId))
    .where(and(eq(recallStates.userId, userId), lte(recallStates.due, dueCutoff(now)), isNull(questions.archivedAt)))
    .orderBy(asc(recallStates.due), asc(recallStates.questionId))
    .limit(limit);
  return rows.map((r) => r.questionId);
}

export interface RecallInfo {
  questionId: string;
  due: Date;
  state: number;
  reps: number;
  lapses: number;
  againCount: number;
  leech: boolean;
}

/** Where the person stands in recall for some questions (those never rated are absent). */
export async function getRecallByUser({ userId, questionIds }: { userId: string; questionIds: string[] }): Promise<Map<string, RecallInfo>> {
  if (questionIds.length === 0) return new Map();
  const db = await getDb();
  const [states, logs] = await Promise.all([
    db
      .select()
      .from(recallStates)
      .where(and(eq(recallStates.userId, userId), inArray(recallStates.questionId, questionIds))),
    db
      .select({ questionId: ratingLogs.questionId, itemId: ratingLogs.itemId, logId: ratingLogs.id, rating: ratingLogs.rating, ratedAt: ratingLogs.ratedAt })
      .from(ratingLogs)
      .where(and(eq(ratingLogs.userId, userId), inArray(ratingLogs.questionId, questionIds))),
  ]);
  // Grouped once: filtering the whole log for each question was quadratic (166 questions × 9,000 ratings).
  const logsOf = new Map<string, typeof logs>();
  for (const l of logs) {
    const list = logsOf.get(l.questionId);
    if (list) list.push(l);
    else logsOf.set(l.questionId, [l]);
  }
  return new Map(
    states.map((s) => {
      const againCount = standingRatings(logsOf.get(s.questionId) ?? []).filter((r) => r.rating === 1).length;
      return [
        s.questionId,
        { questionId: s.questionId, due: s.due, state: s.state, reps: s.reps, lapses: s.lapses, againCount, leech: isLeech({ lapses: s.lapses, againCount }) },
      ];
    }),
  );
}

export interface LeechRow extends RecallInfo {
  slug: string;
  title: string;
}

/** Questions failed so often that drilling them is not working: worth re-reading the sample answer. */
export async function listLeechesByUser({ userId }: { userId: string }): Promise<LeechRow[]> {
  const db = await getDb();
  // Only the candidates: enough lapses, or enough "Again" ratings in the log (every standing Again is one of them,
  // so fewer cannot make a leech); which of them are leeches is then decided exactly, from the ratings that stand.
  const rated = await db
    .select({ questionId: recallStates.questionId, slug: questions.slug, title: questions.title })
    .from(recallStates)
    .innerJoin(questions, eq(questions.id, recallStates.questionId))
    .where(
      and(
        eq(recallStates.userId, userId),
        or(
          gte(recallStates.lapses, LEECH_LAPSES),
          sql`(select count(*) from ${ratingLogs} l where l.user_id = ${recallStates.userId} and l.question_id = ${recallStates.questionId} and l.rating = 1) >= ${LEECH_AGAINS}`,
        ),
      ),
    )
    .orderBy(desc(recallStates.lapses), asc(questions.title));
  const info = await getRecallByUser({ userId, questionIds: rated.map((r) => r.questionId) });
  return rated.flatMap((r) => {
    const s = info.get(r.questionId);
    return s?.leech ? [{ ...s, slug: r.slug, title: r.title }] : [];
  });
}
