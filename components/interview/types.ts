import type { RichDoc } from "@/lib/rich-text/doc";

/** What the live page hands its client parts: plain, serialisable data. */
export interface RoomItem {
  id: string;
  position: number;
  title: string;
  level: "beginner" | "intermediate" | "advanced";
  kind: "concept" | "coding" | "design";
  suggestedMinutes: number;
  startedAt: string | null;
  deadlineAt: string | null;
  submittedAt: string | null;
  answerDoc: RichDoc | null;
  answerRevision: number;
  answerSavedAt: string | null;
  sketch: { revision: number; savedAt: string } | null;
}

export interface RoomInterview {
  id: string;
  title: string;
  status: string;
  timerMode: "total" | "per_question" | "untimed";
  deadlineAt: string | null;
  startedAt: string | null;
  totalSeconds: number | null;
}

export type { TransitionState } from "@/lib/interview/state";
