import "server-only";
import type { ComponentProps, ReactNode } from "react";
import { AttemptCompare } from "@/components/review/attempt-compare";
import { ItemReviewBody } from "@/components/review/item-review";
import type { FlowRow, ItemWithQuestion } from "@/db/queries/interviews";
import { listPhaseEventsOfItems } from "@/db/queries/phases";
import { getRecallByUser } from "@/db/queries/recall";
import { getPreviousAttemptsForUser } from "@/db/queries/redo";
import type { Interview } from "@/db/schema";
import { designItemRows, phaseEndAt } from "@/lib/interview/phase-insights";
import { compareAttempts } from "@/lib/review/redo";
import { reviewTimes } from "@/lib/review/summary";

type Side = { answerText: string; keyPointsTicked: number[] | null; score: number | null; deadlineAt: Date | null; submittedAt: Date | null; startedAt: Date | null };

/**
 * The review of the chosen items of an interview (`shown`, a subset of `items`): each one's answer, sample
 * answer, redo comparison, phases, media and rating form, rendered. The page renders the items a person sees first
 * and the review-item action the rest, as they scroll to them; both go through here, so an item looks the same
 * either way. Reads only what the shown items need (their recall, phase starts and previous attempts).
 */
export async function renderReviewBodies({
  userId,
  interview,
  clocks,
  shown,
  now,
}: {
  userId: string;
  interview: Interview;
  /** Every item of the interview, in order, with its clocks (times per question depend on all of them). */
  clocks: readonly Pick<FlowRow, "id" | "startedAt" | "submittedAt" | "question">[];
  shown: ItemWithQuestion[];
  now: Date;
}): Promise<Map<string, ReactNode>> {
  const out = new Map<string, ReactNode>();
  if (!shown.length) return out;
  const design = shown.filter((it) => it.question.kind === "design");
  // Three independent reads, in one round trip's time.
  const [recall, events, previous] = await Promise.all([
    getRecallByUser({ userId, questionIds: shown.map((it) => it.questionId) }),
    listPhaseEventsOfItems({ itemIds: design.map((it) => it.id) }),
    // An earlier attempt at the same question is shown beside this one.
    getPreviousAttemptsForUser({ userId, interviewId: interview.id }),
  ]);
  const times = reviewTimes(
    interview,
    clocks.map((it) => ({ startedAt: it.startedAt, submittedAt: it.submittedAt, suggestedMinutes: it.question.suggestedMinutes })),
  );
  const phases = new Map(
    design.map((it) => [it.id, designItemRows({ interview, item: it, question: it.question, events: events.get(it.id) ?? [], now })]),
  );
  const usedOf = (iv: Pick<Interview, "deadlineAt">, it: Pick<Side, "deadlineAt" | "submittedAt" | "startedAt">) => {
    const end = phaseEndAt(iv, it);
    return it.startedAt && end ? Math.max(0, end.getTime() - it.startedAt.getTime()) : null;
  };
  // The previous attempts' phase starts, for the design questions among them: one read for all.
  const previousDesign = design.filter((it) => previous.has(it.id)).map((it) => previous.get(it.id)!.itemId);
  const previousEvents = previousDesign.length ? await listPhaseEventsOfItems({ itemIds: previousDesign }) : null;
  for (const it of shown) {
    let comparison: ComponentProps<typeof AttemptCompare> | null = null;
    const before = previous.get(it.id);
    if (before) {
      const beforeInterview = { deadlineAt: before.interviewDeadlineAt };
      const side = (x: Side, iv: Pick<Interview, "deadlineAt">, phaseRows: ReturnType<typeof designItemRows>) => ({
        text: x.answerText,
        keyPointsTicked: x.keyPointsTicked ?? [],
        score: x.score === null ? null : Math.round(x.score),
        usedMs: usedOf(iv, x),
        phases: phaseRows,
      });
      const beforeEvents = previousEvents?.get(before.itemId);
      const beforeSide = side(before, beforeInterview, beforeEvents ? designItemRows({ interview: beforeInterview, item: before, question: it.question, events: beforeEvents, now }) : null);
      const afterSide = side(it, interview, phases.get(it.id) ?? null);
      comparison = {
        n: it.position + 1,
        cmp: compareAttempts(beforeSide, afterSide, it.question.keyPoints.map((k) => k.label)),
        before: beforeSide,
        after: afterSide,
        previousHref: `/interviews/${before.interviewId}/review#item-${before.position + 1}`,
      };
    }
    out.set(
      it.id,
      <ItemReviewBody
        interviewId={interview.id}
        item={it}
        usedMs={times.perItemMs?.[clocks.findIndex((c) => c.id === it.id)] ?? null}
        recall={recall.get(it.questionId)}
        now={now}
        phases={phases.get(it.id) ?? null}
        comparison={comparison ? <AttemptCompare {...comparison} /> : null}
      />,
    );
  }
  return out;
}
