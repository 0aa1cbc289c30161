import "server-only";
import type { InterviewWithItems } from "@/db/queries/interviews";

/** The part of an interview's state a live page needs after a transition. */
export function interviewStateJson({ interview, items }: InterviewWithItems) {
  return {
    id: interview.id,
    status: interview.status,
    deadlineAt: interview.deadlineAt?.toISOString() ?? null,
    items: items.map((it) => ({
      id: it.id,
      position: it.position,
      startedAt: it.startedAt?.toISOString() ?? null,
      deadlineAt: it.deadlineAt?.toISOString() ?? null,
      submittedAt: it.submittedAt?.toISOString() ?? null,
    })),
  };
}
