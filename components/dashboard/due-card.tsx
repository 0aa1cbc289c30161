import Link from "next/link";
import type { LeechRow } from "@/db/queries/recall";
import { startDueRecallAction } from "@/app/(app)/interviews/actions";

/** "N questions due for review", a button that starts a review interview of them, and any leeches. */
export function DueCard({ due, leeches }: { due: number; leeches: LeechRow[] }) {
  return (
    <section className="card" aria-labelledby="due-heading">
      <h2 id="due-heading">Spaced review</h2>
      <p>
        <strong>
          {due} question{due === 1 ? "" : "s"} due for review
        </strong>
      </p>
      {due > 0 ? (
        <form action={startDueRecallAction}>
          <button type="submit" className="btn btn-primary">
            Review due questions
          </button>
        </form>
      ) : (
        <p className="muted small">Rate your answers after an interview and Mockline brings each question back when you are about to forget it.</p>
      )}
      {leeches.length > 0 ? (
        <div className="small" style={{ marginTop: "0.75rem" }}>
          <p style={{ marginBottom: "0.25rem" }}>Failed many times — re-read the sample answer before drilling again:</p>
          <ul style={{ margin: 0, paddingLeft: "1.2rem" }}>
            {leeches.slice(0, 5).map((l) => (
              <li key={l.questionId}>
                <Link href={`/questions/${l.slug}`}>{l.title}</Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
