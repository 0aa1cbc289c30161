import { describe, expect, it } from "vitest";
import { averageScore, coverage, questionScore, ratingValue, scoreRating } from "@/lib/review/scoring";

describe("score", () => {
  it("maps ratings to 0, 1/3, 2/3, 1", () => {
    expect([1, 2, 3, 4].map((r) => ratingValue(r as 1 | 2 | 3 | 4))).toEqual([0, 1 / 3, 2 / 3, 1]);
  });

  it("is round(100 × (0.6 × coverage + 0.4 × rating))", () => {
    expect(questionScore(1, 4)).toBe(100);
    expect(questionScore(0, 1)).toBe(0);
    expect(questionScore(0.5, 3)).toBe(57); // 30 + 26.67
    expect(questionScore(0.4, 2)).toBe(37); // 24 + 13.33
    expect(questionScore(1, 1)).toBe(60);
    expect(questionScore(0, 4)).toBe(40);
  });

  it("coverage is ticked over total, full when there is nothing to tick", () => {
    expect(coverage(2, 5)).toBe(0.4);
    expect(coverage(0, 0)).toBe(1);
    expect(coverage(9, 3)).toBe(1);
  });

  it("counts key points and design checklist items together, ignoring duplicates and unknown indexes", () => {
    expect(scoreRating({ rating: 3, keyPointsTicked: [0, 1, 1], keyPointCount: 4 })).toEqual({ coverage: 0.5, score: 57 });
    const design = scoreRating({ rating: 4, keyPointsTicked: [0, 1, 2], keyPointCount: 5, checklistTicked: [0, 1, 2, 3, 9], checklistCount: 7 });
    expect(design.coverage).toBeCloseTo(7 / 12);
    expect(design.score).toBe(Math.round(100 * (0.6 * (7 / 12) + 0.4)));
  });

  it("averages the scores that exist", () => {
    expect(averageScore([50, null, 70])).toBe(60);
    expect(averageScore([null, undefined])).toBeNull();
  });
});
