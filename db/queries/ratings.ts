import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "../client";
import { interviewItems, interviews, questions, ratingLogs, recallStates, type InterviewItem } from "../schema";
import { loadFlowRows, toFlow, toFlowItems } from "./interviews";
import { applySettlement } from "./interview-clocks";
import { settle } from "@/lib/interview/flow";
import { lockInterviewForUser, type Conn } from "./owned";
import { DESIGN_CHECKLIST } from "@/lib/review/design-checklist";
import { AppError, notFound } from "@/lib/errors";
import { scoreRating, type RatingValue } from "@/lib/review/scoring";
import { isLeech, nextCard, replay, standingRatings, type RecallCard } from "@/lib/recall";
import { weekOf } from "@/lib/insights";

/** The review's write: rating one answer, and what it changes in the person's recall state. */

/**
 * One logged rating added to the log's rollups (db/schema/practice.ts), in one statement: under each of its
 * question's topics for its week, and under its self-rating for calibration. Call it beside the log row, in the
 * same transaction.
 */
export async function addToRatingRollups(
  conn: Conn,
  r: { userId: string; topics: readonly string[]; rating: number; score: number; coverage: number; ratedAt: Date },
): Promise<void> {
  const topics = [...new Set(r.topics)];
  await conn.execute(sql`
    with weeks as (
      insert into topic_weeks (user_id, topic, week, ratings, sum_score)
      select ${r.userId}, t, ${weekOf(r.ratedAt)}::date, 1, ${r.score}::float8 from jsonb_array_elements_text(${JSON.stringify(topics)}::jsonb) as t
      on conflict (user_id, topic, week) do update set ratings = topic_weeks.ratings + 1, sum_score = topic_weeks.sum_score + excluded.sum_score
    )
    insert into rating_calibration (user_id, rating, ratings, sum_coverage) values (${r.userId}, ${r.rating}, 1, ${r.coverage}::float8)
    on conflict (user_id, rating) do update set ratings = rating_calibration.ratings + 1, sum_coverage = rating_calibration.sum_coverage + excluded.sum_coverage`);
}

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

function cardOf(row: typeof recallStates.$inferSelect | undefined): RecallCard | null {
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
 * ticks, rating, note and score; the person's recall state (FSRS) for the question;
 * an appended rating log; and the interview moves to completed once every
 * answer is rated.
 *
 * Re-rating replaces the item's rating and appends a new log row (the log is
 * never rewritten). The recall state is then rebuilt from the ratings that stand —
 * each item's latest rating, dated when it was first rated — so a corrected
 * grade counts once, as if it had been given the first time, rather than as a
 * second review minutes later.
 */
export async function rateItemForUser(input: RateItemInput): Promise<RateItemResult> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const locked = await lockInterviewForUser(tx, { userId: input.userId, interviewId: input.interviewId });
    if (!locked) throw notFound("interview");
    // Close whatever time has run out first, under this lock, so a rating right after the clock ends is not refused
    // as "too early". Only a running interview can have anything to close (it used to be loaded and settled in a
    // transaction of its own before every rating).
    let interview = locked;
    if (locked.status === "active") {
      const settled = settle(toFlow(locked), toFlowItems(await loadFlowRows(tx, locked.id)), input.now);
      await applySettlement(tx, locked.id, settled, input.now);
      interview = { ...locked, ...settled.interview };
    }
    // The item with what the rating needs of its question (not the whole question: its sample answer and rules
    // are kilobytes of JSON the rating never reads).
    const [found] = await tx
      .select({
        item: interviewItems,
        question: { id: questions.id, kind: questions.kind, topics: questions.topics, keyPointCount: sql<number>`jsonb_array_length(${questions.keyPoints})` },
      })
      .from(interviewItems)
      .innerJoin(questions, eq(questions.id, interviewItems.questionId))
      .where(and(eq(interviewItems.id, input.itemId), eq(interviewItems.interviewId, input.interviewId)));
    if (!found) throw notFound("item");
    if (!RATABLE.has(interview.status)) {
      const why =
        interview.status === "active"
          ? "Answers are rated once the interview is over: finish it or let the time run out first."
          : `This interview is ${interview.status}, so its answers cannot be rated.`;
      throw new AppError("conflict", why);
    }
    // Read after the settling, so a question whose clock ran out just now counts as submitted.
    const { item, question } = found;
    if (!item.submittedAt) throw new AppError("conflict", "This answer has not been submitted yet, so it cannot be rated.");

    const kpCount = question.keyPointCount;
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
      .from(recallStates)
      .where(and(eq(recallStates.userId, input.userId), eq(recallStates.questionId, question.id)))
      .for("update");
    const before = cardOf(state);
    // The question's rating log with this rating added (read under the recall state's lock, so no other rating of
    // the question interleaves): a correction replays it, and the standing Agains decide a leech.
    const logs = await tx
      .select({ itemId: ratingLogs.itemId, logId: ratingLogs.id, rating: ratingLogs.rating, ratedAt: ratingLogs.ratedAt })
      .from(ratingLogs)
      .where(and(eq(ratingLogs.userId, input.userId), eq(ratingLogs.questionId, question.id)));
    const reviews = standingRatings([...logs, { itemId: item.id, logId: "pending", rating: input.rating, ratedAt: input.now }]);
    const againCount = reviews.filter((r) => r.rating === 1).length;
    const card: RecallCard = item.rating === null ? nextCard(before, input.rating, input.now) : (replay(reviews) ?? nextCard(before, input.rating, input.now));

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
      .insert(recallStates)
      .values({ userId: input.userId, questionId: question.id, ...row })
      .onConflictDoUpdate({ target: [recallStates.userId, recallStates.questionId], set: row });

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
    await addToRatingRollups(tx, { userId: input.userId, topics: question.topics, rating: input.rating, score, coverage, ratedAt: input.now });

    // The last answer rated completes the interview: one conditional update (this transaction sees its own rating).
    let status = interview.status as "review" | "completed";
    if (status === "review") {
      const done = await tx
        .update(interviews)
        .set({ status: "completed", updatedAt: input.now })
        .where(and(eq(interviews.id, interview.id), sql`not exists (select 1 from ${interviewItems} ii where ii.interview_id = ${interview.id} and ii.rating is null)`))
        .returning({ id: interviews.id });
      if (done.length) status = "completed";
    }
    return { item: updated!, coverage, score, due: card.due, interviewStatus: status, leech: isLeech({ lapses: card.lapses, againCount }) };
  });
}
