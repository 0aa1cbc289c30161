/**
 * The whiteboard's timeline: every sketch save also records what changed
 * (element id → the element as saved, or null where it went), stamped with
 * the server's time, so the review can replay the drawing from empty to
 * final. Saves closer together than a few seconds share an entry, and an
 * item keeps at most a fixed number of entries and bytes: past either cap,
 * later saves fold into the newest entry, so the replay grows coarse at the
 * end but always arrives at the final drawing.
 */

/** Saves closer than this to the start of the newest entry fold into it. */
export const TIMELINE_COALESCE_MS = 3_000;
/** At 3 s or more apart, 600 entries cover half an hour of steady drawing. */
export const MAX_TIMELINE_ENTRIES = 600;
/** Changes kept per question (new entries stop here; the newest one still absorbs saves). */
export const MAX_TIMELINE_BYTES = 8 * 1024 * 1024;

export interface TimelineElement {
  id: string;
  version: number;
  isDeleted?: boolean;
  index?: unknown;
  [key: string]: unknown;
}

export type TimelineChanges = Record<string, TimelineElement | null>;

/** Element id → version, of the drawing as it stood before a save. */
export type ElementVersions = Record<string, number>;

/** What a save changes, compared with the stored drawing (or with nothing, for the first entry). */
export function sceneChanges(before: ElementVersions | null, elements: readonly TimelineElement[]): TimelineChanges {
  const changes: TimelineChanges = {};
  const live = new Set<string>();
  for (const el of elements) {
    if (el.isDeleted) continue;
    live.add(el.id);
    if (before?.[el.id] !== el.version) changes[el.id] = el;
  }
  for (const id of Object.keys(before ?? {})) if (!live.has(id)) changes[id] = null;
  return changes;
}

export interface TimelineHead {
  /** The newest entry's number, or -1 when there is none. */
  seq: number;
  /** When the newest entry opened (its coalescing window starts here). */
  openedAt: Date | null;
  /** Bytes of changes recorded so far. */
  bytes: number;
}

export const EMPTY_TIMELINE: TimelineHead = { seq: -1, openedAt: null, bytes: 0 };

/** Where a save's changes go: a new entry, or folded into the newest one. */
export function timelineStep(head: TimelineHead, now: Date, changeBytes: number): { seq: number; openedAt: Date; bytes: number; merge: boolean } {
  const bytes = head.bytes + changeBytes;
  if (head.seq < 0 || !head.openedAt) return { seq: 0, openedAt: now, bytes, merge: false };
  const close = now.getTime() - head.openedAt.getTime() < TIMELINE_COALESCE_MS;
  const full = head.seq + 1 >= MAX_TIMELINE_ENTRIES || bytes > MAX_TIMELINE_BYTES;
  if (close || full) return { seq: head.seq, openedAt: head.openedAt, bytes, merge: true };
  return { seq: head.seq + 1, openedAt: now, bytes, merge: false };
}

/** Folding a later save into an entry: the later value of each element wins. */
export function mergeChanges(older: TimelineChanges, newer: TimelineChanges): TimelineChanges {
  return { ...older, ...newer };
}

export interface TimelineEntry {
  /** Server time of the latest save in this entry (ms). */
  at: number;
  changes: TimelineChanges;
}

/**
 * The drawing after the first `count` entries, in stacking order: by
 * Excalidraw's fractional index where elements carry one, else in the order
 * they first appeared.
 */
export function elementsAfter(entries: readonly TimelineEntry[], count: number): TimelineElement[] {
  const state = new Map<string, TimelineElement>();
  for (const entry of entries.slice(0, Math.max(0, count))) {
    for (const [id, el] of Object.entries(entry.changes)) {
      if (el) state.set(id, el);
      else state.delete(id);
    }
  }
  const all = [...state.values()];
  if (all.every((e) => typeof e.index === "string")) all.sort((a, b) => ((a.index as string) < (b.index as string) ? -1 : (a.index as string) > (b.index as string) ? 1 : 0));
  return all;
}

/** How many entries had been saved by a time of day (ms): the step the replay shows then. */
export function stepAt(entries: readonly Pick<TimelineEntry, "at">[], wallMs: number): number {
  let n = 0;
  while (n < entries.length && entries[n]!.at <= wallMs) n++;
  return n;
}
