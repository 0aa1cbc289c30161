import { describe, expect, it } from "vitest";
import { designItemRows, designTimeInsight, phaseEndAt, type PhaseAttempt } from "@/lib/interview/phase-insights";
import { DESIGN_PHASES, phaseBudgets, phaseRows, type DesignPhase } from "@/lib/interview/phases";

const MIN = 60_000;
const t0 = new Date(Date.UTC(2026, 0, 1, 9));
const at = (m: number) => new Date(t0.getTime() + m * MIN);

/** An attempt that spent `minutes[i]` in phase i (40-minute question). */
function attempt(day: number, minutes: number[]): PhaseAttempt {
  let clock = 0;
  const events = DESIGN_PHASES.slice(1).map((phase, i) => ({ phase, at: at((clock += minutes[i]!)) }));
  return { at: new Date(t0.getTime() + day * 86_400_000), rows: phaseRows({ startedAt: t0, events, budgets: phaseBudgets(40), endAt: at(40), now: at(60) })! };
}

describe("where design time goes", () => {
  it("averages each phase against its budget and finds the phase overrun most", () => {
    const insight = designTimeInsight([attempt(1, [15, 2, 5, 10, 5]), attempt(2, [11, 2, 5, 15, 5])])!;
    expect(insight.attempts).toBe(2);
    const req = insight.rows.find((r) => r.phase === "requirements")!;
    expect(req.usedMs).toBe(13 * MIN);
    expect(req.budgetMs).toBe(5 * MIN);
    expect(req.overrun).toBe("red");
    expect(insight.overruns.requirements).toBe(2);
    expect(insight.mostOverrun).toMatchObject({ phase: "requirements", times: 2, avgOverMs: 8 * MIN });
  });

  it("says whether the most overrun phase is improving, worsening or steady", () => {
    const improving = [attempt(1, [20, 2, 5, 8, 3]), attempt(2, [18, 2, 5, 10, 3]), attempt(3, [8, 2, 5, 15, 8]), attempt(4, [7, 2, 5, 15, 8])];
    expect(designTimeInsight(improving)!.mostOverrun).toMatchObject({ phase: "requirements", trend: "improving" });
    expect(designTimeInsight([...improving].reverse().map((a, i) => ({ ...a, at: improving[i]!.at })))!.mostOverrun!.trend).toBe("worsening");
    expect(designTimeInsight([attempt(1, [10, 2, 5, 15, 5]), attempt(2, [10, 2, 5, 15, 5])])!.mostOverrun!.trend).toBe("steady");
    expect(designTimeInsight([attempt(1, [10, 2, 5, 15, 5])])!.mostOverrun!.trend).toBeNull();
  });

  it("nothing to say without attempts, and no overrun when every phase kept its budget", () => {
    expect(designTimeInsight([])).toBeNull();
    expect(designTimeInsight([attempt(1, [5, 2, 5, 15, 10])])!.mostOverrun).toBeNull();
  });

  it("a phase clock stops at the submission or the deadline, whichever came first", () => {
    expect(phaseEndAt({ deadlineAt: at(40) }, { deadlineAt: null, submittedAt: at(30) })).toEqual(at(30));
    expect(phaseEndAt({ deadlineAt: at(40) }, { deadlineAt: null, submittedAt: at(55) })).toEqual(at(40));
    expect(phaseEndAt({ deadlineAt: null }, { deadlineAt: null, submittedAt: null })).toBeNull();
    const rows = designItemRows({
      interview: { deadlineAt: at(40) },
      item: { startedAt: t0, deadlineAt: null, submittedAt: at(20) },
      question: { suggestedMinutes: 40, phaseMinutes: { requirements: 8 } as Partial<Record<DesignPhase, number>> },
      events: [{ phase: "entities", at: at(6) }],
      now: at(90),
    })!;
    expect(rows.map((r) => r.usedMs / MIN)).toEqual([6, 14, 0, 0, 0, 0]);
    expect(rows[0]!.budgetMs).toBe(8 * MIN);
    expect(rows[2]!.reached).toBe(false);
  });
});
