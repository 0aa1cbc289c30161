import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ItemReview } from "@/components/review/item-review";
import { ReviewSummary } from "@/components/review/review-summary";
import { getScheduleByUser } from "@/db/queries/reviews";
import { loadInterviewPage } from "@/server/interviews/load-interview";
import { formatDuration, timeUsedMs, weakestTopics } from "@/lib/review/summary";
import { averageScore, isRating, RATING_LABEL } from "@/lib/review/scoring";

export const metadata: Metadata = { title: "Review" };
export const dynamic = "force-dynamic";

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
  const schedule = await getScheduleByUser(
    user.id,
    items.map((it) => it.questionId),
  );
  const perQuestion = interview.timerMode === "per_question";
  const end = interview.finishedAt;
  const used = perQuestion
    ? items.reduce((sum, it) => sum + (timeUsedMs(it, end) ?? 0), 0)
    : interview.startedAt && end
      ? end.getTime() - interview.startedAt.getTime()
      : null;
  const suggested = interview.timerMode === "total" && interview.totalSeconds ? interview.totalSeconds / 60 : items.reduce((s, it) => s + it.question.suggestedMinutes, 0);
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
        timeUsed={used === null ? null : formatDuration(used)}
        timeSuggested={`${Math.round(suggested)} min`}
        weakest={weakestTopics(items.map((it, i) => ({ topics: it.question.topics, score: scores[i] ?? null })))}
        status={interview.status}
      />
      {items.map((it) => (
        <ItemReview
          key={it.id}
          interviewId={interview.id}
          item={it}
          usedMs={perQuestion ? timeUsedMs(it, end) : null}
          schedule={schedule.get(it.questionId)}
          firstUnrated={it.id === firstUnrated}
          now={now}
        />
      ))}
    </>
  );
}
