"use client";

import { useMemo, useState } from "react";
import { phraseError } from "@/lib/judge/phrase";
import { phraseList, type KeyPointDraft, type MisconceptionDraft, type QuestionDraft } from "@/lib/question-file/draft-shape";
import type { Question } from "@/lib/question-file/parse";

const validPhrases = (s: string) => phraseList(s).filter((p) => phraseError(p) === null);

/** The editor's state: the draft, its list edits, and the evidence the live preview judges with. */
export function useQuestionDraft(initial: QuestionDraft) {
  const [draft, setDraft] = useState<QuestionDraft>(initial);
  const set = <K extends keyof QuestionDraft>(key: K, value: QuestionDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const list = <K extends "keyPoints" | "misconceptions">(key: K) => ({
    add: (item: QuestionDraft[K][number]) => setDraft((d) => ({ ...d, [key]: [...d[key], item] })),
    remove: (i: number) => setDraft((d) => ({ ...d, [key]: d[key].filter((_, j) => j !== i) })),
    change: (i: number, patch: Partial<QuestionDraft[K][number]>) => setDraft((d) => ({ ...d, [key]: d[key].map((x, j) => (j === i ? { ...x, ...patch } : x)) })),
  });
  const evidence = useMemo((): Pick<Question, "keyPoints" | "misconceptions"> | null => {
    const keyPoints = draft.keyPoints
      .map((k: KeyPointDraft) => ({ label: k.label.trim(), any: validPhrases(k.any), with: validPhrases(k.with) }))
      .filter((k) => k.label && k.any.length)
      .map((k) => ({ label: k.label, any: k.any, ...(k.with.length ? { with: k.with } : {}) }));
    if (!keyPoints.length) return null;
    const misconceptions = draft.misconceptions
      .map((m: MisconceptionDraft, i) => ({ id: `m${i}`, claim: m.claim.trim(), why: m.why.trim(), any: validPhrases(m.any) }))
      .filter((m) => m.claim && m.any.length);
    return { keyPoints, misconceptions };
  }, [draft.keyPoints, draft.misconceptions]);
  return { draft, set, keyPoints: list("keyPoints"), misconceptions: list("misconceptions"), evidence };
}
