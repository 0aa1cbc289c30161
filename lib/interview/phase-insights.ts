import { itemDeadline, type FlowInterview, type FlowItem } from "./flow";
import { DESIGN_PHASES, PHASE_HEADINGS, overrunOf, phaseBudgets, phaseRows, type DesignPhase, type PhaseEvent, type PhaseRow } from "./phases";

/**
 * "Where your design time goes": the phases of design answers across
 * interviews, averaged against their budgets, and the phase overrun most.
 */

/** When a design item's phase clock stopped: its submission or its deadline, whichever came first. */
export function phaseEndAt(interview: Pick<FlowInterview, "deadlineAt">, item: Pick<FlowItem, "deadlineAt" | "submittedAt">): Date | null {
  const ends = [item.submittedAt, itemDeadline(interview, item)].filter((d): d is Date => d !== null);
  return ends.length ? new Date(Math.min(...ends.map((d) => d.getTime()))) : null;
}

/** The review's phase rows for one design item. */
export function designItemRows(input: {
  interview: Pick<FlowInterview, "deadlineAt">;
  item: Pick<FlowItem, "deadlineAt" | "submittedAt" | "startedAt">;
  question: { suggestedMinutes: number; phaseMinutes: Partial<Record<DesignPhase, number>> | null };
  events: readonly PhaseEvent[];
  now: Date;
}): PhaseRow[] | null {
  const budgets = phaseBudgets(input.question.suggestedMinutes, input.question.phaseMinutes);
  return phaseRows({ startedAt: input.item.startedAt, events: input.events, budgets, endAt: phaseEndAt(input.interview, input.item), now: input.now });
}

export interface PhaseAttempt {
  /** When the interview finished; the trend reads attempts in this order. */
  at: Date;
  rows: PhaseRow[];
}

export type Trend = "improving" | "worsening" | "steady";

export interface DesignTimeInsight {
  attempts: number;
  /** Averages per phase, as rows the phase table shows. */
  rows: PhaseRow[];
  /** In how many attempts each phase went over its budget. */
  overruns: Record<DesignPhase, number>;
  mostOverrun: { phase: DesignPhase; label: string; avgOverMs: number; times: number; trend: Trend | null } | null;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const overMs = (r: PhaseRow) => Math.max(0, r.usedMs - r.budgetMs);

/**
 * Average time per phase against budget over the attempts given, the phase
 * overrun most (by average time over its budget), and whether that overrun is
 * shrinking: the newer half of the attempts against the older half, a change
 * of a tenth of the phase's budget or more counting as a trend.
 */
export function designTimeInsight(attempts: readonly PhaseAttempt[]): DesignTimeInsight | null {
  if (attempts.length === 0) return null;
  const ordered = [...attempts].sort((a, b) => a.at.getTime() - b.at.getTime());
  const of = (p: DesignPhase) => ordered.map((a) => a.rows.find((r) => r.phase === p)!);
  const overruns = {} as Record<DesignPhase, number>;
  const rows = DESIGN_PHASES.map((p): PhaseRow => {
    const list = of(p);
    overruns[p] = list.filter((r) => r.usedMs > r.budgetMs).length;
    const usedMs = mean(list.map((r) => r.usedMs));
    const budgetMs = mean(list.map((r) => r.budgetMs));
    return { phase: p, label: PHASE_HEADINGS[p], usedMs, budgetMs, share: budgetMs ? usedMs / budgetMs : 0, overrun: overrunOf(usedMs, budgetMs), reached: list.some((r) => r.reached) };
  });
  let most: DesignTimeInsight["mostOverrun"] = null;
  for (const p of DESIGN_PHASES) {
    const avgOverMs = mean(of(p).map(overMs));
    if (avgOverMs > 0 && (!most || avgOverMs > most.avgOverMs)) most = { phase: p, label: PHASE_HEADINGS[p], avgOverMs, times: overruns[p], trend: null };
  }
  if (most && ordered.length >= 2) {
    const list = of(most.phase);
    const half = Math.floor(list.length / 2);
    const older = mean(list.slice(0, half).map(overMs));
    const newer = mean(list.slice(list.length - half).map(overMs));
    const step = mean(list.map((r) => r.budgetMs)) / 10;
    most.trend = newer < older - step ? "improving" : newer > older + step ? "worsening" : "steady";
  }
  return { attempts: ordered.length, rows, overruns, mostOverrun: most };
}
