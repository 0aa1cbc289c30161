import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { listHistoryByUser } from "@/db/queries/history";
import { finishInterviewForUser } from "@/db/queries/interview-transitions";
import { createInterview, getInterviewWithItemsForUser } from "@/db/queries/interviews";
import { addToRatingRollups, rateItemForUser } from "@/db/queries/ratings";
import { getWeakTopicsByUser } from "@/db/queries/topics";
import { interviewItems, interviews, questions, ratingLogs, recallStates } from "@/db/schema";
import { weekOf } from "@/lib/insights";
import type { InterviewConfig } from "@/lib/interview/config";
import { createTestUser, dbKind } from "./helpers";

const cfg: InterviewConfig = { levels: ["beginner"], kinds: ["concept"], topics: [], count: 2, timerMode: "untimed", totalMinutes: 45, focus: "any" };

async function questionIds(slugs: string[]) {
  const db = await getDb();
  const rows = await db.select({ id: questions.id, slug: questions.slug, kp: questions.keyPoints, topics: questions.topics, kind: questions.kind }).from(questions).where(inArray(questions.slug, slugs));
  return Object.fromEntries(rows.map((r) => [r.slug, r]));
}

async function interviewAt(userId: string, at: Date, ids: string[], title = "t") {
  return createInterview({ userId, title, config: cfg, seed: 1, questionIds: ids, now: at });
}

describe(`history on ${dbKind()}`, () => {
  it("keyset pages stay stable when new interviews arrive between pages", async () => {
    const user = await createTestUser();
    const q = await questionIds(["acid-properties"]);
    const base = Date.parse("2026-06-01T00:00:00Z");
    const made: string[] = [];
    for (let i = 0; i < 25; i++) {
      // Three share a timestamp: ties are broken by id, never skipped or repeated.
      const at = new Date(base + (i < 3 ? 0 : i) * 60_000);
      made.push((await interviewAt(user.id, at, [q["acid-properties"]!.id], `iv ${i}`)).id);
    }
    const first = await listHistoryByUser(user.id, {}, { limit: 10 });
    expect(first.rows).toHaveLength(10);
    expect(first.nextCursor).toBeTruthy();
    for (let i = 0; i < 5; i++) await interviewAt(user.id, new Date(base + (100 + i) * 60_000), [q["acid-properties"]!.id], `new ${i}`);
    const second = await listHistoryByUser(user.id, { cursor: first.nextCursor! }, { limit: 10 });
    const third = await listHistoryByUser(user.id, { cursor: second.nextCursor! }, { limit: 10 });
    expect(third.nextCursor).toBeNull();
    const seen = [...first.rows, ...second.rows, ...third.rows].map((r) => r.id);
    expect(seen).toHaveLength(25);
    expect(new Set(seen)).toEqual(new Set(made));
    const times = [...first.rows, ...second.rows, ...third.rows].map((r) => r.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("filters by topic, kind, level, status and date, and keeps others' interviews out", async () => {
    const user = await createTestUser();
    const other = await createTestUser("Other");
    const q = await questionIds(["acid-properties", "sync-vs-async"]);
    const a = await interviewAt(user.id, new Date("2026-05-01T10:00:00Z"), [q["acid-properties"]!.id]);
    const b = await interviewAt(user.id, new Date("2026-05-03T10:00:00Z"), [q["sync-vs-async"]!.id]);
    await interviewAt(other.id, new Date("2026-05-02T10:00:00Z"), [q["acid-properties"]!.id]);
    const db = await getDb();
    await db.update(interviews).set({ status: "completed" }).where(eq(interviews.id, b.id));
    const ids = async (f: Parameters<typeof listHistoryByUser>[1]) => (await listHistoryByUser(user.id, f)).rows.map((r) => r.id);
    expect(await ids({})).toEqual([b.id, a.id]);
    expect(await ids({ topic: "transactions" })).toEqual([a.id]);
    expect(await ids({ kind: "design" })).toEqual([]);
    expect(await ids({ level: "beginner" })).toEqual([b.id, a.id]);
    expect(await ids({ status: "completed" })).toEqual([b.id]);
    expect(await ids({ from: "2026-05-02", to: "2026-05-03" })).toEqual([b.id]);
    expect(await ids({ to: "2026-05-01" })).toEqual([a.id]);
    const row = (await listHistoryByUser(user.id, { topic: "transactions" })).rows[0]!;
    expect(row.items.map((i) => i.title)).toHaveLength(1);
  });
});

describe(`weak topics on ${dbKind()}`, () => {
  it("aggregates match a hand-computed fixture", async () => {
    const user = await createTestUser();
    const q = await questionIds(["acid-properties", "get-vs-post"]);
    const acid = q["acid-properties"]!;
    const get = q["get-vs-post"]!;
    // The fixture leans on these facts of the built-in bank.
    expect([acid.kind, get.kind]).toEqual(["concept", "concept"]);
    const kpAcid = acid.kp.length;
    const kpGet = get.kp.length;
    expect(Math.min(kpAcid, kpGet)).toBeGreaterThanOrEqual(3);
    expect(acid.topics).toEqual(["transactions", "databases-sql"]);
    expect(get.topics).toEqual(["http-rest", "apis"]);

    const A = await interviewAt(user.id, new Date("2026-11-02T09:00:00Z"), [acid.id, get.id]);
    const B = await interviewAt(user.id, new Date("2026-11-16T09:00:00Z"), [acid.id, get.id]);
    const db = await getDb();
    const item = async (iv: string, qid: string) =>
      (await db.select().from(interviewItems).where(and(eq(interviewItems.interviewId, iv), eq(interviewItems.questionId, qid))))[0]!;
    const rate = async (iv: string, qid: string, rating: number, ticked: number[], score: number, at: string) => {
      const it = await item(iv, qid);
      await db.update(interviewItems).set({ rating, keyPointsTicked: ticked, score, ratedAt: new Date(at) }).where(eq(interviewItems.id, it.id));
      const kp = qid === acid.id ? kpAcid : kpGet;
      await db.insert(ratingLogs).values({ userId: user.id, questionId: qid, itemId: it.id, rating, coverage: ticked.length / kp, score, stateBefore: 0, dueAfter: new Date(at), ratedAt: new Date(at) });
      // The log's rollups, as the rating transaction keeps them (that it does is the next test's point).
      await addToRatingRollups(db, { userId: user.id, topics: qid === acid.id ? acid.topics : get.topics, rating, score, coverage: ticked.length / kp, ratedAt: new Date(at) });
    };
    await rate(A.id, acid.id, 3, [0, 1, 2], 67, "2026-11-02T10:00:00Z");
    await rate(A.id, get.id, 1, [0], 10, "2026-11-02T10:00:00Z");
    await rate(B.id, acid.id, 2, [0], 25, "2026-11-16T10:00:00Z");
    // B's get-vs-post was attempted but never rated.
    const now = new Date("2026-11-20T12:00:00Z");
    const rs = { stability: 1, difficulty: 5, elapsedDays: 0, scheduledDays: 1, reps: 1, lapses: 0, state: 2 };
    await db.insert(recallStates).values([
      { userId: user.id, questionId: acid.id, due: new Date("2026-11-19T00:00:00Z"), ...rs },
      { userId: user.id, questionId: get.id, due: new Date("2026-11-25T00:00:00Z"), ...rs },
    ]);

    const res = await getWeakTopicsByUser(user.id, now);
    expect(res.topics.map((t) => t.key)).toEqual(["apis", "http-rest", "databases-sql", "transactions"]);
    const t = Object.fromEntries(res.topics.map((s) => [s.key, s]));
    expect(t.transactions).toMatchObject({ attempts: 2, rated: 2, avgRating: 2.5, avgScore: 46, due: 1 });
    expect(t.transactions!.avgCoverage).toBeCloseTo((3 / kpAcid + 1 / kpAcid) / 2);
    expect(t["http-rest"]).toMatchObject({ attempts: 2, rated: 1, avgRating: 1, avgScore: 10, due: 0 });
    expect(t["http-rest"]!.avgCoverage).toBeCloseTo(1 / kpGet);
    // Weekly trend from the rating log: 67 in the week of 2 Nov, 25 in the week of 16 Nov.
    expect(t.transactions!.weekly).toEqual([
      { week: "2026-11-02", avgScore: 67, count: 1 },
      { week: "2026-11-16", avgScore: 25, count: 1 },
    ]);
    expect(t.transactions!.trend.slopePerWeek).toBeCloseTo(-21);
    expect(t.transactions!.trend.direction).toBe("declining");

    expect(res.kinds).toHaveLength(1);
    expect(res.kinds[0]).toMatchObject({ key: "concept", attempts: 4, rated: 3, avgRating: 2, avgScore: 34, due: 1 });
    expect(res.kinds[0]!.avgCoverage).toBeCloseTo((3 / kpAcid + 1 / kpGet + 1 / kpAcid) / 3);

    expect(res.calibration.byRating.map((r) => r.count)).toEqual([1, 1, 1, 0]);
    expect(res.calibration.bias).toBeCloseTo((2 / 3 - 3 / kpAcid + (0 - 1 / kpGet) + (1 / 3 - 1 / kpAcid)) / 3);
    expect(res.calibration.verdict).toBe("well-calibrated");
  });

  it("ratings given in reviews, re-ratings included, keep the rollups equal to the rating log", async () => {
    const user = await createTestUser();
    const other = await createTestUser("Other");
    const q = await questionIds(["acid-properties", "get-vs-post", "sync-vs-async"]);
    const ids = [q["acid-properties"]!.id, q["get-vs-post"]!.id, q["sync-vs-async"]!.id];
    const db = await getDb();
    // Three interviews over two weeks (Sunday night and Monday morning fall in different weeks), the last re-rated.
    const starts = ["2026-11-08T22:00:00Z", "2026-11-09T08:00:00Z", "2026-11-10T08:00:00Z"];
    for (const [n, start] of starts.entries()) {
      for (const who of [user.id, other.id]) {
        const iv = await createInterview({ userId: who, title: "t", config: { ...cfg, count: 3 }, seed: 1, questionIds: ids, now: new Date(start) });
        await finishInterviewForUser({ userId: who, interviewId: iv.id, now: new Date(Date.parse(start) + 60_000) });
        const loaded = (await getInterviewWithItemsForUser({ userId: who, interviewId: iv.id, now: new Date(Date.parse(start) + 60_000) }))!;
        for (const [i, it] of loaded.items.entries()) {
          const rateAt = (min: number) => new Date(Date.parse(start) + min * 60_000);
          await rateItemForUser({ userId: who, interviewId: iv.id, itemId: it.id, rating: (((i + n) % 4) + 1) as 1 | 2 | 3 | 4, keyPointsTicked: [0, 1].slice(0, i), now: rateAt(5) });
          if (n === 2 && who === user.id) await rateItemForUser({ userId: who, interviewId: iv.id, itemId: it.id, rating: 4, keyPointsTicked: [0, 1, 2], now: rateAt(9) });
        }
      }
    }
    // The oracle: the rating log itself, spread over topics and weeks here.
    const logs = await db.select().from(ratingLogs).where(eq(ratingLogs.userId, user.id));
    expect(logs).toHaveLength(12);
    const topicsOf = Object.fromEntries(Object.values(q).map((r) => [r.id, r.topics]));
    const weekly = new Map<string, { n: number; sum: number }>();
    for (const l of logs)
      for (const topic of topicsOf[l.questionId]!) {
        const k = `${topic} ${weekOf(l.ratedAt)}`;
        const w = weekly.get(k) ?? { n: 0, sum: 0 };
        weekly.set(k, { n: w.n + 1, sum: w.sum + l.score });
      }
    const res = await getWeakTopicsByUser(user.id, new Date("2026-11-20T00:00:00Z"));
    const got = res.topics.flatMap((t) => t.weekly.map((w) => ({ k: `${t.key} ${w.week}`, n: w.count, avg: w.avgScore })));
    expect(got.map((g) => g.k).sort()).toEqual([...weekly.keys()].sort());
    expect(new Set(got.map((g) => g.k.split(" ")[1]))).toEqual(new Set(["2026-11-02", "2026-11-09"]));
    for (const g of got) {
      expect(g.n).toBe(weekly.get(g.k)!.n);
      expect(g.avg).toBeCloseTo(weekly.get(g.k)!.sum / weekly.get(g.k)!.n, 3);
    }
    for (const r of res.calibration.byRating) {
      const mine = logs.filter((l) => l.rating === r.rating);
      expect(r.count).toBe(mine.length);
      if (mine.length) expect(r.avgCoverage).toBeCloseTo(mine.reduce((a, l) => a + l.coverage, 0) / mine.length, 5);
    }
  });

  it("a new person has no topics; another person's data never counts", async () => {
    const user = await createTestUser();
    const res = await getWeakTopicsByUser(user.id, new Date());
    expect(res.topics).toEqual([]);
    expect(res.kinds).toEqual([]);
    expect(res.calibration.verdict).toBe("unknown");
  });
});
