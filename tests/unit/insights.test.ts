import { describe, expect, it } from "vitest";
import { aggregateAttempts, calibration, rankWeakest, ratingValue, scoreTrend, weekOf, weeklyAverages, type Attempt } from "@/lib/insights";

const a = (groups: string[], rating: number | null, coverage: number | null, score: number | null, questionId = "q"): Attempt => ({ groups, rating, coverage, score, questionId });

describe("aggregation per group", () => {
  const attempts = [
    a(["caching", "scalability"], 2, 0.5, 42, "q1"),
    a(["caching"], 4, 1, 100, "q2"),
    a(["caching"], null, null, null, "q3"),
    a(["indexing"], 1, 0.25, 15, "q4"),
  ];
  const stats = aggregateAttempts(attempts, new Map([["caching", 2], ["transactions", 1]]));
  const by = Object.fromEntries(stats.map((s) => [s.key, s]));

  it("counts attempts, averages rating, coverage and score over rated attempts only", () => {
    expect(by.caching).toEqual({ key: "caching", attempts: 3, rated: 2, avgRating: 3, avgCoverage: 0.75, avgScore: 71, due: 2 });
    expect(by.scalability).toMatchObject({ attempts: 1, avgRating: 2, avgScore: 42, due: 0 });
    expect(by.indexing).toMatchObject({ attempts: 1, avgCoverage: 0.25 });
  });
  it("includes a group with only due reviews", () => {
    expect(by.transactions).toEqual({ key: "transactions", attempts: 0, rated: 0, avgRating: null, avgCoverage: null, avgScore: null, due: 1 });
  });
  it("ranks weakest first, unrated last, due count breaking ties", () => {
    expect(rankWeakest(stats).map((s) => s.key)).toEqual(["indexing", "scalability", "caching", "transactions"]);
    const tie = rankWeakest([
      { key: "a", avgScore: 50, due: 1, attempts: 1 },
      { key: "b", avgScore: 50, due: 3, attempts: 1 },
      { key: "c", avgScore: null, due: 9, attempts: 4 },
    ]);
    expect(tie.map((s) => s.key)).toEqual(["b", "a", "c"]);
  });
});

describe("trend", () => {
  const t = (days: number) => new Date(Date.UTC(2026, 10, 1) + days * 86_400_000);
  it("fits a slope in points per week", () => {
    const tr = scoreTrend([
      { at: t(0), score: 40 },
      { at: t(7), score: 50 },
      { at: t(14), score: 60 },
    ]);
    expect(tr.slopePerWeek).toBeCloseTo(10);
    expect(tr.recentMinusEarlier).toBeCloseTo(20);
    expect(tr.direction).toBe("improving");
  });
  it("calls small changes steady and too little data unknown", () => {
    expect(scoreTrend([{ at: t(0), score: 60 }, { at: t(14), score: 61 }]).direction).toBe("steady");
    expect(scoreTrend([{ at: t(0), score: 80 }, { at: t(7), score: 50 }]).direction).toBe("declining");
    expect(scoreTrend([{ at: t(0), score: 60 }]).direction).toBe("unknown");
    expect(scoreTrend([{ at: t(0), score: 60 }, { at: t(0), score: 20 }]).slopePerWeek).toBeNull();
  });
  it("buckets scores by Monday-start week", () => {
    // 2026-11-01 is a Sunday: it belongs to the week of Monday 2026-10-26.
    expect(weeklyAverages([{ at: t(0), score: 40 }, { at: t(1), score: 60 }, { at: t(2), score: 80 }])).toEqual([
      { week: "2026-10-26", avgScore: 40, count: 1 },
      { week: "2026-11-02", avgScore: 70, count: 2 },
    ]);
  });
});

describe("calibration", () => {
  it("maps ratings to 0..1", () => {
    expect([1, 2, 3, 4].map(ratingValue)).toEqual([0, 1 / 3, 2 / 3, 1]);
  });
  it("spots over-confidence (Easy with few key points)", () => {
    const c = calibration([{ rating: 4, coverage: 0.25 }, { rating: 4, coverage: 0.5 }, { rating: 3, coverage: 0.5 }]);
    expect(c.byRating.find((r) => r.rating === 4)).toEqual({ rating: 4, count: 2, avgCoverage: 0.375 });
    expect(c.bias).toBeCloseTo((0.75 + 0.5 + 1 / 6) / 3);
    expect(c.verdict).toBe("over-confident");
  });
  it("spots under-confidence and good calibration", () => {
    expect(calibration([{ rating: 1, coverage: 0.8 }, { rating: 2, coverage: 1 }]).verdict).toBe("under-confident");
    expect(calibration([{ rating: 3, coverage: 0.7 }, { rating: 2, coverage: 0.3 }]).verdict).toBe("well-calibrated");
    expect(calibration([]).verdict).toBe("unknown");
  });
});

describe("calibration from grouped rows", () => {
  it("weights each group by its count, matching the ungrouped result", () => {
    const flat = calibration([{ rating: 4, coverage: 0.2 }, { rating: 4, coverage: 0.4 }, { rating: 2, coverage: 0.9 }]);
    const grouped = calibration([{ rating: 4, coverage: 0.3, weight: 2 }, { rating: 2, coverage: 0.9, weight: 1 }]);
    expect(grouped.bias).toBeCloseTo(flat.bias!);
    expect(grouped.byRating).toEqual(flat.byRating.map((r) => ({ ...r, avgCoverage: r.avgCoverage === null ? null : expect.closeTo(r.avgCoverage) })));
  });
});

describe("weekOf", () => {
  it("is the Monday (UTC) of the moment's week, as PostgreSQL's date_trunc('week') gives it", () => {
    expect(weekOf(new Date("2026-11-09T00:00:00Z"))).toBe("2026-11-09"); // a Monday, at midnight
    expect(weekOf(new Date("2026-11-08T23:59:59Z"))).toBe("2026-11-02"); // the Sunday before
    expect(weekOf(new Date("2026-11-12T15:00:00Z"))).toBe("2026-11-09");
    // Across a month and a year: Thursday 1 January 2026 is in the week of Monday 29 December 2025.
    expect(weekOf(new Date("2026-01-01T12:00:00Z"))).toBe("2025-12-29");
    // The moment's UTC day counts, not the machine's zone: 23:30 on a Sunday in New York is Monday in UTC.
    expect(weekOf(new Date("2026-11-09T04:30:00Z"))).toBe("2026-11-09");
  });
});
