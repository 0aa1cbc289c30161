/** Shown while the review is loaded and scored on the server. */
export default function ReviewLoading() {
  return (
    <div className="card" role="status" aria-live="polite">
      <p className="muted">Loading your review…</p>
    </div>
  );
}
