import type { Judgement } from "./types";

export interface Segment {
  text: string;
  /** Indexes of the pre-ticked key points whose evidence covers this text (empty: none). */
  keyPoints: number[];
  /** Ids of the misconceptions whose evidence covers this text. */
  misconceptions: string[];
}

/**
 * Cut an answer into plain and marked segments, so a page renders the
 * judge's evidence as elements (never as injected HTML). The segments join
 * back to the text; where evidence overlaps, a segment carries every mark.
 */
export function highlightSegments(text: string, judgement: Judgement): Segment[] {
  const marks: { start: number; end: number; keyPoint?: number; misconception?: string }[] = [];
  for (const k of judgement.keyPoints) if (k.matched) for (const e of k.evidence) marks.push({ start: e.start, end: e.end, keyPoint: k.index });
  for (const m of judgement.misconceptions) for (const e of m.evidence) marks.push({ start: e.start, end: e.end, misconception: m.id });
  const cuts = new Set<number>([0, text.length]);
  for (const m of marks) {
    if (m.start < m.end && m.end <= text.length) {
      cuts.add(m.start);
      cuts.add(m.end);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const over = marks.filter((m) => m.start <= from && to <= m.end);
    const keyPoints = [...new Set(over.flatMap((m) => (m.keyPoint === undefined ? [] : [m.keyPoint])))].sort((a, b) => a - b);
    const misconceptions = [...new Set(over.flatMap((m) => (m.misconception === undefined ? [] : [m.misconception])))];
    const last = out[out.length - 1];
    // Neighbours with the same marks are one segment.
    if (last && same(last.keyPoints, keyPoints) && same(last.misconceptions, misconceptions)) last.text += text.slice(from, to);
    else out.push({ text: text.slice(from, to), keyPoints, misconceptions });
  }
  return out;
}

function same<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
