import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { finishInterviewForUser } from "@/db/queries/interview-transitions";
import { createInterview, getDrawHistoryByUser, getInterviewWithItemsForUser, listDrawCandidates } from "@/db/queries/interviews";
import { rateItemForUser } from "@/db/queries/ratings";
import { getRecallByUser, listDueQuestionIdsByUser, listLeechesByUser } from "@/db/queries/recall";
import { getPlanInputsByUser } from "@/db/queries/schedule";

/** The dashboard's "N due for review" (it comes with the study plan's counts). */
const countDueByUser = async (input: { userId: string; now: Date }) => (await getPlanInputsByUser(input)).dueForReview;
import { interviewItems, interviews, ratingLogs, recallStates } from "@/db/schema";
import { EVERY_QUESTION, type InterviewConfig } from "@/lib/interview/config";
import { createTestUser, dbKind } from "./helpers";

const MIN = 60_000;
const config: InterviewConfig = { ...EVERY_QUESTION, count: 2, totalMinutes: 30 };

async function questionIds(kind: "concept" | "design", n: number) {
  const bank = await listDrawCandidates();
  return bank
    .filter((q) => q.kind === kind)
    .map((q) => q.id)
    .sort()
    .slice(0, n);
}

/** A finished interview (in review) of the given questions, started at `start`. */
async function finished(userId: string, ids: string[], start: Date) {
  const iv = await createInterview({ userId, title: "Review test", config: { ...config, count: ids.length }, seed: 1, questionIds: ids, now: start });
  await finishInterviewForUser({ interviewId: iv.id, userId, now: new Date(start.getTime() + 5 * MIN) });
  return (await getInterviewWithItemsForUser({ interviewId: iv.id, userId, now: new Date(start.getTime() + 5 * MIN) }))!;
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "ok";
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
}

describe(`reviews on ${dbKind()}`, () => {
  it("a rating updates the item, the schedule and the log, and the last one completes the interview", async () => {
    const user = await createTestUser();
    const start = new Date("2026-02-01T10:00:00Z");
    const ids = await questionIds("concept", 2);
    const { interview, items } = await finished(user.id, ids, start);
    expect(interview.status).toBe("review");
    const now = new Date(start.getTime() + 10 * MIN);
    const first = items[0]!;
    const kpCount = first.question.keyPoints.length;
    const r = await rateItemForUser({ userId: user.id, interviewId: interview.id, itemId: first.id, rating: 3, keyPointsTicked: [0, 1, 1], note: "  missed the trade-offs ", now });
    expect(r.score).toBe(Math.round(100 * (0.6 * (2 / kpCount) + 0.4 * (2 / 3))));
    expect(r.interviewStatus).toBe("review");
    expect(r.due.getTime()).toBe(now.getTime() + 10 * MIN);

    const db = await getDb();
    const [item] = await db.select().from(interviewItems).where(eq(interviewItems.id, first.id));
    expect(item).toMatchObject({ rating: 3, keyPointsTicked: [0, 1], note: "missed the trade-offs", score: r.score });
    expect(item!.ratedAt?.getTime()).toBe(now.getTime());
    const [state] = await db.select().from(recallStates).where(and(eq(recallStates.userId, user.id), eq(recallStates.questionId, first.questionId)));
    expect(state).toMatchObject({ reps: 1, lapses: 0, state: 1 });
    const logs = await db.select().from(ratingLogs).where(eq(ratingLogs.itemId, first.id));
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ rating: 3, stateBefore: 0, score: r.score });
    expect(logs[0]!.coverage).toBeCloseTo(2 / kpCount);

    const last = await rateItemForUser({ userId: user.id, interviewId: interview.id, itemId: items[1]!.id, rating: 1, keyPointsTicked: [], now });
    expect(last.interviewStatus).toBe("completed");
    const [iv] = await db.select().from(interviews).where(eq(interviews.id, interview.id));
    expect(iv!.status).toBe("completed");
  });

  it("re-rating replaces the rating, appends a log row, and recomputes the schedule as one review", async () => {
    const user = await createTestUser();
    const start = new Date("2026-02-02T10:00:00Z");
    const { interview, items } = await finished(user.id, await questionIds("concept", 1), start);
    const item = items[0]!;
    const t1 = new Date(start.getTime() + 10 * MIN);
    await rateItemForUser({ userId: user.id, interviewId: interview.id, itemId: item.id, rating: 1, keyPointsTicked: [], now: t1 });
    const t2 = new Date(t1.getTime() + 2 * MIN);
    const again = await rateItemForUser({ userId: user.id, interviewId: interview.id, itemId: item.id, rating: 4, keyPointsTicked: [0], now: t2 });
    expect(again.interviewStatus).toBe("completed");
    const db = await getDb();
    const logs = await db.select().from(ratingLogs).where(eq(ratingLogs.itemId, item.id));
    expect(logs.map((l) => l.rating).sort()).toEqual([1, 4]);
    const [row] = await db.select().from(interviewItems).where(eq(interviewItems.id, item.id));
    expect(row).toMatchObject({ rating: 4, keyPointsTicked: [0] });
    const [state] = await db.select().from(recallStates).where(and(eq(recallStates.userId, user.id), eq(recallStates.questionId, item.questionId)));
    // As if "Easy" had been the first and only rating, given at t1: one review, graduated, due in 8 days from t1.
    expect(state).toMatchObject({ reps: 1, lapses: 0, state: 2 });
    expect(state!.due.getTime()).toBe(t1.getTime() + 8 * 86_400_000);
  });

  it("refuses: not yours 404, too early 409, unknown key point or checklist item 400 — and changes nothing", async () => {
    const user = await createTestUser();
    const other = await createTestUser("Other");
    const now = new Date();
    const ids = await questionIds("concept", 1);
    const active = await createInterview({ userId: user.id, title: "Live", config: { ...config, count: 1 }, seed: 1, questionIds: ids, now });
    const live = (await getInterviewWithItemsForUser({ interviewId: active.id, userId: user.id, now }))!;
    const base = { userId: user.id, interviewId: active.id, itemId: live.items[0]!.id, rating: 3 as const, keyPointsTicked: [], now };
    expect(await codeOf(rateItemForUser(base))).toBe("conflict");
    expect(await codeOf(rateItemForUser({ ...base, userId: other.id }))).toBe("not_found");
    expect(await codeOf(rateItemForUser({ ...base, itemId: crypto.randomUUID() }))).toBe("not_found");

    const done = await finished(user.id, ids, new Date(now.getTime() - 60 * MIN));
    const item = done.items[0]!;
    const good = { ...base, interviewId: done.interview.id, itemId: item.id };
    expect(await codeOf(rateItemForUser({ ...good, userId: other.id }))).toBe("not_found");
    expect(await codeOf(rateItemForUser({ ...good, itemId: live.items[0]!.id }))).toBe("not_found");
    expect(await codeOf(rateItemForUser({ ...good, keyPointsTicked: [item.question.keyPoints.length] }))).toBe("bad_request");
    expect(await codeOf(rateItemForUser({ ...good, checklistTicked: [0] }))).toBe("bad_request");
    const db = await getDb();
    expect(await db.select().from(ratingLogs).where(eq(ratingLogs.userId, user.id))).toHaveLength(0);
    expect(await db.select().from(recallStates).where(eq(recallStates.userId, user.id))).toHaveLength(0);
  });

  it("an interview whose time ran out, never reloaded since, is closed by the rating itself and then rated", async () => {
    const user = await createTestUser();
    const start = new Date(Date.now() - 2 * 60 * MIN);
    const ids = await questionIds("concept", 1);
    const iv = await createInterview({ userId: user.id, title: "Ran out", config: { ...config, count: 1 }, seed: 1, questionIds: ids, now: start });
    const db = await getDb();
    const [{ itemId } = { itemId: "" }] = await db.select({ itemId: interviewItems.id }).from(interviewItems).where(eq(interviewItems.interviewId, iv.id));
    const [before] = await db.select().from(interviews).where(eq(interviews.id, iv.id));
    expect(before!.status).toBe("active");
    const r = await rateItemForUser({ userId: user.id, interviewId: iv.id, itemId, rating: 3, keyPointsTicked: [0], now: new Date() });
    // Its only answer rated: the interview went to review (at its deadline) and on to completed, in one transaction.
    expect(r.interviewStatus).toBe("completed");
    const [after] = await db.select().from(interviews).where(eq(interviews.id, iv.id));
    expect(after!.finishedAt?.getTime()).toBe(before!.deadlineAt!.getTime());
    const [item] = await db.select().from(interviewItems).where(eq(interviewItems.id, itemId));
    expect(item!.submittedAt?.getTime()).toBe(before!.deadlineAt!.getTime());
    expect(item!.rating).toBe(3);
  });

  it("a design question takes its checklist into the coverage", async () => {
    const user = await createTestUser();
    const { interview, items } = await finished(user.id, await questionIds("design", 1), new Date(Date.now() - 60 * MIN));
    const item = items[0]!;
    const kp = item.question.keyPoints.length;
    const r = await rateItemForUser({ userId: user.id, interviewId: interview.id, itemId: item.id, rating: 4, keyPointsTicked: [0], checklistTicked: [0, 1, 6], now: new Date() });
    expect(r.coverage).toBeCloseTo(4 / (kp + 7));
    expect(r.item.checklistTicked).toEqual([0, 1, 6]);
    expect(await codeOf(rateItemForUser({ userId: user.id, interviewId: interview.id, itemId: item.id, rating: 4, keyPointsTicked: [], checklistTicked: [7], now: new Date() }))).toBe("bad_request");
  });

  it("is one transaction: when the log insert fails, neither the item nor the schedule changes", async () => {
    const user = await createTestUser("Failing");
    const start = new Date("2026-02-03T10:00:00Z");
    const { interview, items } = await finished(user.id, await questionIds("concept", 1), start);
    const db = await getDb();
    const fn = `fail_log_${user.id.replace(/-/g, "")}`;
    // A trigger that refuses this user's log rows: the last write of the transaction fails.
    await db.execute(sql.raw(`create function ${fn}() returns trigger language plpgsql as $$ begin raise exception 'log insert refused'; end $$`));
    await db.execute(sql.raw(`create trigger ${fn} before insert on rating_logs for each row when (new.user_id = '${user.id}') execute function ${fn}()`));
    try {
      const res = await codeOf(rateItemForUser({ userId: user.id, interviewId: interview.id, itemId: items[0]!.id, rating: 3, keyPointsTicked: [0], now: new Date(start.getTime() + 10 * MIN) }));
      expect(res).not.toBe("ok");
    } finally {
      await db.execute(sql.raw(`drop trigger ${fn} on rating_logs`));
      await db.execute(sql.raw(`drop function ${fn}()`));
    }
    const [row] = await db.select().from(interviewItems).where(eq(interviewItems.id, items[0]!.id));
    expect(row).toMatchObject({ rating: null, score: null, keyPointsTicked: null, ratedAt: null });
    expect(await db.select().from(recallStates).where(eq(recallStates.userId, user.id))).toHaveLength(0);
    const [iv] = await db.select().from(interviews).where(eq(interviews.id, interview.id));
    expect(iv!.status).toBe("review");
  });

  it("due queries follow the schedule (with the learn-ahead window) and a leech is flagged", async () => {
    const user = await createTestUser();
    const ids = await questionIds("concept", 2);
    const start = new Date("2026-02-04T10:00:00Z");
    const { interview, items } = await finished(user.id, ids, start);
    const t = new Date(start.getTime() + 10 * MIN);
    await rateItemForUser({ userId: user.id, interviewId: interview.id, itemId: items[0]!.id, rating: 3, keyPointsTicked: [], now: t }); // due t+10 min
    await rateItemForUser({ userId: user.id, interviewId: interview.id, itemId: items[1]!.id, rating: 4, keyPointsTicked: [], now: t }); // due t+8 days
    expect(await countDueByUser({ userId: user.id, now: new Date(t.getTime() - 11 * MIN) })).toBe(0);
    expect(await countDueByUser({ userId: user.id, now: t })).toBe(1); // 10 minutes ahead is within the window
    expect(await listDueQuestionIdsByUser({ userId: user.id, now: t })).toEqual([items[0]!.questionId]);
    const later = new Date(t.getTime() + 9 * 86_400_000);
    expect(await countDueByUser({ userId: user.id, now: later })).toBe(2);
    expect(await listDueQuestionIdsByUser({ userId: user.id, now: later })).toEqual([items[0]!.questionId, items[1]!.questionId]);
    const stranger = await createTestUser();
    expect(await countDueByUser({ userId: stranger.id, now: later })).toBe(0);

    // Fail the first question in four more interviews: a leech.
    let at = later;
    for (let i = 0; i < 4; i++) {
      const again = await finished(user.id, [ids[0]!], at);
      await rateItemForUser({ userId: user.id, interviewId: again.interview.id, itemId: again.items[0]!.id, rating: 1, keyPointsTicked: [], now: new Date(at.getTime() + 10 * MIN) });
      at = new Date(at.getTime() + 86_400_000);
    }
    const leeches = await listLeechesByUser({ userId: user.id });
    expect(leeches.map((l) => l.questionId)).toEqual([ids[0]]);
    expect(leeches[0]!.againCount).toBe(4);
    const schedule = await getRecallByUser({ userId: user.id, questionIds: ids });
    expect(schedule.get(ids[1]!)?.leech).toBe(false);
  });
});

describe(`the draw's weak topics on ${dbKind()}`, () => {
  it("count the ratings that stand: a corrected rating no longer weighs on its topics", async () => {
    const user = await createTestUser();
    const start = new Date("2026-03-01T10:00:00Z");
    const [id] = await questionIds("concept", 1);
    const { interview, items } = await finished(user.id, [id!], start);
    const item = items[0]!;
    const topic = item.question.topics[0]!;
    const at = (m: number) => new Date(start.getTime() + m * MIN);
    const again = await rateItemForUser({ userId: user.id, interviewId: interview.id, itemId: item.id, rating: 1, keyPointsTicked: [], now: at(10) });
    const weakness = async () => (await getDrawHistoryByUser({ userId: user.id, now: at(30) })).topicWeakness?.get(topic);
    expect(await weakness()).toBeCloseTo(1 - again.score / 100, 5);
    // Corrected to Easy with every key point: only the correction stands (the log keeps both).
    const easy = await rateItemForUser({ userId: user.id, interviewId: interview.id, itemId: item.id, rating: 4, keyPointsTicked: item.question.keyPoints.map((_, i) => i), now: at(20) });
    expect(easy.score).toBeGreaterThan(again.score);
    expect(await weakness()).toBeCloseTo(1 - easy.score / 100, 5);
    const db = await getDb();
    expect(await db.select().from(ratingLogs).where(eq(ratingLogs.itemId, item.id))).toHaveLength(2);
    // Someone else's history holds nothing of this person's.
    const other = await createTestUser();
    expect((await getDrawHistoryByUser({ userId: other.id, now: at(30) })).topicWeakness?.size ?? 0).toBe(0);
  });
});
