import "server-only";
import type { InterviewWithItems } from "@/db/queries/interviews";
import type { ExportInterview } from "@/lib/interview-export";

/** The preview URL of an item's drawing (served by the sketch endpoint). */
export function sketchPreviewPath(interviewId: string, itemId: string): string {
  return `/api/interviews/${interviewId}/items/${itemId}/sketch/preview`;
}

/** Plain export data from a loaded interview; `origin` makes drawing links absolute. */
export function toExportInterview({ interview, items }: InterviewWithItems, origin: string): ExportInterview {
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
