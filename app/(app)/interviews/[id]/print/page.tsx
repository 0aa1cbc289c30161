import type { Metadata } from "next";
import Link from "next/link";
import { PrintButton } from "@/components/history/print-button";
import { RichText } from "@/components/rich-text";
import { sketchPreviewPath } from "@/lib/sketch/preview-path";
import { loadInterviewPage } from "@/server/interviews/load-interview";
import { topicLabel } from "@/lib/taxonomy";

export const metadata: Metadata = { title: "Print interview" };

const RATING = ["", "Again", "Hard", "Good", "Easy"];

/** A print-friendly copy of one interview: answers, sample answers, key points ticked, ratings and notes. */
export default async function PrintInterviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { interview, items } = await loadInterviewPage(id);
  const when = interview.startedAt ?? interview.createdAt;
  return (
    <article>
      <div className="page-header">
        <div>
          <h1>{interview.title}</h1>
          <p>
            <time dateTime={when.toISOString()}>{when.toISOString().replace("T", " ").slice(0, 16)} UTC</time> · {interview.status} · {items.length} question
            {items.length === 1 ? "" : "s"}
          </p>
        </div>
        <div className="row no-print">
          <PrintButton />
          <a className="btn" href={`/api/interviews/${id}/export.md`} download>
            Export Markdown
          </a>
          <Link className="btn btn-ghost" href="/history">
            Back to history
          </Link>
        </div>
      </div>
      {items.map((it) => {
        const ticked = new Set(it.keyPointsTicked ?? []);
        return (
          <section key={it.id} className="card print-item" aria-labelledby={`p-${it.id}`} style={{ marginBottom: "1rem" }}>
            <h2 id={`p-${it.id}`}>
              {it.position + 1}. {it.question.title}
            </h2>
            <p className="small muted">
              {it.question.level} · {it.question.kind} · {it.question.topics.map(topicLabel).join(", ")}
            </p>
            <h3>Your answer</h3>
            {it.answerText ? <RichText doc={it.answerDoc} label="Your answer" /> : <p className="muted">No answer was written.</p>}
            {it.sketch ? (
              // eslint-disable-next-line @next/next/no-img-element -- a sanitised SVG served by our own endpoint
              <img src={sketchPreviewPath(id, it.id)} alt={`Drawing for question ${it.position + 1}`} style={{ maxWidth: "100%", border: "1px solid var(--border)" }} />
            ) : null}
            <h3>Sample answer</h3>
            <RichText doc={it.question.sampleAnswer} label="Sample answer" shared />
            {it.question.keyPoints.length ? (
              <>
                <h3>Key points</h3>
                <ul>
                  {it.question.keyPoints.map((kp, i) => (
                    <li key={i}>
                      <span aria-hidden="true">{ticked.has(i) ? "☑" : "☐"}</span> <span className="sr-only">{ticked.has(i) ? "Covered:" : "Not covered:"}</span> {kp.label}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            <p>
              Self-rating: {it.rating ? RATING[it.rating] : "not rated"}
              {it.score !== null ? ` · score ${Math.round(it.score)}` : ""}
            </p>
            {it.note ? <p>Note: {it.note}</p> : null}
          </section>
        );
      })}
    </article>
  );
}
