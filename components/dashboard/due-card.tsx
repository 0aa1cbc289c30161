import { countDueByUser } from "@/db/queries/reviews";
import { startDueReviewAction } from "@/app/(app)/interviews/review-actions";

/** "N questions due for review", with a button that starts a review interview of them. */
export async function DueCard({ userId }: { userId: string }) {
  const due = await countDueByUser(userId, new Date());
  return (
    <section className="card" aria-labelledby="due-heading">
      <h2 id="due-heading">Spaced review</h2>
      <p>
        <strong>
          {due} question{due === 1 ? "" : "s"} due for review
        </strong>
      </p>
      {due > 0 ? (
        <form action={startDueReviewAction}>
          <button type="submit" className="btn btn-primary">
            Review due questions
          </button>
        </form>
      ) : (
        <p className="muted small">Rate your answers after an interview and Mockline brings each question back when you are about to forget it.</p>
      )}
    </section>
  );
}
