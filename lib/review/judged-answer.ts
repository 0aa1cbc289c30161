import { highlightSegments, type Segment } from "@/lib/judge/highlight";
import { judgeAnswer } from "@/lib/judge/judge";
import type { Judgement, QuestionEvidence } from "@/lib/judge/types";
import type { RichDoc } from "@/lib/rich-text/doc";
import { docMatchText } from "@/lib/rich-text/plain-text";
import { HIT_MARK, MISCONCEPTION_MARK, highlightDoc } from "./highlight-doc";

export interface JudgedAnswer {
  /** The text the judge read: the document's own text, so every piece of evidence maps back to the words on screen. */
  text: string;
  judgement: Judgement;
  /** The answer with key-point evidence and misconception words marked (null when there is no document). */
  doc: RichDoc | null;
  /** The same marks over plain text, for an answer the schema cannot render. */
  segments: Segment[];
}

/** Judge one answer for its review: pre-ticks, misconceptions and the marks that show their evidence. */
export function judgeForReview(question: QuestionEvidence, answer: { doc: RichDoc | null; text: string }): JudgedAnswer {
  const text = answer.doc ? docMatchText(answer.doc) : answer.text;
  const judgement = judgeAnswer(question, text);
  const kpSpans = judgement.keyPoints.filter((k) => k.matched).flatMap((k) => k.evidence);
  const mcSpans = judgement.misconceptions.flatMap((m) => m.evidence);
  const doc = answer.doc ? highlightDoc(highlightDoc(answer.doc, kpSpans, HIT_MARK), mcSpans, MISCONCEPTION_MARK) : null;
  return { text, judgement, doc, segments: highlightSegments(text, judgement) };
}
