import type { Segment } from "@/lib/review/key-points";

/** Plain text with matched words in <mark>, built from segments as elements (never injected HTML). */
export function HighlightedText({ segments, label }: { segments: Segment[]; label?: string }) {
  return (
    <div className="highlighted-answer" aria-label={label}>
      {segments.map((s, i) =>
        s.keyPoints.length ? (
          <mark key={i} title={`Key point ${s.keyPoints.map((k) => k + 1).join(", ")}`}>
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </div>
  );
}

/** A few words either side of each match: why a key point was pre-ticked. */
export function MatchSnippets({ text, spans, negated }: { text: string; spans: { start: number; end: number; term: string }[]; negated: { start: number; end: number }[] }) {
  if (spans.length === 0 && negated.length === 0) return <span className="small muted kp-detail">Not found in your answer.</span>;
  const around = (s: { start: number; end: number }) => {
    const from = Math.max(0, text.lastIndexOf(" ", Math.max(0, s.start - 30)) + 1);
    const toSpace = text.indexOf(" ", Math.min(text.length, s.end + 30));
    const to = toSpace < 0 ? text.length : toSpace;
    return (
      <>
        {from > 0 ? "…" : ""}
        {text.slice(from, s.start)}
        <mark>{text.slice(s.start, s.end)}</mark>
        {text.slice(s.end, to)}
        {to < text.length ? "…" : ""}
      </>
    );
  };
  return (
    <span className="small kp-detail">
      {spans.slice(0, 2).map((s, i) => (
        <q key={i} className="kp-snippet">
          {around(s)}
        </q>
      ))}
      {spans.length > 2 ? <span className="muted"> and {spans.length - 2} more</span> : null}
      {spans.length === 0 && negated.length > 0 ? (
        <span className="muted">
          Mentioned only in a negation: <q className="kp-snippet">{around(negated[0]!)}</q>
        </span>
      ) : null}
    </span>
  );
}
