import { diffWords } from "diff";
import { z } from "zod";
import type { PhaseRow } from "@/lib/interview/phases";

/**
 * Attempt first, compare second, then redo. A question whose latest attempt
 * was rated Again or Hard, or marked "Redo this", comes back as a redo; a
 * redo's review shows the attempt before it beside the new one.
 */

/** The body of "Redo this": mark the question for a redo, or take the mark back. */
export const redoBodySchema = z.strictObject({ wanted: z.boolean({ error: "wanted must be true or false" }) });

/** Again (1) and Hard (2) ask for a redo, as does "Redo this". */
export function wantsRedo(a: { rating: number | null; redoRequestedAt: Date | null }): boolean {
  return a.redoRequestedAt !== null || a.rating === 1 || a.rating === 2;
}

export interface AttemptRef {
  questionId: string;
  itemId: string;
  interviewId: string;
  title: string;
  /** When the attempt was made (its interview's start, else creation). */
  at: Date;
  rating: number | null;
  redoRequestedAt: Date | null;
}

/** The redos on offer: per question, its latest attempt, where that one asks for a redo; longest waiting first. */
export function redoQueue<T extends AttemptRef>(attempts: readonly T[]): T[] {
  const latest = new Map<string, T>();
  for (const a of attempts) {
    const seen = latest.get(a.questionId);
    if (!seen || a.at.getTime() > seen.at.getTime()) latest.set(a.questionId, a);
  }
  return [...latest.values()].filter(wantsRedo).sort((a, b) => a.at.getTime() - b.at.getTime());
}

export interface AttemptSide {
  text: string;
  keyPointsTicked: readonly number[];
  score: number | null;
  usedMs: number | null;
  phases: PhaseRow[] | null;
}

export interface AttemptComparison {
  gained: string[];
  lost: string[];
  scoreDelta: number | null;
  timeDeltaMs: number | null;
  /** Per phase: time then and now (design questions). */
  phases: { label: string; beforeMs: number; afterMs: number; budgetMs: number }[] | null;
  /** Word-level changes from the previous answer to this one. */
  diff: { value: string; added: boolean; removed: boolean }[];
}

/** What changed from the previous attempt to this one: key points gained and lost, score, time, phases and the text. */
export function compareAttempts(before: AttemptSide, after: AttemptSide, keyPointLabels: readonly string[]): AttemptComparison {
  const was = new Set(before.keyPointsTicked);
  const now = new Set(after.keyPointsTicked);
  const label = (i: number) => keyPointLabels[i] ?? `Key point ${i + 1}`;
  const phases =
    before.phases && after.phases
      ? after.phases.map((r) => ({ label: r.label, beforeMs: before.phases!.find((p) => p.phase === r.phase)?.usedMs ?? 0, afterMs: r.usedMs, budgetMs: r.budgetMs }))
      : null;
  return {
    gained: [...now].filter((i) => !was.has(i)).sort((a, b) => a - b).map(label),
    lost: [...was].filter((i) => !now.has(i)).sort((a, b) => a - b).map(label),
    scoreDelta: before.score !== null && after.score !== null ? Math.round(after.score - before.score) : null,
    timeDeltaMs: before.usedMs !== null && after.usedMs !== null ? after.usedMs - before.usedMs : null,
    phases,
    diff: diffWords(before.text, after.text).map((c: { value: string; added?: boolean; removed?: boolean }) => ({ value: c.value, added: Boolean(c.added), removed: Boolean(c.removed) })),
  };
}
