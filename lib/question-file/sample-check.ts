import { judgeAnswer } from "../judge/judge";
import type { Judgement, KeyPointVerdict, MisconceptionVerdict } from "../judge/types";
import { markdownToDoc } from "@/lib/rich-text/markdown";
import { docToPlainText } from "@/lib/rich-text/plain-text";
import type { Question } from "./parse";

export interface SampleAnswerCheck {
  /** The sample answer as the judge reads it: the plain text of its rendered Markdown. */
  text: string;
  judgement: Judgement;
  /** Key points the sample answer does not show (it must show all of them). */
  uncovered: KeyPointVerdict[];
  /** Misconceptions the sample answer states (it must state none). */
  triggered: MisconceptionVerdict[];
}

/** Judge a question's own sample answer: an author's check that its rules fit a strong answer. */
export function checkSampleAnswer(question: Pick<Question, "keyPoints" | "misconceptions" | "sampleAnswer">): SampleAnswerCheck {
  const text = docToPlainText(markdownToDoc(question.sampleAnswer));
  const judgement = judgeAnswer(question, text);
  return { text, judgement, uncovered: judgement.keyPoints.filter((k) => !k.matched), triggered: judgement.misconceptions };
}
