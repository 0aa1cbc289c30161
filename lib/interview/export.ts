import { docToMarkdown } from "@/lib/rich-text/to-markdown";
import type { RichDoc } from "@/lib/rich-text/doc";
import { topicLabel } from "@/lib/taxonomy";
import { sketchPreviewPath } from "@/lib/sketch/preview-path";

export interface ExportItem {
  position: number;
  title: string;
  level: string;
  kind: string;
  topics: string[];
  answerDoc: RichDoc | null;
  answerText: string;
  sampleAnswer: RichDoc;
  keyPoints: { label: string }[];
  ticked: number[] | null;
  rating: number | null;
  score: number | null;
  note: string | null;
  /** Absolute URL of the drawing's preview, when there is one. */
  sketchUrl: string | null;
}

export interface ExportInterview {
  title: string;
  status: string;
  startedAt: Date | null;
  finishedAt: Date | null;
  createdAt: Date;
  items: ExportItem[];
}

const RATING = ["", "Again", "Hard", "Good", "Easy"];

/** One interview as a Markdown document: answers, sample answers, key points ticked, ratings and notes. */
export function interviewToMarkdown(iv: ExportInterview): string {
  const out: string[] = [`# ${iv.title}`, ""];
  const when = iv.startedAt ?? iv.createdAt;
  out.push(`- Date: ${when.toISOString().replace("T", " ").slice(0, 16)} UTC`);
  out.push(`- Status: ${iv.status}`);
  if (iv.startedAt && iv.finishedAt) out.push(`- Duration: ${Math.max(1, Math.round((iv.finishedAt.getTime() - iv.startedAt.getTime()) / 60_000))} min`);
  const scores = iv.items.map((i) => i.score).filter((s): s is number => s !== null);
  if (scores.length) out.push(`- Score: ${Math.round(scores.reduce((a, b) => a + b, 0) / scores.length)} / 100`);
  out.push("");
  for (const it of iv.items) {
    out.push(`## ${it.position + 1}. ${it.title}`, "");
    out.push(`*${it.level} · ${it.kind} · ${it.topics.map(topicLabel).join(", ")}*`, "");
    out.push("### Your answer", "");
    const answer = it.answerDoc ? docToMarkdown(it.answerDoc) : it.answerText;
    out.push(answer.trim() ? answer : "_No answer was written._", "");
    if (it.sketchUrl) out.push(`![Drawing for question ${it.position + 1}](${it.sketchUrl})`, "");
    out.push("### Sample answer", "", docToMarkdown(it.sampleAnswer), "");
    if (it.keyPoints.length) {
      out.push("### Key points", "");
      const ticked = new Set(it.ticked ?? []);
      it.keyPoints.forEach((kp, i) => out.push(`- [${ticked.has(i) ? "x" : " "}] ${kp.label}`));
      out.push("");
    }
    const rating = it.rating ? RATING[it.rating] : null;
    out.push(`- Self-rating: ${rating ?? "not rated"}${it.score !== null ? ` · score ${Math.round(it.score)}` : ""}`);
    if (it.note?.trim()) out.push(`- Note: ${it.note.trim().replace(/\n+/g, " ")}`);
    out.push("");
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";
}

/** A safe file name for a download: "mock-interview-2026-11-29.md". */
export function exportFileName(iv: Pick<ExportInterview, "startedAt" | "createdAt">, ext: string): string {
  return `mock-interview-${(iv.startedAt ?? iv.createdAt).toISOString().slice(0, 10)}.${ext}`;
}

/** What the export needs of a loaded interview (a structural slice of the database rows). */
export interface ExportSource {
  interview: { id: string; title: string; status: string; createdAt: Date; startedAt: Date | null; finishedAt: Date | null };
  items: {
    id: string;
    position: number;
    question: { title: string; level: string; kind: string; topics: string[]; sampleAnswer: RichDoc; keyPoints: { label: string }[] };
    answerDoc: RichDoc | null;
    answerText: string;
    keyPointsTicked: number[] | null;
    rating: number | null;
    score: number | null;
    note: string | null;
    sketch: unknown | null;
  }[];
}

/** Plain export data from a loaded interview; `origin` makes drawing links absolute. */
export function toExportInterview({ interview, items }: ExportSource, origin: string): ExportInterview {
  return {
    title: interview.title,
    status: interview.status,
    createdAt: interview.createdAt,
    startedAt: interview.startedAt,
    finishedAt: interview.finishedAt,
    items: items.map((it) => ({
      position: it.position,
      title: it.question.title,
      level: it.question.level,
      kind: it.question.kind,
      topics: it.question.topics,
      answerDoc: it.answerDoc,
      answerText: it.answerText,
      sampleAnswer: it.question.sampleAnswer,
      keyPoints: it.question.keyPoints,
      ticked: it.keyPointsTicked,
      rating: it.rating,
      score: it.score,
      note: it.note,
      sketchUrl: it.sketch ? `${origin}${sketchPreviewPath(interview.id, it.id)}` : null,
    })),
  };
}
