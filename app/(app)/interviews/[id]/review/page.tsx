import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ItemReview } from "@/components/review/item-review";
import { ReviewSummary } from "@/components/review/review-summary";
import { getRecallByUser } from "@/db/queries/recall";
import { loadInterviewPage } from "@/server/interviews/load-interview";
import { formatDuration, reviewTimes, weakestTopics } from "@/lib/review/summary";
import { averageScore, isRating, RATING_LABEL } from "@/lib/review/scoring";
import { listPhaseEventsOfItems } from "@/db/queries/phases";
import { designItemRows, phaseEndAt } from "@/lib/interview/phase-insights";
import type { ItemWithQuestion } from "@/db/queries/interviews";
import { getPreviousAttemptsForUser } from "@/db/queries/redo";
import { compareAttempts } from "@/lib/review/redo";
import type { Interview } from "@/db/schema";
import type { ComponentProps } from "react";
import { AttemptCompare } from "@/components/review/attempt-compare";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user, interview, items } = await loadInterviewPage(id);
  if (interview.status === "active") redirect(`/interviews/${id}`);
  if (interview.status !== "review" && interview.status !== "completed") {
    return (
      <div className="card empty">
        <h1>{interview.title}</h1>
        <p>This interview was {interview.status}, so there is nothing to review.</p>
        <Link href="/dashboard" className="btn">
          Back to dashboard
        </Link>
      </div>
    );
  }
  const now = new Date();
  const design = items.filter((it) => it.question.kind === "design");
  // Three independent reads, in one round trip's time.
  const [recall, events, previous] = await Promise.all([
    getRecallByUser({ userId: user.id, questionIds: items.map((it) => it.questionId) }),
    listPhaseEventsOfItems({ itemIds: design.map((it) => it.id) }),
    // A redo: the person's attempt before this one, beside it.
    getPreviousAttemptsForUser({ userId: user.id, interviewId: interview.id }),
  ]);
  const times = reviewTimes(
    interview,
    items.map((it) => ({ startedAt: it.startedAt, submittedAt: it.submittedAt, suggestedMinutes: it.question.suggestedMinutes })),
  );
  const phases = new Map(
    design.map((it) => [it.id, designItemRows({ interview, item: it, question: it.question, events: events.get(it.id) ?? [], now })]),
  );
  const usedOf = (iv: Pick<Interview, "deadlineAt">, it: Pick<ItemWithQuestion, "deadlineAt" | "submittedAt" | "startedAt">) => {
    const end = phaseEndAt(iv, it);
    return it.startedAt && end ? Math.max(0, end.getTime() - it.startedAt.getTime()) : null;
  };
  // The previous attempts' phase starts, for the design questions among them: one read for all.
  const previousDesign = items.filter((it) => it.question.kind === "design" && previous.has(it.id)).map((it) => previous.get(it.id)!.itemId);
  const previousEvents = previousDesign.length ? await listPhaseEventsOfItems({ itemIds: previousDesign }) : null;
  const comparisons = new Map<string, ComponentProps<typeof AttemptCompare>>();
  for (const it of items) {
    const before = previous.get(it.id);
    if (!before) continue;
    const beforeInterview = { deadlineAt: before.interviewDeadlineAt };
    const side = (x: { answerText: string; keyPointsTicked: number[] | null; score: number | null; deadlineAt: Date | null; submittedAt: Date | null; startedAt: Date | null }, iv: Pick<Interview, "deadlineAt">, phaseRows: ReturnType<typeof designItemRows>) => ({
      text: x.answerText,
      keyPointsTicked: x.keyPointsTicked ?? [],
      score: x.score === null ? null : Math.round(x.score),
      usedMs: usedOf(iv, x),
      phases: phaseRows,
    });
    const beforeEvents = previousEvents?.get(before.itemId);
    const beforeSide = side(before, beforeInterview, beforeEvents ? designItemRows({ interview: beforeInterview, item: before, question: it.question, events: beforeEvents, now }) : null);
    const afterSide = side(it, interview, phases.get(it.id) ?? null);
    comparisons.set(it.id, {
      n: it.position + 1,
      cmp: compareAttempts(beforeSide, afterSide, it.question.keyPoints.map((k) => k.label)),
      before: beforeSide,
      after: afterSide,
      previousHref: `/interviews/${before.interviewId}/review#item-${before.position + 1}`,
    });
  }
  const firstUnrated = items.find((it) => it.rating === null)?.id;
  const scores = items.map((it) => (it.score === null ? null : Math.round(it.score)));
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Review: {interview.title}</h1>
          <p>Compare each answer with the sample answer, confirm the key points you covered, then rate yourself.</p>
        </div>
        <Link href="/dashboard" className="btn">
          Back to dashboard
        </Link>
      </div>
      <ReviewSummary
        rows={items.map((it, i) => ({
          position: it.position,
          title: it.question.title,
          score: scores[i] ?? null,
          rating: isRating(it.rating) ? RATING_LABEL[it.rating] : null,
        }))}
        total={averageScore(scores)}
        timeUsed={times.usedMs === null ? null : formatDuration(times.usedMs)}
        timeSuggested={`${Math.round(times.suggestedMinutes)} min`}
        weakest={weakestTopics(items.map((it, i) => ({ topics: it.question.topics, score: scores[i] ?? null })))}
        status={interview.status}
      />
      {items.map((it, i) => (
        <ItemReview
          key={it.id}
          interviewId={interview.id}
          item={it}
          usedMs={times.perItemMs?.[i] ?? null}
          recall={recall.get(it.questionId)}
          firstUnrated={it.id === firstUnrated}
          now={now}
          phases={phases.get(it.id) ?? null}
          comparison={comparisons.has(it.id) ? <AttemptCompare {...comparisons.get(it.id)!} /> : null}
        />
      ))}
    </>
  );
}
