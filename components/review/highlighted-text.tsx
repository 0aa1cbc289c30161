import type { Segment } from "@/lib/judge/highlight";

/** Plain text with matched words in <mark>, built from segments as elements (never injected HTML). */
export function HighlightedText({ segments, label }: { segments: Segment[]; label?: string }) {
  return (
    <div className="highlighted-answer" aria-label={label}>
      {segments.map((s, i) =>
        s.misconceptions.length ? (
          <mark key={i} className="mc-hit" title="Reveals a misconception">
            {s.text}
          </mark>
        ) : s.keyPoints.length ? (
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
