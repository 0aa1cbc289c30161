import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ReviewItemSlot, ReviewItemsLoader } from "@/components/review/review-item-slot";
import { ReviewSummary } from "@/components/review/review-summary";
import { ReviewStateProvider } from "@/components/review/review-state";
import { loadInterviewPage } from "@/server/interviews/load-interview";
import { renderReviewBodies } from "@/server/interviews/review-items";
import { loadReviewItemsAction } from "./actions";
import { formatDuration, reviewTimes } from "@/lib/review/summary";

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
  const times = reviewTimes(
    interview,
    items.map((it) => ({ startedAt: it.startedAt, submittedAt: it.submittedAt, suggestedMinutes: it.question.suggestedMinutes })),
  );
  // The first question is rendered here; the rest in one call when the person scrolls near them, or at once when
  // the rating keys' question (the first unrated) is among them (loadReviewItemsAction). So a review is not rendered
  // and sent whole up front. A rating re-renders nothing here: its answer updates the summary in the browser.
  const bodies = await renderReviewBodies({ userId: user.id, interview, clocks: items, shown: items.slice(0, 1), now });
  return (
    <ReviewStateProvider
      status={interview.status}
      rows={items.map((it) => ({
        itemId: it.id,
        position: it.position,
        title: it.question.title,
        topics: it.question.topics,
        rating: it.rating,
        score: it.score === null ? null : Math.round(it.score),
      }))}
    >
      <div className="page-header">
        <div>
          <h1>Review: {interview.title}</h1>
          <p>Compare each answer with the sample answer, confirm the key points you covered, then rate yourself.</p>
        </div>
        <Link href="/dashboard" className="btn">
          Back to dashboard
        </Link>
      </div>
      <ReviewSummary timeUsed={times.usedMs === null ? null : formatDuration(times.usedMs)} timeSuggested={`${Math.round(times.suggestedMinutes)} min`} />
      <ReviewItemsLoader interviewId={interview.id} pending={items.filter((it) => !bodies.has(it.id)).map((it) => it.id)} load={loadReviewItemsAction}>
        {items.map((it) => (
          <ReviewItemSlot key={it.id} itemId={it.id} position={it.position} title={it.question.title} body={bodies.get(it.id) ?? null} />
        ))}
      </ReviewItemsLoader>
    </ReviewStateProvider>
  );
}
