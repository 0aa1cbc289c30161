import type { KeyPoint, Misconception } from "../judge/types";
import type { RichDoc } from "../rich-text/doc";
import { docToMarkdown } from "../rich-text/to-markdown";
import { KIND_LABELS, LEVEL_LABELS, topicLabel, type Kind, type Language, type Level } from "../taxonomy";
import type { Question } from "./parse";
import { DESIGN_PHASES, PHASE_HEADINGS, type DesignPhase } from "./schema";
import { serializeQuestionFile } from "./serialize";

/**
 * Questions as they leave Mockline: a zip of question files (the import's own
 * format, so another Mockline takes them back) or one Markdown study sheet.
 */

/** The stored fields a question file is written from (a questions row). */
export interface StoredQuestion {
  slug: string;
  title: string;
  level: Level;
  kind: Kind;
  topics: string[];
  suggestedMinutes: number;
  languages: string[] | null;
  keyPoints: KeyPoint[];
  misconceptions: Misconception[];
  phaseMinutes: Partial<Record<DesignPhase, number>> | null;
  prompt: RichDoc;
  sampleAnswer: RichDoc;
  designPhases: Record<DesignPhase, RichDoc> | null;
  /** The stored reference diagram (an Excalidraw scene), if any: the editor reopens it; files do not carry it. */
  referenceScene?: unknown;
}

/** A stored question back in the file format. (The reference diagram stays behind: a file's diagram is optional.) */
export function toQuestionFile(q: StoredQuestion): Question {
  const out: Question = {
    slug: q.slug,
    title: q.title,
    level: q.level,
    kind: q.kind,
    topics: q.topics,
    minutes: q.suggestedMinutes,
    keyPoints: q.keyPoints as Question["keyPoints"],
    misconceptions: q.misconceptions as Question["misconceptions"],
    prompt: docToMarkdown(q.prompt).trim(),
    sampleAnswer: docToMarkdown(q.sampleAnswer).trim(),
  };
  if (q.languages?.length) out.languages = q.languages as Language[];
  if (q.phaseMinutes && q.kind === "design") out.phaseMinutes = q.phaseMinutes;
  if (q.designPhases && q.kind === "design") {
    const phases = q.designPhases;
    out.designOutline = Object.fromEntries(DESIGN_PHASES.map((p) => [p, docToMarkdown(phases[p]).trim() || "- (none)"])) as Record<DesignPhase, string>;
  }
  return out;
}

/** name → text of every question file, each named by its slug. */
export function questionFiles(qs: readonly StoredQuestion[]): Record<string, string> {
  return Object.fromEntries(qs.map((q) => [`${q.slug}.md`, serializeQuestionFile(toQuestionFile(q))]));
}

/** One Markdown study sheet: each question with its prompt, key points, misconceptions and sample answer. */
export function studySheet(qs: readonly StoredQuestion[], { title = "Mockline study sheet" }: { title?: string } = {}): string {
  const out: string[] = [`# ${title}`, "", `${qs.length} question${qs.length === 1 ? "" : "s"}.`, ""];
  qs.forEach((q, i) => {
    out.push(`## ${i + 1}. ${q.title}`, "");
    out.push(`*${LEVEL_LABELS[q.level]} · ${KIND_LABELS[q.kind]} · ${q.topics.map(topicLabel).join(", ")} · ${q.suggestedMinutes} min*`, "");
    out.push("### Question", "", docToMarkdown(q.prompt).trim(), "");
    out.push("### Key points", "", ...q.keyPoints.map((k) => `- [ ] ${k.label}`), "");
    if (q.misconceptions.length) out.push("### Misconceptions", "", ...q.misconceptions.map((m) => `- **“${m.claim}”** — ${m.why}`), "");
    out.push("### Sample answer", "", docToMarkdown(q.sampleAnswer).trim(), "");
    if (q.designPhases && q.kind === "design") {
      out.push("### Design outline", "");
      for (const p of DESIGN_PHASES) out.push(`#### ${PHASE_HEADINGS[p]}`, "", docToMarkdown(q.designPhases[p]).trim(), "");
    }
  });
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";
}
