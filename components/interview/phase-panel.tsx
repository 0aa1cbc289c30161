"use client";

import { useEffect, useMemo, useRef } from "react";
import { DESIGN_PHASES, PHASE_HEADINGS, PHASE_PROMPTS, formatPhaseLeft, phaseNow, type DesignPhase, type Overrun } from "@/lib/interview/phases";
import { useTick } from "./use-server-clock";
import { isNextPhaseShortcut, useDesignPhases, type RoomPhases } from "./use-design-phases";

const TONE: Record<Overrun, string> = { ok: "normal", amber: "warning", red: "danger" };
const minutes = (ms: number) => `${Math.round((ms / 60_000) * 10) / 10} min`;

/**
 * The phases of a design answer: where the person is, its soft budget, the
 * overrun (amber, then red), and "Next phase". It never moves on by itself:
 * the interview's own deadline is what closes the question.
 */
export function PhasePanel({
  interviewId,
  itemId,
  phases,
  startedAt,
  endAt,
  now,
  editable,
  onAdvanced,
}: {
  interviewId: string;
  itemId: string;
  phases: RoomPhases;
  startedAt: string | null;
  /** The question's deadline (server ms): time past it counts for no phase. */
  endAt: number | null;
  now: () => number;
  editable: boolean;
  /** Told once the server has stamped a move: the answer gets the phase's heading. */
  onAdvanced: (phase: DesignPhase) => void;
}) {
  const { events, busy, error, advance } = useDesignPhases({ interviewId, itemId, initial: phases.events });
  useTick(1000, editable);
  const parsed = useMemo(() => events.map((e) => ({ phase: e.phase, at: new Date(e.at) })), [events]);
  const state = phaseNow({
    startedAt: new Date(startedAt ?? now()),
    events: parsed,
    budgets: phases.budgets,
    now: new Date(now()),
    endAt: endAt === null ? null : new Date(endAt),
  });
  const canMove = editable && !busy && state.next !== null;

  const move = useRef<() => void>(() => undefined);
  move.current = () => {
    if (!canMove || !state.next) return;
    const next = state.next;
    void advance(next).then((ok) => ok && onAdvanced(next));
  };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isNextPhaseShortcut(e)) return;
      e.preventDefault();
      move.current();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const currentIndex = DESIGN_PHASES.indexOf(state.phase);
  return (
    <section className="card phase-panel" aria-labelledby={`phase-title-${itemId}`}>
      <div className="row spread">
        <h2 id={`phase-title-${itemId}`} style={{ margin: 0, fontSize: "1.05rem" }}>
          Phase {currentIndex + 1} of {DESIGN_PHASES.length}: {PHASE_HEADINGS[state.phase]}
        </h2>
        {/* Not a second role="timer": the interview's own clock is the page's timer. */}
        <span className={`clock clock-${TONE[state.overrun]}`} data-overrun={state.overrun} data-phase-clock>
          <span className="sr-only">Phase time: </span>
          {formatPhaseLeft(state.leftMs)}
          <span className="sr-only"> of {minutes(state.budgetMs)}</span>
        </span>
      </div>
      <ol className="phase-steps" aria-label="Design phases">
        {DESIGN_PHASES.map((p, i) => (
          <li key={p} aria-current={i === currentIndex ? "step" : undefined} data-done={i < currentIndex ? "true" : undefined}>
            {PHASE_HEADINGS[p]} <span className="muted">{minutes(phases.budgets[p])}</span>
          </li>
        ))}
      </ol>
      <p className="small" style={{ margin: 0 }}>
        {PHASE_PROMPTS[state.phase]}
      </p>
      <div className="row spread">
        <span className="small muted">
          {state.next ? `Next: ${PHASE_HEADINGS[state.next]}` : "Last phase: wrap up."} The clock never moves you on; you do.
        </span>
        {state.next ? (
          <button type="button" className="btn btn-small" onClick={() => move.current()} disabled={!canMove} aria-keyshortcuts="Alt+Shift+N" title="Next phase (Alt+Shift+N)">
            Next phase: {PHASE_HEADINGS[state.next]}
          </button>
        ) : null}
      </div>
      {error ? (
        <p role="alert" className="field-error" style={{ margin: 0 }}>
          {error}
        </p>
      ) : null}
    </section>
  );
}
