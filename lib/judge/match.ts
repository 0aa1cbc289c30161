import { type Denial, FILLERS, findDenial } from "./negation";
import { type Alternative, type CompiledPhrase, GAP_WORDS } from "./phrase";
import { AUXILIARIES, NOT_STEM } from "./stem";
import { type AnalyzedText, joinedRun, NUMBER_WORDS, runsIndex, SCALE_WORDS } from "./text";

/**
 * Where a compiled phrase occurs in an analysed answer: word by word, inside
 * one clause (a `...` never reaches past a comma), each occurrence with the
 * denial that cancels it, if any.
 */

export interface Occurrence {
  phrase: string;
  /** Character offsets into the answer. */
  start: number;
  end: number;
  /** Token range [first, last). */
  first: number;
  last: number;
  sentence: number;
  /** The words that deny it ("not", "doesn't matter"), or null when it counts. */
  denial: Denial | null;
}

function punctOf(gap: string): string {
  return gap.replace(/[\s\-"'“”‘’`*]/g, "");
}

interface Walk {
  end: number;
  gap: number[];
}

/**
 * Match elements p.. of an alternative from token q; the shortest match, or
 * null. `gap` collects the tokens a `...` let through (checked for negators).
 */
function walk(at: AnalyzedText, alt: Alternative, sentence: number, p: number, q: number, fillerUsed: boolean, clause: number, gap: number[]): Walk | null {
  const els = alt.elements;
  if (p === els.length) return { end: q, gap };
  const { tokens } = at;
  const el = els[p]!;
  if (el.kind === "gap") {
    for (let g = 0; g <= GAP_WORDS; g++) {
      if (g > 0) {
        const t = tokens[q + g - 1];
        if (!t || t.clause !== clause) break;
      }
      const r = walk(at, alt, sentence, p + 1, q + g, fillerUsed, clause, g ? gap.concat(range(q, q + g)) : gap);
      if (r) return r;
    }
    return null;
  }
  const t = tokens[q];
  if (!t || t.sentence !== sentence) return null;
  if (p === 0) {
    if (el.punct && !punctOf(t.gap).endsWith(el.punct)) return null;
    clause = t.clause;
  } else if (el.punct) {
    // Punctuation the phrase asks for ("i/o", "o(1)") may cross a clause mark, never a sentence.
    if (punctOf(t.gap) !== el.punct) return null;
    clause = t.clause;
  } else if (t.clause !== clause) return null;

  if (el.kind === "exact") {
    if (t.raw === el.raw) {
      const r = walk(at, alt, sentence, p + 1, q + 1, fillerUsed, clause, gap);
      if (r) return r;
    }
  } else if (el.kind === "number") {
    if (t.number || NUMBER_WORDS.has(t.low)) {
      let next = q + 1;
      while (tokens[next] && tokens[next]!.clause === clause && SCALE_WORDS.has(tokens[next]!.low)) next++;
      const r = walk(at, alt, sentence, p + 1, next, fillerUsed, clause, gap);
      if (r) return r;
    }
  } else {
    if (t.stem === el.stem) {
      const r = walk(at, alt, sentence, p + 1, q + 1, fillerUsed, clause, gap);
      if (r) return r;
    }
    // "does not" for the phrase's "not" (which also stands for "doesn't").
    if (el.stem === NOT_STEM && p > 0 && AUXILIARIES.has(t.low) && tokens[q + 1]?.stem === NOT_STEM && tokens[q + 1]!.clause === clause) {
      const r = walk(at, alt, sentence, p + 1, q + 2, fillerUsed, clause, gap);
      if (r) return r;
    }
    // Several phrase words written as one: "writethrough" for "write through".
    if (t.low.length > el.low.length && t.low.startsWith(el.low)) {
      for (let k = 2; k <= 3; k++) {
        const joined = alt.joined[p]![k];
        if (joined === undefined) break;
        if (t.stem === joined) {
          const r = walk(at, alt, sentence, p + 1 + (k - 1), q + 1, fillerUsed, clause, gap);
          if (r) return r;
        }
      }
    }
    // One phrase word written as several: "write through" for "writethrough".
    if (el.low.length > t.low.length && el.low.startsWith(t.low)) {
      let written = t.low;
      for (let m = 2; m <= 3; m++) {
        const next = tokens[q + m - 1];
        if (!next) break;
        written += next.low;
        // Cheap test first: the words run together must begin (or be a form of) the phrase word.
        if (!el.low.startsWith(written) && !written.startsWith(el.low.slice(0, written.length - 1))) break;
        const run = joinedRun(at, q, m);
        if (run === null) break;
        if (run === el.stem) {
          const r = walk(at, alt, sentence, p + 1, q + m, fillerUsed, clause, gap);
          if (r) return r;
        }
      }
    }
  }
  // One small filler word between the words of a phrase: "source of the truth".
  if (p > 0 && !fillerUsed && !el.punct && els[p - 1]!.kind !== "gap" && FILLERS.has(t.low)) {
    return walk(at, alt, sentence, p, q + 1, true, clause, gap);
  }
  return null;
}

const NO_GAP: number[] = [];

/** Match one alternative starting at token q0. */
function matchAt(at: AnalyzedText, alt: Alternative, q0: number): Walk | null {
  return walk(at, alt, at.tokens[q0]!.sentence, 0, q0, false, -1, NO_GAP);
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}

/** Token positions where an alternative may start, in order. */
function startsOf(at: AnalyzedText, alt: Alternative): readonly number[] {
  const first = alt.elements[0]!;
  if (first.kind === "number") return at.numbers;
  if (first.kind === "exact") return (at.byLow.get(first.raw.toLowerCase()) ?? []).filter((i) => at.tokens[i]!.raw === first.raw);
  if (first.kind === "gap") return [];
  // The word itself; the phrase's first words written as one ("writethrough"); the first word written as
  // several ("write through" for "writethrough").
  const lists: (readonly number[])[] = [];
  const candidates = [at.byStem.get(first.stem), at.byStem.get(alt.joined[0]![2] ?? ""), at.byStem.get(alt.joined[0]![3] ?? ""), runsIndex(at).get(first.low)];
  for (const list of candidates) if (list?.length) lists.push(list);
  if (lists.length <= 1) return lists[0] ?? [];
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}

/** Every occurrence of a phrase (any of its alternatives), in text order; a contained duplicate is dropped. */
export function findPhrase(at: AnalyzedText, phrase: CompiledPhrase): Occurrence[] {
  const found: Occurrence[] = [];
  const { tokens } = at;
  for (const alt of phrase.alternatives) {
    let after = -1;
    for (const q of startsOf(at, alt)) {
      if (q < after) continue;
      const m = matchAt(at, alt, q);
      if (!m || m.end === q) continue;
      const first = tokens[q]!;
      const last = tokens[m.end - 1]!;
      found.push({
        phrase: phrase.source,
        start: first.start,
        end: last.end,
        first: q,
        last: m.end,
        sentence: first.sentence,
        denial: alt.statesDenial ? null : findDenial(at, q, m.end, m.gap),
      });
      after = m.end;
    }
  }
  if (phrase.alternatives.length === 1) return found;
  // Longest first at each start, counted before denied; then drop what a kept occurrence covers
  // (a counted one covers anything, a denied one only denied ones). Sorted by start, "covers" is
  // "ends at or after", so the furthest ends seen so far decide.
  found.sort((a, b) => a.start - b.start || b.end - a.end || Number(a.denial !== null) - Number(b.denial !== null));
  const out: Occurrence[] = [];
  let counted = -1;
  let any = -1;
  for (const o of found) {
    if (o.end <= (o.denial ? any : counted)) continue;
    out.push(o);
    any = Math.max(any, o.end);
    if (!o.denial) counted = Math.max(counted, o.end);
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
