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
import { designItemRows } from "@/lib/interview/phase-insights";

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
  const recall = await getRecallByUser({ userId: user.id, questionIds: items.map((it) => it.questionId) });
  const times = reviewTimes(
    interview,
    items.map((it) => ({ startedAt: it.startedAt, submittedAt: it.submittedAt, suggestedMinutes: it.question.suggestedMinutes })),
  );
  const design = items.filter((it) => it.question.kind === "design");
  const events = await listPhaseEventsOfItems({ itemIds: design.map((it) => it.id) });
  const phases = new Map(
    design.map((it) => [it.id, designItemRows({ interview, item: it, question: it.question, events: events.get(it.id) ?? [], now })]),
  );
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
        />
      ))}
    </>
  );
}
