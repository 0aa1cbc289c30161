import { diagramScene } from "@/lib/question-file/diagram";
import type { Question } from "@/lib/question-file/parse";
import { DESIGN_PHASES, PHASE_HEADINGS, type DesignPhase } from "@/lib/question-file/schema";
import { markdownToDoc } from "@/lib/rich-text/markdown";
import { docToPlainText } from "@/lib/rich-text/plain-text";
import type { RichDoc } from "@/lib/rich-text/doc";
import type { NewQuestion } from "./schema";

/**
 * A parsed question file as a questions row. Kept apart from the seed (which
 * reads the bank's folder) so the app's import and editor can use it without
 * pulling file-system code into their bundles.
 */

/** A design outline as one document, each phase under its own heading (as the review shows it). */
function outlineDoc(q: Question): RichDoc | null {
  if (!q.designOutline) return null;
  const outline = q.designOutline;
  return markdownToDoc(DESIGN_PHASES.map((p) => `### ${PHASE_HEADINGS[p]}\n\n${outline[p]}`).join("\n\n"));
}

/** A parsed question file as a row: built-in (no owner) unless `ownerId` names the person who imported or wrote it. */
export function toQuestionRow(q: Question, { ownerId = null }: { ownerId?: string | null } = {}): NewQuestion {
  const prompt = markdownToDoc(q.prompt);
  const sampleAnswer = markdownToDoc(q.sampleAnswer);
  return {
    slug: q.slug,
    title: q.title,
    prompt,
    promptText: docToPlainText(prompt),
    level: q.level,
    kind: q.kind,
    topics: q.topics,
    suggestedMinutes: q.minutes,
    sampleAnswer,
    sampleAnswerText: docToPlainText(sampleAnswer),
    keyPoints: q.keyPoints,
    misconceptions: q.misconceptions,
    languages: q.languages ?? null,
    phaseMinutes: q.phaseMinutes ?? null,
    designOutline: outlineDoc(q),
    designPhases: q.designOutline ? (Object.fromEntries(DESIGN_PHASES.map((p) => [p, markdownToDoc(q.designOutline![p])])) as Record<DesignPhase, RichDoc>) : null,
    referenceScene: q.diagram ? diagramScene(q.diagram) : null,
    ownerId,
  };
}

