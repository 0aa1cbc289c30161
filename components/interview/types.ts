import type { RichDoc } from "@/lib/rich-text";

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

export interface TransitionState {
  id: string;
  status: string;
  deadlineAt: string | null;
  items: { id: string; position: number; startedAt: string | null; deadlineAt: string | null; submittedAt: string | null }[];
}
