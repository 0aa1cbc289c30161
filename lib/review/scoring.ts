/**
 * A question's score, 0..100: how much of the sample answer's substance the
 * person covered (key points, plus the design checklist for design questions)
 * weighed 60/40 with how well they felt it went (the self-rating). Coverage
 * dominates so an honest "Hard" on a thorough answer still scores well.
 *
 *   score = round(100 × (0.6 × coverage + 0.4 × ratingValue))
 *   coverage    = ticked / total (key points and checklist items together)
 *   ratingValue = Again 0, Hard 1/3, Good 2/3, Easy 1
 */

export const RATINGS = [1, 2, 3, 4] as const;
export type RatingValue = (typeof RATINGS)[number];

export const RATING_LABEL: Record<RatingValue, string> = { 1: "Again", 2: "Hard", 3: "Good", 4: "Easy" };

export const COVERAGE_WEIGHT = 0.6;
export const RATING_WEIGHT = 0.4;

export function isRating(n: unknown): n is RatingValue {
  return n === 1 || n === 2 || n === 3 || n === 4;
}

/** Again 0, Hard 1/3, Good 2/3, Easy 1. */
export function ratingValue(rating: RatingValue): number {
  return (rating - 1) / 3;
}

/** Share of items ticked, 0..1; with nothing to tick, coverage is full (the rating alone decides). */
export function coverage(ticked: number, total: number): number {
  if (total <= 0) return 1;
  return Math.max(0, Math.min(1, ticked / total));
}

export function questionScore(cov: number, rating: RatingValue): number {
  const c = Math.max(0, Math.min(1, cov));
  return Math.round(100 * (COVERAGE_WEIGHT * c + RATING_WEIGHT * ratingValue(rating)));
}

/** Everything a rating needs to be scored: distinct valid ticks over both lists. */
export function scoreRating(input: {
  rating: RatingValue;
  keyPointsTicked: readonly number[];
  keyPointCount: number;
  checklistTicked?: readonly number[];
  checklistCount?: number;
}): { coverage: number; score: number } {
  const kp = new Set(input.keyPointsTicked.filter((i) => i >= 0 && i < input.keyPointCount)).size;
  const clCount = input.checklistCount ?? 0;
  const cl = new Set((input.checklistTicked ?? []).filter((i) => i >= 0 && i < clCount)).size;
  const cov = coverage(kp + cl, input.keyPointCount + clCount);
  return { coverage: cov, score: questionScore(cov, input.rating) };
}

/** The mean of the scores given, rounded; null when none. */
export function averageScore(scores: readonly (number | null | undefined)[]): number | null {
  const s = scores.filter((x): x is number => typeof x === "number");
  if (s.length === 0) return null;
  return Math.round(s.reduce((a, b) => a + b, 0) / s.length);
}
