import { describe, expect, it } from "vitest";
import {
  DESIGN_PHASES,
  checkPhaseMove,
  currentPhase,
  formatPhaseLeft,
  nextPhase,
  overrunOf,
  phaseBudgets,
  phaseNow,
  phaseSpans,
  type PhaseEvent,
  appendPhaseHeading,
  notesByPhase,
} from "@/lib/interview/phases";

const MIN = 60_000;
const start = new Date(Date.UTC(2026, 0, 1, 12, 0, 0));
const at = (minutes: number) => new Date(start.getTime() + minutes * MIN);
const minutesOf = (b: Record<string, number>) => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v / MIN]));

describe("phase budgets", () => {
  it("splits 40 minutes 5/2/5/15/10/3", () => {
    expect(minutesOf(phaseBudgets(40))).toEqual({ requirements: 5, entities: 2, api: 5, "high-level": 15, "deep-dives": 10, "trade-offs": 3 });
  });

  it("scales the split to the question's minutes and adds up to them", () => {
    const b = phaseBudgets(60);
    expect(b.requirements).toBe(7.5 * MIN);
    expect(b["high-level"]).toBe(22.5 * MIN);
    const total = Object.values(phaseBudgets(45)).reduce((a, c) => a + c, 0);
    expect(Math.abs(total - 45 * MIN)).toBeLessThan(10);
  });

  it("a question file's override keeps its minutes; the other phases share the rest", () => {
    const b = phaseBudgets(40, { requirements: 10, "trade-offs": 5 });
    expect(b.requirements).toBe(10 * MIN);
    expect(b["trade-offs"]).toBe(5 * MIN);
    // 25 minutes left for entities, api, high-level, deep-dives (2:5:15:10 of 32).
    expect(b["high-level"]).toBe(Math.round(((25 * 15) / 32) * MIN));
    const total = Object.values(b).reduce((a, c) => a + c, 0);
    expect(Math.abs(total - 40 * MIN)).toBeLessThan(10);
  });
});

describe("phase transitions", () => {
  it("starts in requirements and only moves to the next phase", () => {
    expect(currentPhase([])).toBe("requirements");
    expect(checkPhaseMove([], "entities")).toEqual({ ok: true, phase: "entities" });
    expect(checkPhaseMove([], "api")).toMatchObject({ ok: false, message: expect.stringContaining("in order") });
    expect(checkPhaseMove([], "requirements")).toMatchObject({ ok: false, message: expect.stringContaining("already") });
    const events: PhaseEvent[] = [{ phase: "entities", at: at(5) }];
    expect(checkPhaseMove(events, "requirements")).toMatchObject({ ok: false });
    expect(checkPhaseMove(events, "api")).toMatchObject({ ok: true });
  });

  it("refuses unknown phases and moves past the last", () => {
    expect(checkPhaseMove([], "coffee-break")).toMatchObject({ ok: false, message: expect.stringContaining("Unknown phase") });
    expect(checkPhaseMove([], 3)).toMatchObject({ ok: false });
    const all = DESIGN_PHASES.slice(1).map((phase, i) => ({ phase, at: at(i + 1) }));
    expect(currentPhase(all)).toBe("trade-offs");
    expect(nextPhase("trade-offs")).toBeNull();
    expect(checkPhaseMove(all, "requirements")).toMatchObject({ ok: false, message: expect.stringContaining("last phase") });
  });
});

describe("overrun", () => {
  it("is ok within budget, amber past it, red past half the budget again", () => {
    expect(overrunOf(5 * MIN, 5 * MIN)).toBe("ok");
    expect(overrunOf(5 * MIN + 1, 5 * MIN)).toBe("amber");
    expect(overrunOf(7.5 * MIN, 5 * MIN)).toBe("amber");
    expect(overrunOf(7.5 * MIN + 1, 5 * MIN)).toBe("red");
    // A short phase turns red only a minute past its budget.
    expect(overrunOf(2.9 * MIN, 2 * MIN)).toBe("amber");
    expect(overrunOf(3.1 * MIN, 2 * MIN)).toBe("red");
  });
});

describe("phase spans and the deadline", () => {
  const budgets = phaseBudgets(40);
  const events: PhaseEvent[] = [
    { phase: "entities", at: at(7) },
    { phase: "api", at: at(10) },
  ];

  it("measures each phase from its start to the next one's", () => {
    const spans = phaseSpans({ startedAt: start, events, budgets, now: at(12) });
    expect(spans.map((s) => s.usedMs / MIN)).toEqual([7, 3, 2, 0, 0, 0]);
    expect(spans[0]!.overrun).toBe("amber");
    expect(spans[3]!.startedAt).toBeNull();
  });

  it("time left and overrun of the phase in progress", () => {
    const now = phaseNow({ startedAt: start, events, budgets, now: at(12) });
    expect(now).toMatchObject({ phase: "api", next: "high-level", usedMs: 2 * MIN, leftMs: 3 * MIN, overrun: "ok" });
    expect(phaseNow({ startedAt: start, events, budgets, now: at(20) })).toMatchObject({ leftMs: -5 * MIN, overrun: "red" });
  });

  it("settles at the deadline: time after it counts for no phase, a late event is ignored", () => {
    const late = [...events, { phase: "high-level" as const, at: at(50) }];
    const spans = phaseSpans({ startedAt: start, events: late, budgets, now: at(120), endAt: at(40) });
    expect(spans.map((s) => s.usedMs / MIN)).toEqual([7, 3, 30, 0, 0, 0]);
    expect(spans[2]!.endedAt).toEqual(at(40));
    expect(spans.reduce((n, s) => n + s.usedMs, 0)).toBe(40 * MIN);
  });

  it("reads time left and over", () => {
    expect(formatPhaseLeft(3 * MIN + 5000)).toBe("3:05 left");
    expect(formatPhaseLeft(-80_000)).toBe("1:20 over");
  });
});

describe("notes per phase", () => {
  const para = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });
  it("a phase heading goes at the end once; the notes split by phase headings", () => {
    let doc = appendPhaseHeading({ type: "doc", content: [para("reads 100k/s"), { type: "paragraph" }] }, "entities");
    expect(doc.content!.map((n) => n.type)).toEqual(["paragraph", "heading", "paragraph"]);
    expect(appendPhaseHeading(doc, "entities")).toBe(doc);
    doc = { ...doc, content: [...doc.content!.slice(0, 2), para("user, link")] };
    doc = appendPhaseHeading(doc, "api");
    doc = { ...doc, content: [...doc.content!, para("POST /links")] };
    const notes = notesByPhase(doc);
    const text = (p: keyof typeof notes) => notes[p].content!.map((n) => n.content?.[0]?.text ?? "").join("|");
    expect(text("requirements")).toBe("reads 100k/s");
    expect(text("entities")).toBe("user, link");
    expect(text("api")).toBe("|POST /links");
    expect(notes["deep-dives"].content).toEqual([]);
    expect(notesByPhase(null).requirements.content).toEqual([]);
  });
});
