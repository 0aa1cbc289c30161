import { PhaseTimeTable } from "@/components/review/phase-review";
import type { DesignTimeInsight } from "@/lib/interview/phase-insights";
import { formatDuration } from "@/lib/review/summary";

const TREND_TEXT = { improving: "improving: your recent interviews overran it less", worsening: "worsening: your recent interviews overran it more", steady: "steady so far" } as const;

/** "Where your design time goes": average time per phase against budget, and the phase overrun most. */
export function DesignTimeSection({ insight }: { insight: DesignTimeInsight }) {
  const most = insight.mostOverrun;
  return (
    <section className="card" aria-labelledby="design-time-heading" style={{ marginTop: "1rem" }}>
      <h2 id="design-time-heading">Where your design time goes</h2>
      <p>
        {most ? (
          <>
            You overrun <strong>{most.label}</strong> most: {formatDuration(most.avgOverMs)} over its budget on average, over budget in {most.times} of {insight.attempts}{" "}
            {insight.attempts === 1 ? "interview" : "interviews"}.{most.trend ? <> Trend: {TREND_TEXT[most.trend]}.</> : null}
          </>
        ) : (
          <>Every phase kept within its budget on average. Well paced.</>
        )}
      </p>
      <PhaseTimeTable rows={insight.rows} caption={`Average time per phase against its budget, over your last ${insight.attempts} design ${insight.attempts === 1 ? "answer" : "answers"}.`} />
    </section>
  );
}
