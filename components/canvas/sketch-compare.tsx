/**
 * Placeholder for the sketch helper's comparison (the drawing beside the
 * reference diagram). Same export and props as the real one, which replaces
 * this file at merge.
 */
export function SketchCompare({
  interviewId,
  itemId,
  hasSketch,
  referenceScene,
}: {
  interviewId: string;
  itemId: string;
  hasSketch: boolean;
  referenceScene: unknown;
}) {
  return (
    <section aria-label="Sketch comparison" data-interview={interviewId} data-item={itemId}>
      <h4>Sketch comparison</h4>
      <p className="muted small">
        {hasSketch ? "You drew a sketch for this question." : "No sketch was drawn for this question."}
        {referenceScene ? " A reference diagram is available." : ""}
      </p>
    </section>
  );
}
