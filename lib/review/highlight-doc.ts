import type { Span } from "@/lib/judge/types";
import { BLOCK_BREAK } from "@/lib/rich-text/plain-text";
import type { RichDoc, RichNode } from "@/lib/rich-text/doc";

/**
 * Highlighting matched words inside a rendered editor document: the text the
 * matcher reads is built from the document's own text nodes, so every match
 * maps back to the nodes it came from, and those nodes are split with a
 * highlight mark — the page renders marks as elements, never as HTML.
 */

/** Evidence for a key point. */
export const HIT_MARK = "kpHit";
/** Words that reveal a misconception. */
export const MISCONCEPTION_MARK = "mcHit";

/**
 * A copy of the document with the given spans of docMatchText(doc)
 * (lib/rich-text/plain-text) wrapped in a highlight mark. Marks never change
 * the text, so a second call with another mark lays its spans over the first.
 */
export function highlightDoc(doc: RichDoc, spans: readonly Span[], mark: string = HIT_MARK): RichDoc {
  // Overlapping matches become one highlight, so a node is cut only where a highlight starts or ends.
  const sorted: Span[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = sorted[sorted.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else sorted.push({ start: s.start, end: s.end });
  }
  let at = 0;
  let lastEndsNewline = false;
  const walk = (n: RichNode): RichNode | RichNode[] => {
    if (n.type === "text") {
      const text = n.text ?? "";
      const from = at;
      at += text.length;
      lastEndsNewline = text.endsWith("\n");
      const cuts = new Set<number>([0, text.length]);
      for (const s of sorted) {
        if (s.end <= from || s.start >= at) continue;
        cuts.add(Math.max(0, s.start - from));
        cuts.add(Math.min(text.length, s.end - from));
      }
      if (cuts.size === 2 && !sorted.some((s) => s.start < at && s.end > from)) return n;
      const points = [...cuts].sort((a, b) => a - b);
      const out: RichNode[] = [];
      for (let i = 0; i + 1 < points.length; i++) {
        const a = points[i]!;
        const b = points[i + 1]!;
        if (b <= a) continue;
        const hit = sorted.some((s) => s.start < from + b && s.end > from + a);
        const piece: RichNode = { ...n, text: text.slice(a, b) };
        if (hit) piece.marks = [...(n.marks ?? []), { type: mark }];
        out.push(piece);
      }
      return out;
    }
    if (n.type === "hardBreak") {
      at += 1;
      lastEndsNewline = true;
      return n;
    }
    const copy: RichNode = { ...n };
    if (n.content) copy.content = n.content.flatMap((c) => walk(c));
    if (BLOCK_BREAK.has(n.type) && !lastEndsNewline) {
      at += 1;
      lastEndsNewline = true;
    }
    return copy;
  };
  return walk(doc) as RichDoc;
}
