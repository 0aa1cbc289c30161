import { describe, expect, it } from "vitest";
import {
  EMPTY_TIMELINE,
  MAX_TIMELINE_BYTES,
  MAX_TIMELINE_ENTRIES,
  TIMELINE_COALESCE_MS,
  elementsAfter,
  mergeChanges,
  sceneChanges,
  stepAt,
  timelineStep,
  type TimelineElement,
  type TimelineEntry,
} from "@/lib/sketch/timeline";

const el = (id: string, version = 1, extra: Partial<TimelineElement> = {}): TimelineElement => ({ id, version, type: "rectangle", ...extra });
const at = (s: number) => new Date(Date.UTC(2026, 11, 1, 10, 0, s));

describe("sceneChanges", () => {
  it("the first save records every element; later ones only what is new, changed or gone", () => {
    expect(sceneChanges(null, [el("a"), el("b")])).toEqual({ a: el("a"), b: el("b") });
    expect(sceneChanges({ a: 1, b: 1 }, [el("a"), el("b", 2), el("c")])).toEqual({ b: el("b", 2), c: el("c") });
    expect(sceneChanges({ a: 1, b: 1 }, [el("a")])).toEqual({ b: null });
    // An element saved as deleted counts as gone.
    expect(sceneChanges({ a: 1 }, [el("a", 2, { isDeleted: true })])).toEqual({ a: null });
    expect(sceneChanges({ a: 1 }, [el("a")])).toEqual({});
  });
});

describe("timelineStep: coalescing and caps", () => {
  it("opens a new entry for the first save and for one a few seconds after the newest entry opened", () => {
    const first = timelineStep(EMPTY_TIMELINE, at(0), 100);
    expect(first).toEqual({ seq: 0, openedAt: at(0), bytes: 100, merge: false });
    const later = timelineStep(first, at(TIMELINE_COALESCE_MS / 1000), 50);
    expect(later).toEqual({ seq: 1, openedAt: at(3), bytes: 150, merge: false });
  });

  it("folds saves closer than the window into the newest entry, counted from when it opened", () => {
    let head = timelineStep(EMPTY_TIMELINE, at(0), 10);
    head = timelineStep(head, at(1), 10);
    expect(head).toMatchObject({ seq: 0, merge: true, openedAt: at(0) });
    head = timelineStep(head, at(2), 10);
    expect(head).toMatchObject({ seq: 0, merge: true });
    // Steady saves two seconds apart still make an entry every window, not one endless entry.
    head = timelineStep(head, at(4), 10);
    expect(head).toMatchObject({ seq: 1, merge: false, openedAt: at(4) });
  });

  it("past the entry cap or the byte cap, later saves fold into the newest entry", () => {
    const lastAllowed = { seq: MAX_TIMELINE_ENTRIES - 1, openedAt: at(0), bytes: 1000 };
    expect(timelineStep(lastAllowed, at(600), 10)).toMatchObject({ seq: MAX_TIMELINE_ENTRIES - 1, merge: true });
    const heavy = { seq: 4, openedAt: at(0), bytes: MAX_TIMELINE_BYTES - 5 };
    expect(timelineStep(heavy, at(600), 10)).toMatchObject({ seq: 4, merge: true });
    expect(timelineStep({ ...heavy, bytes: 0 }, at(600), 10)).toMatchObject({ seq: 5, merge: false });
  });

  it("merging keeps the later value of each element", () => {
    expect(mergeChanges({ a: el("a"), b: el("b") }, { a: el("a", 3), b: null, c: el("c") })).toEqual({ a: el("a", 3), b: null, c: el("c") });
  });
});

describe("replay", () => {
  const entries: TimelineEntry[] = [
    { at: 1000, changes: { a: el("a", 1, { index: "a1" }), b: el("b", 1, { index: "a0" }) } },
    { at: 5000, changes: { a: el("a", 2, { index: "a1" }), c: el("c", 1, { index: "a2" }) } },
    { at: 9000, changes: { b: null } },
  ];
  it("goes from empty to final, in stacking order", () => {
    expect(elementsAfter(entries, 0)).toEqual([]);
    expect(elementsAfter(entries, 1).map((e) => e.id)).toEqual(["b", "a"]);
    expect(elementsAfter(entries, 2).map((e) => `${e.id}${e.version}`)).toEqual(["b1", "a2", "c1"]);
    expect(elementsAfter(entries, 3).map((e) => e.id)).toEqual(["a", "c"]);
    expect(elementsAfter(entries, 99)).toEqual(elementsAfter(entries, 3));
  });
  it("finds the step shown at a time of day", () => {
    expect(stepAt(entries, 0)).toBe(0);
    expect(stepAt(entries, 1000)).toBe(1);
    expect(stepAt(entries, 8999)).toBe(2);
    expect(stepAt(entries, 20_000)).toBe(3);
  });
});
