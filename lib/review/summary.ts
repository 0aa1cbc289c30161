/**
 * The summary at the top of a review: per-topic averages of this interview's
 * scores, weakest first, and time used against the suggested time.
 */

export interface ScoredItem {
  topics: readonly string[];
  score: number | null;
}

export interface TopicScore {
  topic: string;
  score: number;
  questions: number;
}

/** Topics of the rated questions by average score, lowest first (ties by name); at most `limit`. */
export function weakestTopics(items: readonly ScoredItem[], limit = 3): TopicScore[] {
  const acc = new Map<string, { sum: number; n: number }>();
  for (const it of items) {
    if (typeof it.score !== "number") continue;
    for (const t of new Set(it.topics)) {
      const a = acc.get(t) ?? { sum: 0, n: 0 };
      a.sum += it.score;
      a.n += 1;
      acc.set(t, a);
    }
  }
  return [...acc.entries()]
    .map(([topic, a]) => ({ topic, score: Math.round(a.sum / a.n), questions: a.n }))
    .sort((a, b) => a.score - b.score || a.topic.localeCompare(b.topic))
    .slice(0, limit);
}

/** Time spent on one question: from its start to its submission (or the end), in ms; null when it never started. */
export function timeUsedMs(item: { startedAt: Date | null; submittedAt: Date | null }, end: Date | null): number | null {
  if (!item.startedAt) return null;
  const stop = item.submittedAt ?? end;
  if (!stop) return null;
  return Math.max(0, stop.getTime() - item.startedAt.getTime());
}

/** "4 min", "1 h 05 min", "45 s": a duration for people. */
export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.round(s / 60);
  if (m < 60) return `${m} min`;
  return `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, "0")} min`;
}

/** How far over the suggested time, in ms (0 when within it). */
export function overtimeMs(usedMs: number, suggestedMinutes: number): number {
  return Math.max(0, usedMs - suggestedMinutes * 60_000);
}

export interface TimedInterview {
  timerMode: "total" | "per_question" | "untimed";
  startedAt: Date | null;
  finishedAt: Date | null;
  totalSeconds: number | null;
}

export interface TimedItem {
  startedAt: Date | null;
  submittedAt: Date | null;
  suggestedMinutes: number;
}

export interface ReviewTimes {
  /** Time used in all, in ms (null when the interview never ran). */
  usedMs: number | null;
  /** The time it was meant to take, in minutes: the budget in total mode, else the questions' suggested minutes. */
  suggestedMinutes: number;
  /** Per question, where each had its own clock (per-question mode); null otherwise. */
  perItemMs: (number | null)[] | null;
}

/** Time used against time suggested, for a review: per question when each had its own clock, else start to finish. */
export function reviewTimes(interview: TimedInterview, items: readonly TimedItem[]): ReviewTimes {
  const end = interview.finishedAt;
  const perQuestion = interview.timerMode === "per_question";
  const perItemMs = perQuestion ? items.map((it) => timeUsedMs(it, end)) : null;
  const usedMs = perItemMs
    ? perItemMs.reduce<number>((sum, ms) => sum + (ms ?? 0), 0)
    : interview.startedAt && end
      ? end.getTime() - interview.startedAt.getTime()
      : null;
  const suggestedMinutes =
    interview.timerMode === "total" && interview.totalSeconds ? interview.totalSeconds / 60 : items.reduce((s, it) => s + it.suggestedMinutes, 0);
  return { usedMs, suggestedMinutes, perItemMs };
}
