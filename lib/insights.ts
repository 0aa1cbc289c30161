/**
 * The arithmetic behind the weak-topics page: per-group statistics, the
 * weakest-first ranking, the trend of scores over time, and calibration
 * (how self-ratings compare with key points actually covered).
 */

/** Self-ratings as a 0..1 value: Again 0, Hard 1/3, Good 2/3, Easy 1. */
export function ratingValue(rating: number): number {
  return Math.max(0, Math.min(1, (rating - 1) / 3));
}

export interface Attempt {
  /** The topics (or the single kind) the question belongs to. */
  groups: string[];
  /** 1..4, or null when not yet rated. */
  rating: number | null;
  /** Share of key points ticked, 0..1, or null when not yet reviewed. */
  coverage: number | null;
  /** 0..100, or null when not rated. */
  score: number | null;
  questionId: string;
}

export interface GroupStat {
  key: string;
  attempts: number;
  rated: number;
  avgRating: number | null;
  avgCoverage: number | null;
  avgScore: number | null;
  due: number;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/** Statistics per group from individual attempts; `dueQuestions` maps a group to the questions due in it. */
export function aggregateAttempts(attempts: Attempt[], dueByGroup: Map<string, number> = new Map()): GroupStat[] {
  const acc = new Map<string, { attempts: number; ratings: number[]; coverage: number[]; scores: number[] }>();
  for (const a of attempts) {
    for (const g of new Set(a.groups)) {
      const s = acc.get(g) ?? { attempts: 0, ratings: [], coverage: [], scores: [] };
      s.attempts += 1;
      if (a.rating !== null) s.ratings.push(a.rating);
      if (a.coverage !== null) s.coverage.push(a.coverage);
      if (a.score !== null) s.scores.push(a.score);
      acc.set(g, s);
    }
  }
  const keys = new Set([...acc.keys(), ...dueByGroup.keys()]);
  return [...keys].map((key) => {
    const s = acc.get(key) ?? { attempts: 0, ratings: [], coverage: [], scores: [] };
    return {
      key,
      attempts: s.attempts,
      rated: s.ratings.length,
      avgRating: mean(s.ratings),
      avgCoverage: mean(s.coverage),
      avgScore: mean(s.scores),
      due: dueByGroup.get(key) ?? 0,
    };
  });
}

/**
 * Weakest first: rated groups by average score (lower first; more due
 * reviews break ties), then groups attempted but not yet rated (most
 * attempts first), so an unrated topic never looks "strong".
 */
export function rankWeakest<T extends Pick<GroupStat, "key" | "avgScore" | "due" | "attempts">>(stats: T[]): T[] {
  return [...stats].sort((a, b) => {
    if (a.avgScore === null && b.avgScore !== null) return 1;
    if (b.avgScore === null && a.avgScore !== null) return -1;
    if (a.avgScore !== null && b.avgScore !== null && a.avgScore !== b.avgScore) return a.avgScore - b.avgScore;
    if (a.due !== b.due) return b.due - a.due;
    if (a.attempts !== b.attempts) return b.attempts - a.attempts;
    return a.key.localeCompare(b.key);
  });
}

export interface ScorePoint {
  at: Date;
  score: number;
}

export interface Trend {
  /** Least-squares slope in score points per week; null with fewer than two distinct times. */
  slopePerWeek: number | null;
  /** Mean of the newer half minus the mean of the older half. */
  recentMinusEarlier: number | null;
  direction: "improving" | "declining" | "steady" | "unknown";
}

const WEEK_MS = 7 * 24 * 60 * 60_000;

/** Is a topic getting better or worse? A change under `steadyBand` points per week counts as steady. */
export function scoreTrend(points: ScorePoint[], steadyBand = 2): Trend {
  if (points.length < 2) return { slopePerWeek: null, recentMinusEarlier: null, direction: "unknown" };
  const sorted = [...points].sort((a, b) => a.at.getTime() - b.at.getTime());
  const t0 = sorted[0]!.at.getTime();
  const xs = sorted.map((p) => (p.at.getTime() - t0) / WEEK_MS);
  const ys = sorted.map((p) => p.score);
  const mx = mean(xs)!;
  const my = mean(ys)!;
  let sxx = 0;
  let sxy = 0;
  xs.forEach((x, i) => {
    sxx += (x - mx) ** 2;
    sxy += (x - mx) * (ys[i]! - my);
  });
  const half = Math.floor(sorted.length / 2);
  const recentMinusEarlier = mean(ys.slice(sorted.length - half))! - mean(ys.slice(0, half))!;
  if (sxx === 0) return { slopePerWeek: null, recentMinusEarlier, direction: "unknown" };
  const slopePerWeek = sxy / sxx;
  const direction = Math.abs(slopePerWeek) < steadyBand ? "steady" : slopePerWeek > 0 ? "improving" : "declining";
  return { slopePerWeek, recentMinusEarlier, direction };
}

/** The week a moment falls in, as the date of its Monday (UTC), "YYYY-MM-DD": PostgreSQL's date_trunc('week'). */
export function weekOf(at: Date): string {
  const d = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

/** Average score per week (weeks starting on Monday, UTC), oldest first, for a trend line. */
export function weeklyAverages(points: ScorePoint[]): { week: string; avgScore: number; count: number }[] {
  const buckets = new Map<string, number[]>();
  for (const p of points) {
    const key = weekOf(p.at);
    buckets.set(key, [...(buckets.get(key) ?? []), p.score]);
  }
  return [...buckets.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([week, s]) => ({ week, avgScore: mean(s)!, count: s.length }));
}

export interface CalibrationRow {
  rating: number;
  coverage: number;
  /** How many ratings this row stands for (an SQL group); 1 by default. */
  weight?: number;
}

export interface Calibration {
  /** Per self-rating 1..4: how many, and the key-point coverage they actually had. */
  byRating: { rating: number; count: number; avgCoverage: number | null }[];
  /** Mean of (rating value − coverage): above 0 means rating higher than the key points bear out. */
  bias: number | null;
  verdict: "over-confident" | "under-confident" | "well-calibrated" | "unknown";
}

/** A gap of more than `band` (on the 0..1 scale) between self-rating and coverage is called out. */
export function calibration(rows: CalibrationRow[], band = 0.15): Calibration {
  const w = (r: CalibrationRow) => r.weight ?? 1;
  const byRating = [1, 2, 3, 4].map((rating) => {
    const these = rows.filter((r) => r.rating === rating);
    const count = these.reduce((n, r) => n + w(r), 0);
    return { rating, count, avgCoverage: count ? these.reduce((s, r) => s + r.coverage * w(r), 0) / count : null };
  });
  const total = rows.reduce((n, r) => n + w(r), 0);
  const bias = total ? rows.reduce((s, r) => s + (ratingValue(r.rating) - r.coverage) * w(r), 0) / total : null;
  const verdict = bias === null ? "unknown" : bias > band ? "over-confident" : bias < -band ? "under-confident" : "well-calibrated";
  return { byRating, bias, verdict };
}
