import "server-only";
import { and, asc, desc, eq, inArray, lte, sql } from "drizzle-orm";
import { getDb } from "../client";
import type { Database } from "../connection";
import { interviewItems, interviews, questions, ratingLogs, reviewStates, type InterviewItem } from "../schema";
import { getInterviewWithItemsForUser } from "./interviews";
import { DESIGN_CHECKLIST } from "@/lib/review/design-checklist";
import { AppError } from "@/lib/errors";
import { MAX_QUESTIONS } from "@/lib/interview/config";
import { scoreRating, type RatingValue } from "@/lib/review/scoring";
import { dueCutoff, effectiveReviews, isLeech, replay, schedule, type SrsCard } from "@/lib/recall";

export interface RateItemInput {
  userId: string;
  interviewId: string;
  itemId: string;
  rating: RatingValue;
  keyPointsTicked: number[];
  checklistTicked?: number[];
  note?: string | null;
  now: Date;
}

export interface RateItemResult {
  item: InterviewItem;
  coverage: number;
  score: number;
  due: Date;
  interviewStatus: "review" | "completed";
  leech: boolean;
}

const RATABLE = new Set(["review", "completed"]);

function cardOf(row: typeof reviewStates.$inferSelect | undefined): SrsCard | null {
  if (!row) return null;
  return {
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsedDays,
    scheduledDays: row.scheduledDays,
    learningSteps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state,
    lastReview: row.lastReview,
  };
}

const distinct = (xs: number[]) => [...new Set(xs)].sort((a, b) => a - b);

/**
 * Rate one answer of a finished interview, in one transaction: the item's
 * ticks, rating, note and score; the person's FSRS schedule for the question;
 * an appended rating log; and the interview moves to completed once every
 * answer is rated.
 *
 * Re-rating replaces the item's rating and appends a new log row (the log is
 * never rewritten). The schedule is then rebuilt from the ratings that stand —
 * each item's latest rating, dated when it was first rated — so a corrected
 * grade counts once, as if it had been given the first time, rather than as a
 * second review minutes later.
 */
export async function rateItemForUser(input: RateItemInput): Promise<RateItemResult> {
  // Close whatever time has run out first (its own short transaction), so a
  // rating right after the clock ends is not refused as "too early".
  const loaded = await getInterviewWithItemsForUser(input.interviewId, input.userId, input.now);
  if (!loaded) throw new AppError("not_found", "That interview was not found.");
  const target = loaded.items.find((it) => it.id === input.itemId);
  if (!target) throw new AppError("not_found", "That question was not found in this interview.");

  const db = await getDb();
  return db.transaction(async (tx) => {
    const [interview] = await tx
      .select()
      .from(interviews)
      .where(and(eq(interviews.id, input.interviewId), eq(interviews.userId, input.userId)))
      .for("update");
    if (!interview) throw new AppError("not_found", "That interview was not found.");
    if (!RATABLE.has(interview.status)) {
      const why =
        interview.status === "active"
          ? "Answers are rated once the interview is over: finish it or let the time run out first."
          : `This interview is ${interview.status}, so its answers cannot be rated.`;
      throw new AppError("conflict", why);
    }
    const [item] = await tx
      .select()
      .from(interviewItems)
      .where(and(eq(interviewItems.id, input.itemId), eq(interviewItems.interviewId, input.interviewId)));
    if (!item) throw new AppError("not_found", "That question was not found in this interview.");
    if (!item.submittedAt) throw new AppError("conflict", "This answer has not been submitted yet, so it cannot be rated.");

    const question = target.question;
    const kpCount = question.keyPoints.length;
    const badKp = input.keyPointsTicked.find((i) => i < 0 || i >= kpCount);
    if (badKp !== undefined) {
      throw new AppError("bad_request", `Key point ${badKp} does not exist: this question has ${kpCount} key point${kpCount === 1 ? "" : "s"} (0 to ${kpCount - 1}).`);
    }
    const checklist = input.checklistTicked ?? [];
    const isDesign = question.kind === "design";
    if (checklist.length > 0 && !isDesign) throw new AppError("bad_request", "Only system-design questions have a design checklist.");
    const clCount = isDesign ? DESIGN_CHECKLIST.length : 0;
    const badCl = checklist.find((i) => i < 0 || i >= clCount);
    if (badCl !== undefined) throw new AppError("bad_request", `Checklist item ${badCl} does not exist: the design checklist has ${clCount} items (0 to ${clCount - 1}).`);

    const kpTicked = distinct(input.keyPointsTicked);
    const clTicked = distinct(checklist);
    const { coverage, score } = scoreRating({
      rating: input.rating,
      keyPointsTicked: kpTicked,
      keyPointCount: kpCount,
      checklistTicked: clTicked,
      checklistCount: clCount,
    });

    const [state] = await tx
      .select()
      .from(reviewStates)
      .where(and(eq(reviewStates.userId, input.userId), eq(reviewStates.questionId, question.id)))
      .for("update");
    const before = cardOf(state);
    let card: SrsCard;
    if (item.rating === null) {
      card = schedule(before, input.rating, input.now);
    } else {
      const logs = await tx
        .select({ itemId: ratingLogs.itemId, logId: ratingLogs.id, rating: ratingLogs.rating, ratedAt: ratingLogs.ratedAt })
        .from(ratingLogs)
        .where(and(eq(ratingLogs.userId, input.userId), eq(ratingLogs.questionId, question.id)));
      const reviews = effectiveReviews([...logs, { itemId: item.id, logId: "pending", rating: input.rating, ratedAt: input.now }]);
      card = replay(reviews) ?? schedule(before, input.rating, input.now);
    }

    const [updated] = await tx
      .update(interviewItems)
      .set({
        keyPointsTicked: kpTicked,
        checklistTicked: isDesign ? clTicked : null,
        rating: input.rating,
        ratedAt: input.now,
        note: input.note?.trim() ? input.note.trim() : null,
        score,
      })
      .where(eq(interviewItems.id, item.id))
      .returning();

    const row = {
      due: card.due,
      stability: card.stability,
      difficulty: card.difficulty,
      elapsedDays: card.elapsedDays,
      scheduledDays: card.scheduledDays,
      learningSteps: card.learningSteps,
      reps: card.reps,
      lapses: card.lapses,
      state: card.state,
      lastReview: card.lastReview,
      updatedAt: input.now,
    };
    await tx
      .insert(reviewStates)
      .values({ userId: input.userId, questionId: question.id, ...row })
      .onConflictDoUpdate({ target: [reviewStates.userId, reviewStates.questionId], set: row });

    await tx.insert(ratingLogs).values({
      userId: input.userId,
      questionId: question.id,
      itemId: item.id,
      rating: input.rating,
      coverage,
      score,
      stateBefore: before?.state ?? 0,
      dueAfter: card.due,
      ratedAt: input.now,
    });

    const [{ unrated } = { unrated: 0 }] = await tx
      .select({ unrated: sql<number>`count(*)::int` })
      .from(interviewItems)
      .where(and(eq(interviewItems.interviewId, interview.id), sql`${interviewItems.rating} is null`));
    let status = interview.status as "review" | "completed";
    if (status === "review" && unrated === 0) {
      await tx.update(interviews).set({ status: "completed", updatedAt: input.now }).where(eq(interviews.id, interview.id));
      status = "completed";
    }
    const againCount = await countAgainsInTx(tx, input.userId, question.id);
    return { item: updated!, coverage, score, due: card.due, interviewStatus: status, leech: isLeech({ lapses: card.lapses, againCount }) };
  });
}

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];
type Conn = Database | Tx;

/** "Again" ratings that stand for one question (corrected ones do not count). */
async function countAgainsInTx(conn: Conn, userId: string, questionId: string): Promise<number> {
  const logs = await conn
    .select({ itemId: ratingLogs.itemId, logId: ratingLogs.id, rating: ratingLogs.rating, ratedAt: ratingLogs.ratedAt })
    .from(ratingLogs)
    .where(and(eq(ratingLogs.userId, userId), eq(ratingLogs.questionId, questionId)));
  return effectiveReviews(logs).filter((r) => r.rating === 1).length;
}

/** How many questions are due for review at `now` (with the learn-ahead window). */
export async function countDueByUser(userId: string, now: Date): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(reviewStates)
    .where(and(eq(reviewStates.userId, userId), lte(reviewStates.due, dueCutoff(now))));
  return row?.n ?? 0;
}

/** The questions due at `now`, most overdue first. */
export async function listDueQuestionIdsByUser(userId: string, now: Date, limit = MAX_QUESTIONS): Promise<string[]> {
  const db = await getDb();
  const rows = await db
    .select({ questionId: reviewStates.questionId })
    .from(reviewStates)
    .where(and(eq(reviewStates.userId, userId), lte(reviewStates.due, dueCutoff(now))))
    .orderBy(asc(reviewStates.due), asc(reviewStates.questionId))
    .limit(limit);
  return rows.map((r) => r.questionId);
}

export interface ScheduleInfo {
  questionId: string;
  due: Date;
  state: number;
  reps: number;
  lapses: number;
  againCount: number;
  leech: boolean;
}

/** The person's schedule for some questions (those never rated are absent). */
export async function getScheduleByUser(userId: string, questionIds: string[]): Promise<Map<string, ScheduleInfo>> {
  if (questionIds.length === 0) return new Map();
  const db = await getDb();
  const [states, logs] = await Promise.all([
    db
      .select()
      .from(reviewStates)
      .where(and(eq(reviewStates.userId, userId), inArray(reviewStates.questionId, questionIds))),
    db
      .select({ questionId: ratingLogs.questionId, itemId: ratingLogs.itemId, logId: ratingLogs.id, rating: ratingLogs.rating, ratedAt: ratingLogs.ratedAt })
      .from(ratingLogs)
      .where(and(eq(ratingLogs.userId, userId), inArray(ratingLogs.questionId, questionIds))),
  ]);
  return new Map(
    states.map((s) => {
      const againCount = effectiveReviews(logs.filter((l) => l.questionId === s.questionId)).filter((r) => r.rating === 1).length;
      return [
        s.questionId,
        { questionId: s.questionId, due: s.due, state: s.state, reps: s.reps, lapses: s.lapses, againCount, leech: isLeech({ lapses: s.lapses, againCount }) },
      ];
    }),
  );
}

export interface LeechRow extends ScheduleInfo {
  slug: string;
  title: string;
}

/** Questions failed so often that drilling them is not working: worth re-reading the sample answer. */
export async function listLeechesByUser(userId: string): Promise<LeechRow[]> {
  const db = await getDb();
  const rated = await db
    .select({ questionId: reviewStates.questionId, slug: questions.slug, title: questions.title })
    .from(reviewStates)
    .innerJoin(questions, eq(questions.id, reviewStates.questionId))
    .where(eq(reviewStates.userId, userId))
    .orderBy(desc(reviewStates.lapses), asc(questions.title));
  const info = await getScheduleByUser(
    userId,
    rated.map((r) => r.questionId),
  );
  return rated.flatMap((r) => {
    const s = info.get(r.questionId);
    return s?.leech ? [{ ...s, slug: r.slug, title: r.title }] : [];
  });
}
