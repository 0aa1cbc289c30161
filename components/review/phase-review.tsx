import { RichText } from "@/components/rich-text";
import { DESIGN_PHASES, PHASE_HEADINGS, notesByPhase, type DesignPhase, type PhaseRow } from "@/lib/interview/phases";
import type { RichDoc } from "@/lib/rich-text/doc";
import { formatDuration } from "@/lib/review/summary";

const OVERRUN_TEXT = { ok: "within budget", amber: "over budget", red: "far over budget" } as const;

/** Time used against budget per phase: a table a screen reader reads as such, with a bar per row for the eye. */
export function PhaseTimeTable({ rows, caption }: { rows: PhaseRow[]; caption: string }) {
  const widest = Math.max(1.5, ...rows.map((r) => r.share));
  return (
    <table className="data-table phase-table">
      <caption className="small muted" style={{ textAlign: "left" }}>
        {caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">Phase</th>
          <th scope="col">Used</th>
          <th scope="col">Budget</th>
          <th scope="col">
            <span className="sr-only">Used against budget</span>
          </th>
          <th scope="col">Verdict</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.phase} data-phase={r.phase} data-overrun={r.overrun}>
            <th scope="row">{r.label}</th>
            <td>{r.reached ? formatDuration(r.usedMs) : "not reached"}</td>
            <td>{formatDuration(r.budgetMs)}</td>
            <td aria-hidden="true" style={{ minWidth: "8rem" }}>
              <span className="phase-bar">
                <span className="phase-bar-used" data-overrun={r.overrun} style={{ width: `${Math.min(100, (r.share / widest) * 100)}%` }} />
                <span className="phase-bar-budget" style={{ left: `${(1 / widest) * 100}%` }} />
              </span>
            </td>
            <td>{r.reached ? OVERRUN_TEXT[r.overrun] : "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A design answer phase by phase: the time table, then each phase's notes beside the reference outline for it. */
export function PhaseReview({ n, rows, answer, outline }: { n: number; rows: PhaseRow[] | null; answer: RichDoc | null; outline: Record<DesignPhase, RichDoc> | null }) {
  const notes = notesByPhase(answer);
  return (
    <section className="stack" aria-labelledby={`item-${n}-phases`}>
      <h3 id={`item-${n}-phases`}>Phase by phase</h3>
      {rows ? <PhaseTimeTable rows={rows} caption="Time per phase against its soft budget (from the server's record of each “Next phase”)." /> : null}
      {DESIGN_PHASES.map((p) => (
        <details key={p} className="phase-notes">
          <summary>{PHASE_HEADINGS[p]}</summary>
          <div className="grid grid-2">
            <div>
              <h4>Your notes</h4>
              {notes[p].content?.length ? <RichText doc={notes[p]} /> : <p className="muted small">No notes under this phase.</p>}
            </div>
            <div>
              <h4>Reference outline</h4>
              {outline?.[p] ? <RichText doc={outline[p]} label={`Reference outline: ${PHASE_HEADINGS[p]}`} shared /> : <p className="muted small">This question has no outline for this phase.</p>}
            </div>
          </div>
        </details>
      ))}
    </section>
  );
}
