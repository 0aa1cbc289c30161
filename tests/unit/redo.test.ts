import { describe, expect, it } from "vitest";
import { compareAttempts, redoQueue, wantsRedo, type AttemptRef } from "@/lib/review/redo";
import { phaseBudgets, phaseRows } from "@/lib/interview/phases";

const day = (d: number) => new Date(Date.UTC(2026, 0, d));
const attempt = (questionId: string, d: number, rating: number | null, redo = false): AttemptRef => ({
  questionId,
  itemId: `${questionId}-${d}`,
  interviewId: `iv-${d}`,
  title: questionId,
  at: day(d),
  rating,
  redoRequestedAt: redo ? day(d) : null,
});

describe("redo", () => {
  it("Again, Hard and 'Redo this' ask for a redo; Good and Easy do not", () => {
    expect([1, 2, 3, 4, null].map((rating) => wantsRedo({ rating, redoRequestedAt: null }))).toEqual([true, true, false, false, false]);
    expect(wantsRedo({ rating: 4, redoRequestedAt: day(1) })).toBe(true);
  });

  it("offers a question while its latest attempt asks for it, longest waiting first", () => {
    const queue = redoQueue([attempt("a", 1, 1), attempt("a", 5, 3), attempt("b", 3, 2), attempt("c", 2, 4, true), attempt("d", 4, null)]);
    // "a" was redone and rated Good since: it is no longer offered.
    expect(queue.map((q) => q.questionId)).toEqual(["c", "b"]);
  });

  it("compares two attempts: key points gained and lost, score, time, phases and the words", () => {
    const t0 = day(1);
    const rows = (reqMin: number) => phaseRows({ startedAt: t0, events: [{ phase: "entities", at: new Date(t0.getTime() + reqMin * 60_000) }], budgets: phaseBudgets(40), endAt: new Date(t0.getTime() + 30 * 60_000), now: day(2) });
    const cmp = compareAttempts(
      { text: "cache the links in memory", keyPointsTicked: [0, 2], score: 40, usedMs: 30 * 60_000, phases: rows(20) },
      { text: "cache the links in Redis with a TTL", keyPointsTicked: [0, 1], score: 70.4, usedMs: 25 * 60_000, phases: rows(6) },
      ["Caching", "Expiry", "Sharding"],
    );
    expect(cmp.gained).toEqual(["Expiry"]);
    expect(cmp.lost).toEqual(["Sharding"]);
    expect(cmp.scoreDelta).toBe(30);
    expect(cmp.timeDeltaMs).toBe(-5 * 60_000);
    expect(cmp.phases![0]).toMatchObject({ label: "Requirements", beforeMs: 20 * 60_000, afterMs: 6 * 60_000 });
    expect(cmp.diff.filter((c) => c.removed).map((c) => c.value.trim())).toContain("memory");
    expect(cmp.diff.filter((c) => c.added).map((c) => c.value).join("")).toContain("Redis");
    expect(cmp.diff.filter((c) => !c.added).map((c) => c.value).join("")).toBe("cache the links in memory");
  });

  it("unrated attempts have no score change", () => {
    const side = { text: "", keyPointsTicked: [], score: null, usedMs: null, phases: null };
    expect(compareAttempts(side, { ...side, score: 50 }, [])).toMatchObject({ scoreDelta: null, timeDeltaMs: null, phases: null, gained: [], lost: [] });
  });
});
