import "server-only";
import { eq } from "drizzle-orm";
import { interviewItems, interviews, type Interview, type InterviewItem } from "../schema";
import { startClocks, type Settlement } from "@/lib/interview/flow";
import type { Conn } from "./owned";

/** Start an interview's clocks now: its deadline (total mode) or its first question's (per question). */
export async function startInterviewClocks(
  tx: Conn,
  interview: Interview,
  items: { id: string; suggestedMinutes: number }[],
  now: Date,
): Promise<Interview> {
  const clocks = startClocks(interview.timerMode, items, now, interview.config.totalMinutes);
  for (const c of clocks.items) {
    await tx.update(interviewItems).set({ startedAt: c.startedAt, deadlineAt: c.deadlineAt ?? null }).where(eq(interviewItems.id, c.id));
  }
  const [updated] = await tx
    .update(interviews)
    .set({ status: "active", startedAt: now, deadlineAt: clocks.deadlineAt, updatedAt: now })
    .where(eq(interviews.id, interview.id))
    .returning();
  return updated!;
}

/** Write what the state machine decided: item clocks and submissions, the interview's status. */
export async function applySettlement(tx: Conn, interviewId: string, s: Settlement, now: Date): Promise<void> {
  for (const c of s.items) {
    const set: Partial<InterviewItem> = {};
    if (c.startedAt) set.startedAt = c.startedAt;
    if (c.deadlineAt !== undefined) set.deadlineAt = c.deadlineAt;
    if (c.submittedAt) set.submittedAt = c.submittedAt;
    await tx.update(interviewItems).set(set).where(eq(interviewItems.id, c.id));
  }
  if (s.interview.status || s.interview.finishedAt) {
    await tx
      .update(interviews)
      .set({ ...s.interview, updatedAt: now })
      .where(eq(interviews.id, interviewId));
  }
}
