import type { RecordingPart } from "@/lib/recording/chunks";
import { nextNumbers } from "@/lib/recording/numbers";
import type { RichDoc } from "@/lib/rich-text/doc";
import { LANGUAGES, type Kind, type Language, type Level, type TimerMode } from "@/lib/taxonomy";
import type { TransitionState } from "./state";

/** What the live page hands its client parts: plain, serialisable data, built from the loaded rows. */

export interface RoomSourceItem {
  id: string;
  position: number;
  question: { title: string; level: Level; kind: Kind; suggestedMinutes: number };
  startedAt: Date | null;
  deadlineAt: Date | null;
  submittedAt: Date | null;
  answerDoc: RichDoc | null;
  answerRevision: number;
  answerSavedAt: Date | null;
  sketch: { revision: number; savedAt: Date } | null;
  recording: { durationMs: number; parts: RecordingPart[] } | null;
}

export interface RoomSourceInterview {
  id: string;
  title: string;
  status: string;
  timerMode: TimerMode;
  deadlineAt: Date | null;
  startedAt: Date | null;
  totalSeconds: number | null;
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function toRoomItem(it: RoomSourceItem) {
  return {
    id: it.id,
    position: it.position,
    title: it.question.title,
    level: it.question.level,
    kind: it.question.kind,
    suggestedMinutes: it.question.suggestedMinutes,
    startedAt: iso(it.startedAt),
    deadlineAt: iso(it.deadlineAt),
    submittedAt: iso(it.submittedAt),
    answerDoc: it.answerDoc,
    answerRevision: it.answerRevision,
    answerSavedAt: iso(it.answerSavedAt),
    sketch: it.sketch ? { revision: it.sketch.revision, savedAt: it.sketch.savedAt.toISOString() } : null,
    // Where a recorder on this page resumes numbering, and how much it shows as recorded.
    recording: it.recording ? { durationMs: it.recording.durationMs, ...nextNumbers(it.recording) } : null,
  };
}
export type RoomItem = ReturnType<typeof toRoomItem>;

export function toRoomInterview(iv: RoomSourceInterview) {
  return {
    id: iv.id,
    title: iv.title,
    status: iv.status,
    timerMode: iv.timerMode,
    deadlineAt: iso(iv.deadlineAt),
    startedAt: iso(iv.startedAt),
    totalSeconds: iv.totalSeconds,
  };
}
export type RoomInterview = ReturnType<typeof toRoomInterview>;

/** The room's items with the clocks and submissions of a transition's answer applied. */
export function mergeTransition(items: readonly RoomItem[], state: TransitionState): RoomItem[] {
  return items.map((it) => {
    const s = state.items.find((x) => x.id === it.id);
    return s ? { ...it, startedAt: s.startedAt, deadlineAt: s.deadlineAt, submittedAt: s.submittedAt } : it;
  });
}

/** Where the room opens: the first question not yet submitted (or the first). */
export function firstOpenIndex(items: readonly Pick<RoomItem, "submittedAt">[]): number {
  const i = items.findIndex((it) => !it.submittedAt);
  return i < 0 ? 0 : i;
}

/** The clock the current question runs on, and how long it was meant to take. */
export function roomClock(interview: Pick<RoomInterview, "timerMode" | "deadlineAt" | "totalSeconds">, item: Pick<RoomItem, "deadlineAt" | "suggestedMinutes">) {
  const deadlineIso = item.deadlineAt ?? interview.deadlineAt;
  return {
    deadlineIso,
    deadline: deadlineIso ? Date.parse(deadlineIso) : null,
    budgetMs: interview.timerMode === "total" ? (interview.totalSeconds ?? 2700) * 1000 : item.suggestedMinutes * 60_000,
  };
}

/** The language a coding answer is shown in: its own, else the person's last choice, else TypeScript. */
export function answerLanguageOf(item: { answerLanguage: string | null }, preferred: string | null): Language {
  const known = (l: string | null): l is Language => l !== null && (LANGUAGES as readonly string[]).includes(l);
  if (known(item.answerLanguage)) return item.answerLanguage;
  return known(preferred) ? preferred : "typescript";
}
