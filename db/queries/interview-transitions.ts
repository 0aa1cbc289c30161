import "server-only";
import { getDb } from "../client";
import type { Interview } from "../schema";
import { AppError, notFound } from "@/lib/errors";
import { finishInterview, settle, submitItem, type FlowInterview, type FlowItem, type Settlement } from "@/lib/interview/flow";
import { applySettlement, startInterviewClocks } from "./interview-clocks";
import { loadFlowRows, reloadInterviewState, toFlow, toFlowItems, type InterviewState } from "./interviews";
import { lockInterviewForUser } from "./owned";

type Transition = (interview: FlowInterview, items: FlowItem[], now: Date) => Settlement;

interface TransitionInput {
  userId: string;
  interviewId: string;
  now: Date;
}

/**
 * Every move of an interview's state machine, under the interview's row lock:
 * settle whatever time has run out first, refuse the move when the (settled)
 * status does not allow it, then apply it.
 */
async function transition(
  { userId, interviewId, now }: TransitionInput,
  fn: Transition,
  allowed: Interview["status"][],
  /** The item the change is about: one not in this interview is "not found", whatever the interview's state. */
  itemId?: string,
): Promise<InterviewState> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const interview = await lockInterviewForUser(tx, { userId, interviewId });
    if (!interview) throw notFound("interview");
    const items = await loadFlowRows(tx, interviewId);
    if (itemId !== undefined && !items.some((it) => it.id === itemId)) throw notFound("item");
    const settled = settle(toFlow(interview), toFlowItems(items), now);
    await applySettlement(tx, interviewId, settled, now);
    const status = settled.interview.status ?? interview.status;
    if (!allowed.includes(status)) {
      // Time ran out first: what it closed stands, and the caller is told where things are.
      if (settled.items.length || settled.interview.status) return reloadInterviewState(tx, interviewId);
      throw new AppError("conflict", `This interview is ${status}, so that can no longer be done.`);
    }
    const current = { ...toFlow(interview), ...settled.interview };
    const change = fn(current, toFlowItems(await loadFlowRows(tx, interviewId)), now);
    await applySettlement(tx, interviewId, change, now);
    return reloadInterviewState(tx, interviewId);
  });
}

export function submitItemForUser(input: TransitionInput & { itemId: string }) {
  return transition(input, (iv, items, at) => submitItem(iv, items, input.itemId, at), ["active"], input.itemId);
}

export function finishInterviewForUser(input: TransitionInput) {
  return transition(input, (_iv, items, at) => finishInterview(items, at), ["active"]);
}

export function abandonInterviewForUser(input: TransitionInput) {
  return transition(input, () => ({ interview: { status: "abandoned", finishedAt: input.now }, items: [] }), ["active", "scheduled", "review"]);
}

/** Start a scheduled interview now (early starts are allowed). */
export async function startScheduledInterviewForUser({ userId, interviewId, now }: TransitionInput): Promise<Interview> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const interview = await lockInterviewForUser(tx, { userId, interviewId });
    if (!interview) throw notFound("interview");
    if (interview.status === "active") return interview;
    if (interview.status !== "scheduled") throw new AppError("conflict", `This interview is ${interview.status}, so it cannot start.`);
    const items = await loadFlowRows(tx, interviewId);
    return startInterviewClocks(tx, interview, items.map((it) => ({ id: it.id, suggestedMinutes: it.question.suggestedMinutes })), now);
  });
}
