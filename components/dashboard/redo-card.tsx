import { startRedoAction } from "@/app/(app)/interviews/actions";
import type { AttemptRef } from "@/lib/review/redo";
import { RATING_LABEL, isRating } from "@/lib/review/scoring";

/** "Redo what went wrong": questions rated Again or Hard, or marked "Redo this", each a button away from a redo. */
export function RedoCard({ redos }: { redos: AttemptRef[] }) {
  return (
    <section className="card" aria-labelledby="redo-heading">
      <h2 id="redo-heading">Redo what went wrong</h2>
      {redos.length === 0 ? (
        <p className="muted small">Questions you rate Again or Hard, or mark &ldquo;Redo this&rdquo; in a review, come back here; the redo&apos;s review shows what changed.</p>
      ) : (
        <ul className="stack" style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {redos.map((r) => (
            <li key={r.questionId} className="row spread">
              <span>
                {r.title}
                <span className="small muted"> · {r.redoRequestedAt ? "marked for a redo" : isRating(r.rating) ? `rated ${RATING_LABEL[r.rating]}` : ""}</span>
              </span>
              <form action={startRedoAction}>
                <input type="hidden" name="questionId" value={r.questionId} />
                <button type="submit" className="btn btn-small" aria-label={`Redo ${r.title}`}>
                  Redo
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
