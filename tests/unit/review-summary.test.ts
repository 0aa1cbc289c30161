import { describe, expect, it } from "vitest";
import { formatDuration, overtimeMs, reviewTimes, timeUsedMs, weakestTopics } from "@/lib/review/summary";
import { ratingBodySchema } from "@/lib/review/rating-schema";

describe("review summary", () => {
  it("ranks topics by average score, weakest first, ignoring unrated questions", () => {
    const out = weakestTopics([
      { topics: ["caching", "databases"], score: 40 },
      { topics: ["caching"], score: 80 },
      { topics: ["apis"], score: 90 },
      { topics: ["queues"], score: null },
    ]);
    expect(out).toEqual([
      { topic: "databases", score: 40, questions: 1 },
      { topic: "caching", score: 60, questions: 2 },
      { topic: "apis", score: 90, questions: 1 },
    ]);
    expect(weakestTopics([{ topics: ["a"], score: null }])).toEqual([]);
  });

  it("measures time used and overtime", () => {
    const s = new Date("2026-01-01T10:00:00Z");
    expect(timeUsedMs({ startedAt: s, submittedAt: new Date(s.getTime() + 7 * 60_000) }, null)).toBe(7 * 60_000);
    expect(timeUsedMs({ startedAt: null, submittedAt: null }, s)).toBeNull();
    expect(overtimeMs(7 * 60_000, 5)).toBe(2 * 60_000);
    expect(overtimeMs(3 * 60_000, 5)).toBe(0);
    expect(formatDuration(45_000)).toBe("45 s");
    expect(formatDuration(7 * 60_000)).toBe("7 min");
    expect(formatDuration(65 * 60_000)).toBe("1 h 05 min");
  });
});

describe("rating body", () => {
  it("accepts a valid body and refuses ratings off the scale with a readable message", () => {
    expect(ratingBodySchema.parse({ rating: 3, keyPointsTicked: [0, 2] })).toEqual({ rating: 3, keyPointsTicked: [0, 2] });
    for (const rating of [0, 5, 2.5, "3", null]) {
      const r = ratingBodySchema.safeParse({ rating, keyPointsTicked: [] });
      expect(r.success).toBe(false);
      expect(r.error?.issues[0]?.message).toMatch(/1 \(Again\)/);
    }
    expect(ratingBodySchema.safeParse({ rating: 3, keyPointsTicked: [-1] }).success).toBe(false);
    expect(ratingBodySchema.safeParse({ rating: 3, keyPointsTicked: [], note: "x".repeat(2001) }).success).toBe(false);
  });
});

describe("review times", () => {
  const t = (m: number) => new Date(Date.UTC(2026, 11, 2, 10, m));
  const items = [
    { startedAt: t(0), submittedAt: t(4), suggestedMinutes: 5 },
    { startedAt: t(4), submittedAt: null, suggestedMinutes: 10 },
    { startedAt: null, submittedAt: null, suggestedMinutes: 7 },
  ];
  it("per question: each question's own time, summed, against the questions' suggested minutes", () => {
    const r = reviewTimes({ timerMode: "per_question", startedAt: t(0), finishedAt: t(10), totalSeconds: null }, items);
    expect(r.perItemMs).toEqual([240_000, 360_000, null]);
    expect(r.usedMs).toBe(600_000);
    expect(r.suggestedMinutes).toBe(22);
  });
  it("total: start to finish against the budget; untimed: against the suggested minutes", () => {
    expect(reviewTimes({ timerMode: "total", startedAt: t(0), finishedAt: t(25), totalSeconds: 1800 }, items)).toEqual({ usedMs: 1_500_000, suggestedMinutes: 30, perItemMs: null });
    expect(reviewTimes({ timerMode: "untimed", startedAt: t(0), finishedAt: null, totalSeconds: null }, items)).toEqual({ usedMs: null, suggestedMinutes: 22, perItemMs: null });
  });
});
