/** What a live page needs of an interview's state after a transition: plain, serialisable data. */
export interface StateSource {
  interview: { id: string; status: string; deadlineAt: Date | null };
  items: { id: string; position: number; startedAt: Date | null; deadlineAt: Date | null; submittedAt: Date | null }[];
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** The part of an interview's state a live page needs after a transition. */
export function interviewStateJson({ interview, items }: StateSource) {
  return {
    id: interview.id,
    status: interview.status,
    deadlineAt: iso(interview.deadlineAt),
    items: items.map((it) => ({
      id: it.id,
      position: it.position,
      startedAt: iso(it.startedAt),
      deadlineAt: iso(it.deadlineAt),
      submittedAt: iso(it.submittedAt),
    })),
  };
}

export type TransitionState = ReturnType<typeof interviewStateJson>;
