"use client";

import { topicLabel } from "@/lib/taxonomy";
import { weakestTopics } from "@/lib/review/summary";
import { averageScore, isRating, RATING_LABEL } from "@/lib/review/scoring";
import { useReviewState } from "./review-state";

/**
 * The top of a review: per-question and total score, time used, the weakest topics of this interview. The scores
 * come from the review's state (`ReviewStateProvider`), so a rating shows here as soon as it is saved.
 */
export function ReviewSummary({ timeUsed, timeSuggested }: { timeUsed: string | null; timeSuggested: string }) {
  const state = useReviewState();
  const rows = state?.rows ?? [];
  const status = state?.status ?? "review";
  const total = averageScore(rows.map((r) => r.score));
  const weakest = weakestTopics(rows.map((r) => ({ topics: r.topics, score: r.score })));
  const rated = rows.filter((r) => r.score !== null).length;
  return (
    <section className="card" aria-labelledby="review-summary-heading">
      <h2 id="review-summary-heading" tabIndex={-1}>
        Summary
      </h2>
      <div className="grid grid-3">
        <div>
          <p className="summary-figure" aria-label={total === null ? "Total score: not rated yet" : `Total score: ${total} out of 100`}>
            {total === null ? "—" : total}
            <span className="small muted"> / 100</span>
          </p>
          <p className="small muted">
            Total score · {rated} of {rows.length} rated{status === "completed" ? " · completed" : ""}
          </p>
        </div>
        <div>
          <p className="summary-figure">{timeUsed ?? "—"}</p>
          <p className="small muted">Time used · {timeSuggested} suggested</p>
        </div>
        <div>
          <h3>Weakest topics</h3>
          {weakest.length === 0 ? (
            <p className="small muted">Rate your answers to see them.</p>
          ) : (
            <ol className="small" style={{ margin: 0, paddingLeft: "1.2rem" }}>
              {weakest.map((w) => (
                <li key={w.topic}>
                  {topicLabel(w.topic)}: {w.score}
                </li>
              ))}
            </ol>
          )}
        </div>
      </div>
      <table className="summary-table">
        <caption className="sr-only">Score per question</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Question</th>
            <th scope="col">Rating</th>
            <th scope="col">Score</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.itemId}>
              <td>{r.position + 1}</td>
              <td>
                <a href={`#item-${r.position + 1}`}>{r.title}</a>
              </td>
              <td>{isRating(r.rating) ? RATING_LABEL[r.rating] : <span className="muted">not rated</span>}</td>
              <td>{r.score ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
