// From the taxonomy, not the question-file schema: this module runs in the live page, which must not load zod.
import { DESIGN_PHASES, PHASE_HEADINGS, type DesignPhase } from "@/lib/taxonomy";
import type { RichDoc, RichNode } from "@/lib/rich-text/doc";

/**
 * Design questions run in phases: requirements → core entities → API →
 * high-level design → deep dives → trade-offs. Each phase has a soft budget;
 * the clock shows the phase and its overrun but never moves on by itself.
 * The server stamps when each phase began; these pure rules turn those stamps
 * into time used, time left and overrun, on the server and in the page alike.
 */

export { DESIGN_PHASES, PHASE_HEADINGS, type DesignPhase };

/** The default split, in minutes of a 40-minute design question. */
export const DEFAULT_PHASE_SPLIT: Readonly<Record<DesignPhase, number>> = {
  requirements: 5,
  entities: 2,
  api: 5,
  "high-level": 15,
  "deep-dives": 10,
  "trade-offs": 3,
};
const DEFAULT_TOTAL = Object.values(DEFAULT_PHASE_SPLIT).reduce((a, b) => a + b, 0);

/** What a strong candidate covers in each phase: the live page's prompt where the question has no outline of its own. */
export const PHASE_PROMPTS: Readonly<Record<DesignPhase, string>> = {
  requirements: "Agree the functional scope, then the non-functional targets: scale, latency, availability, consistency, with rough numbers.",
  entities: "Name the few nouns the system is about and how they relate; sketch the data model.",
  api: "The main endpoints or messages, their inputs and outputs, and which calls must be idempotent.",
  "high-level": "Boxes and arrows for one request end to end: clients, services, stores, queues, caches.",
  "deep-dives": "Take the one or two hardest parts in detail: hot keys, fan-out, ordering, retries, failure modes.",
  "trade-offs": "What you chose, what you gave up, and what you would change at ten times the load.",
};

export type PhaseBudget = Record<DesignPhase, number>;

export function isDesignPhase(value: unknown): value is DesignPhase {
  return typeof value === "string" && (DESIGN_PHASES as readonly string[]).includes(value);
}

/**
 * The soft budget of each phase in milliseconds for a question of `minutes`:
 * phases the question file names keep their minutes, the rest share what is
 * left in the default proportions.
 */
export function phaseBudgets(minutes: number, override?: Partial<Record<DesignPhase, number>> | null): PhaseBudget {
  const fixed = DESIGN_PHASES.filter((p) => override?.[p] !== undefined);
  const fixedMinutes = fixed.reduce((n, p) => n + override![p]!, 0);
  const rest = DESIGN_PHASES.filter((p) => override?.[p] === undefined);
  const restShare = rest.reduce((n, p) => n + DEFAULT_PHASE_SPLIT[p], 0);
  const restMinutes = Math.max(0, minutes - fixedMinutes);
  const out = {} as PhaseBudget;
  for (const p of DESIGN_PHASES) {
    const m = override?.[p] !== undefined ? override[p]! : restShare ? (restMinutes * DEFAULT_PHASE_SPLIT[p]) / restShare : 0;
    out[p] = Math.round(m * 60_000);
  }
  return out;
}

/** The default split scaled to `minutes` (40 minutes gives 5/2/5/15/10/3). */
export function defaultPhaseMinutes(minutes: number): Record<DesignPhase, number> {
  const out = {} as Record<DesignPhase, number>;
  for (const p of DESIGN_PHASES) out[p] = (minutes * DEFAULT_PHASE_SPLIT[p]) / DEFAULT_TOTAL;
  return out;
}

/** A phase's start, as the server recorded it. */
export interface PhaseEvent {
  phase: DesignPhase;
  at: Date;
}

/** The phase after `phase`, or null after the last. */
export function nextPhase(phase: DesignPhase): DesignPhase | null {
  return DESIGN_PHASES[DESIGN_PHASES.indexOf(phase) + 1] ?? null;
}

/** The phase in progress: the last one started, else the first (the item's start begins it). */
export function currentPhase(events: readonly PhaseEvent[]): DesignPhase {
  let best = 0;
  for (const e of events) best = Math.max(best, DESIGN_PHASES.indexOf(e.phase));
  return DESIGN_PHASES[best]!;
}

export type PhaseMove = { ok: true; phase: DesignPhase } | { ok: false; message: string };

/** May the person move to `requested` now? Only ever to the phase right after the current one. */
export function checkPhaseMove(events: readonly PhaseEvent[], requested: unknown): PhaseMove {
  if (!isDesignPhase(requested)) return { ok: false, message: `Unknown phase. A design answer runs through: ${DESIGN_PHASES.join(", ")}.` };
  const current = currentPhase(events);
  const next = nextPhase(current);
  if (requested === current) return { ok: false, message: `You are already in ${PHASE_HEADINGS[current]}.` };
  if (!next) return { ok: false, message: `${PHASE_HEADINGS[current]} is the last phase.` };
  if (requested !== next) return { ok: false, message: `Phases go in order: after ${PHASE_HEADINGS[current]} comes ${PHASE_HEADINGS[next]}.` };
  return { ok: true, phase: requested };
}

export type Overrun = "ok" | "amber" | "red";

/** Amber once a phase passes its budget, red once it is over by half its budget again (at least a minute). */
export function overrunOf(usedMs: number, budgetMs: number): Overrun {
  if (usedMs <= budgetMs) return "ok";
  return usedMs - budgetMs > Math.max(60_000, budgetMs / 2) ? "red" : "amber";
}

export interface PhaseSpan {
  phase: DesignPhase;
  /** Null for phases never reached. */
  startedAt: Date | null;
  endedAt: Date | null;
  usedMs: number;
  budgetMs: number;
  overrun: Overrun;
}

/**
 * Each phase's span, from the item's start and the recorded phase starts up to
 * `now`, settled at `endAt` (the submission or the deadline, whichever came
 * first): time after the question closed counts for no phase.
 */
export function phaseSpans(input: { startedAt: Date; events: readonly PhaseEvent[]; budgets: PhaseBudget; now: Date; endAt?: Date | null }): PhaseSpan[] {
  const stop = Math.max(input.startedAt.getTime(), Math.min(input.now.getTime(), input.endAt?.getTime() ?? Infinity));
  const starts = new Map<DesignPhase, number>([["requirements", input.startedAt.getTime()]]);
  for (const e of input.events) if (e.phase !== "requirements") starts.set(e.phase, Math.max(input.startedAt.getTime(), e.at.getTime()));
  return DESIGN_PHASES.map((phase, i) => {
    const from = starts.get(phase);
    const budgetMs = input.budgets[phase];
    if (from === undefined || from > stop) return { phase, startedAt: null, endedAt: null, usedMs: 0, budgetMs, overrun: "ok" as const };
    const laterStart = DESIGN_PHASES.slice(i + 1)
      .map((p) => starts.get(p))
      .find((t): t is number => t !== undefined && t <= stop);
    const to = laterStart ?? stop;
    const usedMs = Math.max(0, to - from);
    return { phase, startedAt: new Date(from), endedAt: new Date(to), usedMs, budgetMs, overrun: overrunOf(usedMs, budgetMs) };
  });
}

/** What the live page shows of the phase in progress. */
export interface PhaseNow {
  phase: DesignPhase;
  next: DesignPhase | null;
  usedMs: number;
  budgetMs: number;
  /** Negative once over budget. */
  leftMs: number;
  overrun: Overrun;
}

export function phaseNow(input: Parameters<typeof phaseSpans>[0]): PhaseNow {
  const phase = currentPhase(input.events);
  const span = phaseSpans(input).find((s) => s.phase === phase)!;
  return { phase, next: nextPhase(phase), usedMs: span.usedMs, budgetMs: span.budgetMs, leftMs: span.budgetMs - span.usedMs, overrun: span.overrun };
}

/** "3:05 left", "1:20 over": a phase clock, to the second. */
export function formatPhaseLeft(leftMs: number): string {
  const s = Math.floor(Math.abs(leftMs) / 1000);
  const text = `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
  return leftMs >= 0 ? `${text} left` : `${text} over`;
}

/** Plain, serialisable phase stamps for the page. */
export function phaseEventsJson(events: readonly PhaseEvent[]): { phase: DesignPhase; at: string }[] {
  return events.map((e) => ({ phase: e.phase, at: e.at.toISOString() }));
}

/* ------------------------------------------------------ Notes per phase */


const HEADING_TO_PHASE = new Map(DESIGN_PHASES.map((p) => [PHASE_HEADINGS[p].toLowerCase(), p]));

const nodeText = (n: RichNode): string => (n.text ?? "") + (n.content ?? []).map(nodeText).join("");

/** The phase a top-level node opens, when it is a heading named after one. */
function phaseOfHeading(n: RichNode): DesignPhase | undefined {
  if (n.type !== "heading") return undefined;
  return HEADING_TO_PHASE.get(nodeText(n).trim().toLowerCase());
}

/**
 * The answer with a heading for `phase` at its end, where the notes of that
 * phase go: the answer is one document whose phase headings divide it. An
 * answer that already has the heading is left as it is.
 */
export function appendPhaseHeading(doc: RichDoc | null, phase: DesignPhase): RichDoc {
  const content = [...(doc?.content ?? [])];
  if (content.some((n) => phaseOfHeading(n) === phase)) return doc ?? { type: "doc", content };
  // An empty last paragraph (the caret's line) gives way to the heading.
  const last = content[content.length - 1];
  if (last?.type === "paragraph" && !nodeText(last).trim()) content.pop();
  content.push({ type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: PHASE_HEADINGS[phase] }] }, { type: "paragraph" });
  return { type: "doc", content };
}

/** The answer's notes phase by phase: what precedes the first phase heading belongs to the requirements. */
export function notesByPhase(doc: RichDoc | null): Record<DesignPhase, RichDoc> {
  const out = Object.fromEntries(DESIGN_PHASES.map((p) => [p, { type: "doc", content: [] as RichNode[] }])) as Record<DesignPhase, RichDoc>;
  let current: DesignPhase = "requirements";
  for (const n of doc?.content ?? []) {
    const opens = phaseOfHeading(n);
    if (opens) current = opens;
    else out[current].content!.push(n);
  }
  return out;
}

/* ------------------------------------------------------------- Review */

export interface PhaseRow {
  phase: DesignPhase;
  label: string;
  usedMs: number;
  budgetMs: number;
  /** Share of the budget used, 0.. (1 = exactly on budget). */
  share: number;
  overrun: Overrun;
  reached: boolean;
}

/** The review's table of phases: time used against budget, from the stamps, settled at the item's end. */
export function phaseRows(input: { startedAt: Date | null; events: readonly PhaseEvent[]; budgets: PhaseBudget; endAt: Date | null; now: Date }): PhaseRow[] | null {
  if (!input.startedAt) return null;
  return phaseSpans({ startedAt: input.startedAt, events: input.events, budgets: input.budgets, now: input.now, endAt: input.endAt }).map((s) => ({
    phase: s.phase,
    label: PHASE_HEADINGS[s.phase],
    usedMs: s.usedMs,
    budgetMs: s.budgetMs,
    share: s.budgetMs > 0 ? s.usedMs / s.budgetMs : 0,
    overrun: s.overrun,
    reached: s.startedAt !== null,
  }));
}
