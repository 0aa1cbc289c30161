import { WRITE_GRACE_MS, addMinutes, isPastDeadline } from "@/lib/interview/timer";
import type { InterviewStatus, TimerMode } from "@/lib/taxonomy";

/**
 * The interview state machine, as pure functions over plain records.
 *   scheduled → active → (finish | time-up) → review → (all rated) → completed
 *   scheduled | active | review → abandoned
 */

export interface FlowItem {
  id: string;
  position: number;
  suggestedMinutes: number;
  startedAt: Date | null;
  deadlineAt: Date | null;
  submittedAt: Date | null;
}

export interface FlowInterview {
  status: InterviewStatus;
  timerMode: TimerMode;
  startedAt: Date | null;
  deadlineAt: Date | null;
  finishedAt: Date | null;
}

export interface ItemChange {
  id: string;
  startedAt?: Date;
  deadlineAt?: Date | null;
  submittedAt?: Date;
}

export interface Settlement {
  interview: Partial<Pick<FlowInterview, "status" | "finishedAt">>;
  items: ItemChange[];
}

/** The clocks an interview starts with: the whole budget, or the first question's. */
export function startClocks(
  mode: TimerMode,
  items: Pick<FlowItem, "id" | "suggestedMinutes">[],
  now: Date,
  totalMinutes: number,
): { deadlineAt: Date | null; items: ItemChange[] } {
  if (mode === "total") {
    const deadlineAt = addMinutes(now, totalMinutes);
    return { deadlineAt, items: items.map((it) => ({ id: it.id, startedAt: now, deadlineAt })) };
  }
  if (mode === "per_question") {
    const first = items[0];
    return { deadlineAt: null, items: first ? [{ id: first.id, startedAt: now, deadlineAt: addMinutes(now, first.suggestedMinutes) }] : [] };
  }
  return { deadlineAt: null, items: items.map((it) => ({ id: it.id, startedAt: now, deadlineAt: null })) };
}

/** The question the person is on: the first one not submitted. */
export function currentItem<T extends FlowItem>(items: readonly T[]): T | undefined {
  return [...items].sort((a, b) => a.position - b.position).find((it) => !it.submittedAt);
}

/**
 * Bring an interview up to `now`: whatever time has run out is closed, the
 * way it would have been had the page been open. Per question, each expired
 * question hands over to the next at its deadline, so being away never adds
 * time. Returns only what changes.
 */
export function settle(interview: FlowInterview, items: readonly FlowItem[], now: Date, graceMs = WRITE_GRACE_MS): Settlement {
  const out: Settlement = { interview: {}, items: [] };
  if (interview.status !== "active") return out;
  const late = (deadline: Date | null) => deadline !== null && now.getTime() > deadline.getTime() + graceMs;

  if (interview.timerMode === "total") {
    if (late(interview.deadlineAt)) {
      for (const it of items) if (!it.submittedAt) out.items.push({ id: it.id, submittedAt: interview.deadlineAt! });
      out.interview = { status: "review", finishedAt: interview.deadlineAt! };
    }
    return out;
  }
  if (interview.timerMode === "per_question") {
    const ordered = [...items].sort((a, b) => a.position - b.position);
    let handOverAt: Date | null = null;
    for (const it of ordered) {
      if (it.submittedAt) continue;
      let startedAt = it.startedAt;
      let deadlineAt = it.deadlineAt;
      if (!startedAt) {
        if (!handOverAt) break; // its clock has not started and nothing handed over to it
        startedAt = handOverAt;
        deadlineAt = addMinutes(handOverAt, it.suggestedMinutes);
        out.items.push({ id: it.id, startedAt, deadlineAt });
      }
      if (!late(deadlineAt)) break;
      out.items.push({ id: it.id, submittedAt: deadlineAt! });
      handOverAt = deadlineAt!;
    }
    const open = ordered.filter((it) => !it.submittedAt && !out.items.some((c) => c.id === it.id && c.submittedAt));
    if (open.length === 0 && ordered.length > 0) out.interview = { status: "review", finishedAt: handOverAt ?? now };
    // Merge start and submit changes for the same item into one.
    out.items = mergeChanges(out.items);
    return out;
  }
  return out;
}

function mergeChanges(changes: ItemChange[]): ItemChange[] {
  const byId = new Map<string, ItemChange>();
  for (const c of changes) byId.set(c.id, { ...byId.get(c.id), ...c });
  return [...byId.values()];
}

/**
 * Submitting one question at `now`. Per question, the next question's clock
 * starts now; when it was the last, the interview moves to review.
 */
export function submitItem(interview: FlowInterview, items: readonly FlowItem[], itemId: string, now: Date): Settlement {
  const out: Settlement = { interview: {}, items: [] };
  const ordered = [...items].sort((a, b) => a.position - b.position);
  const idx = ordered.findIndex((it) => it.id === itemId);
  const item = ordered[idx];
  if (!item || item.submittedAt) return out;
  out.items.push({ id: item.id, submittedAt: now });
  if (interview.timerMode === "per_question") {
    const next = ordered.slice(idx + 1).find((it) => !it.submittedAt);
    if (next && !next.startedAt) out.items.push({ id: next.id, startedAt: now, deadlineAt: addMinutes(now, next.suggestedMinutes) });
  }
  const stillOpen = ordered.filter((it) => !it.submittedAt && it.id !== itemId);
  if (stillOpen.length === 0) out.interview = { status: "review", finishedAt: now };
  return out;
}

/** Finishing the whole interview now: every open question is submitted. */
export function finishInterview(items: readonly FlowItem[], now: Date): Settlement {
  return {
    interview: { status: "review", finishedAt: now },
    items: items.filter((it) => !it.submittedAt).map((it) => ({ id: it.id, submittedAt: now })),
  };
}

/** The deadline that governs writes to an item: its own, else the interview's. */
export function itemDeadline(interview: Pick<FlowInterview, "deadlineAt">, item: Pick<FlowItem, "deadlineAt">): Date | null {
  return item.deadlineAt ?? interview.deadlineAt ?? null;
}

export type WriteVerdict =
  | { ok: true }
  | { ok: false; code: "conflict" | "deadline_passed"; message: string };

/** May this item's answer (or sketch) be written at `now`? */
export function canWriteItem(
  interview: FlowInterview,
  item: FlowItem,
  now: Date,
  graceMs = WRITE_GRACE_MS,
): WriteVerdict {
  const justFinished = interview.status === "review" && interview.finishedAt && now.getTime() <= interview.finishedAt.getTime() + graceMs;
  if (interview.status !== "active" && !justFinished) {
    return { ok: false, code: "conflict", message: "This interview is finished, so its answers can no longer change." };
  }
  const deadline = itemDeadline(interview, item);
  if (deadline && now.getTime() > deadline.getTime() + graceMs) {
    return { ok: false, code: "deadline_passed", message: "Time is up for this question: the answer is locked. What was saved before the deadline is kept." };
  }
  if (item.submittedAt && now.getTime() > item.submittedAt.getTime() + graceMs) {
    return { ok: false, code: "conflict", message: "This answer was submitted, so it can no longer change." };
  }
  if (!item.startedAt) {
    return { ok: false, code: "conflict", message: "This question has not started yet." };
  }
  return { ok: true };
}

export { isPastDeadline };
