// The term matcher the review used before the judge (lib/judge): kept only as the baseline the accuracy bench
// (bench/judge-accuracy.ts) compares against, with each question's old terms (bench/data/baseline-key-point-terms.json).
/**
 * Key-point matching: does an answer mention the words that show a key point
 * was covered? Deterministic and explainable — every tick it suggests comes
 * with the exact spans of the answer that matched, so the page can highlight
 * them and the person can judge. No external service.
 *
 * Rules:
 * - Text is split into words (letters and digits, with inner apostrophes);
 *   everything else (spaces, hyphens, slashes, dots) separates words, so a
 *   term matches on word boundaries only ("ap" never matches inside "apple").
 * - Words compare by a light stem: case-insensitive, plural -s/-es/-ies,
 *   -ing, -ed, -er, a final -e, doubled consonants ("cache" ~ "caches" ~
 *   "cached" ~ "caching"; "commit" ~ "committed").
 * - Compounds: "write-through" ~ "write through" ~ "writethrough" (one word of
 *   the answer may stand for several words of the term, and the reverse).
 * - Phrases may have one small filler word between their words ("source of
 *   the truth" still matches "source of truth").
 * - Negation: an occurrence just after "not", "no", "never", "without",
 *   "isn't", "non-" ... in the same clause does not count ("not idempotent"
 *   does not tick "idempotent"); "not only" is not a negation.
 */

export interface Span {
  start: number;
  end: number;
}

export interface TermHit extends Span {
  term: string;
}

export interface KeyPointMatch {
  index: number;
  matched: boolean;
  /** Occurrences that count, in text order. */
  spans: TermHit[];
  /** Occurrences ignored because they were negated (shown so the miss is explainable). */
  negated: TermHit[];
}

export interface MatchableKeyPoint {
  label: string;
  terms: readonly string[];
}

interface Token {
  /** Lower-case form with apostrophes normalised. */
  word: string;
  stem: string;
  start: number;
  end: number;
}

const WORD_RE = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

const FILLERS = new Set(["a", "an", "the", "of", "to", "and", "or", "in", "on", "for", "with", "is", "are", "be", "its", "their", "your", "our"]);

/** Words that negate what follows within a short window, in the same clause. */
const NEGATORS = new Set([
  "not",
  "no",
  "never",
  "without",
  "neither",
  "nor",
  "cannot",
  "isn't",
  "aren't",
  "wasn't",
  "weren't",
  "doesn't",
  "don't",
  "didn't",
  "won't",
  "can't",
  "shouldn't",
  "mustn't",
  "non",
]);
const NEGATION_WINDOW = 3;
/** Punctuation that ends a clause: a negation before it does not reach past it. */
const CLAUSE_BREAK = /[.,;:!?()\n]/;

const VOWELS = new Set(["a", "e", "i", "o", "u"]);
const NO_UNDOUBLE = new Set(["l", "s", "z", "f"]);

function undouble(root: string): string {
  const n = root.length;
  if (n >= 4 && root[n - 1] === root[n - 2] && !VOWELS.has(root[n - 1]!) && !NO_UNDOUBLE.has(root[n - 1]!)) return root.slice(0, -1);
  return root;
}

/** A light, deterministic stem: enough to make simple variants meet, never a dictionary. */
export function stem(input: string): string {
  let w = input.toLowerCase().replace(/’/g, "'");
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (!/^[a-z']+$/.test(w) || w.length < 4) return w;
  // Plurals first, so "speeds" and "speed" then take the same path.
  if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(?:ss|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith("s") && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  for (let guard = 0; guard < 3; guard++) {
    const before = w;
    if (w.endsWith("ied") && w.length > 4) w = `${w.slice(0, -3)}y`;
    else if (w.endsWith("ing") && w.length - 3 >= 3) w = undouble(w.slice(0, -3));
    else if (w.endsWith("ed") && w.length - 2 >= 3) w = undouble(w.slice(0, -2));
    else if (w.endsWith("er") && w.length - 2 >= 3) w = undouble(w.slice(0, -2));
    if (w === before) break;
  }
  if (w.endsWith("e") && !w.endsWith("ee") && w.length >= 4) w = w.slice(0, -1);
  return w;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    const word = m[0].toLowerCase().replace(/’/g, "'");
    out.push({ word, stem: stem(word), start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

interface TermPattern {
  term: string;
  words: string[];
  stems: string[];
  /** joined[p][m]: words p..p+m-1 run together, and its stem ("write through" → "writethrough"). */
  joined: { word: string; stem: string }[][];
}

/** Longest stretch of words that may be joined into one ("write through" ~ "writethrough"). */
const MAX_JOIN = 3;

function compileTerm(term: string): TermPattern | null {
  const toks = tokenize(term);
  if (toks.length === 0) return null;
  const words = toks.map((t) => t.word);
  const joined = words.map((_, p) => {
    const row: { word: string; stem: string }[] = [];
    for (let m = 2; m <= MAX_JOIN && p + m <= words.length; m++) {
      const word = words.slice(p, p + m).join("");
      row[m] = { word, stem: stem(word) };
    }
    return row;
  });
  return { term, words, stems: toks.map((t) => t.stem), joined };
}

/** Tokenised text with its runs of joined words computed once, on demand, for every term. */
class TextIndex {
  private runs: ({ word: string; stem: string } | undefined)[][] = [];
  constructor(
    readonly text: string,
    readonly tokens: readonly Token[],
  ) {}

  /** Tokens q..q+m-1 run together ("write through" → "writethrough"). */
  run(q: number, m: number): { word: string; stem: string } {
    const row = (this.runs[m] ??= []);
    let r = row[q];
    if (!r) {
      const word = this.tokens
        .slice(q, q + m)
        .map((t) => t.word)
        .join("");
      r = { word, stem: stem(word) };
      row[q] = r;
    }
    return r;
  }
}

/**
 * Match a term starting at answer token `i`; returns the index just past the
 * last answer token used, or -1. Small and exhaustive (terms are a few words).
 */
function matchAt(ix: TextIndex, i: number, pat: TermPattern): number {
  const tokens = ix.tokens;
  const walk = (p: number, q: number, gapUsed: boolean): number => {
    if (p === pat.stems.length) return q;
    if (q >= tokens.length) return -1;
    const tok = tokens[q]!;
    const want = pat.words[p]!;
    // One word for one word.
    if (tok.stem === pat.stems[p]) {
      const r = walk(p + 1, q + 1, gapUsed);
      if (r >= 0) return r;
    }
    // One answer word for several term words: "writethrough" for "write through".
    if (tok.word.startsWith(want)) {
      for (let m = 2; m <= MAX_JOIN && p + m <= pat.words.length; m++) {
        const j = pat.joined[p]![m]!;
        if (tok.word === j.word || tok.stem === j.stem) {
          const r = walk(p + m, q + 1, gapUsed);
          if (r >= 0) return r;
        }
      }
    }
    // Several answer words for one term word: "write through" for "writethrough".
    if (want.length > tok.word.length && want.startsWith(tok.word)) {
      for (let m = 2; m <= MAX_JOIN && q + m <= tokens.length; m++) {
        const j = ix.run(q, m);
        if (j.word === want || j.stem === pat.stems[p]) {
          const r = walk(p + 1, q + m, gapUsed);
          if (r >= 0) return r;
        }
      }
    }
    // One filler word between the words of a phrase.
    if (p > 0 && !gapUsed && FILLERS.has(tok.word)) return walk(p, q + 1, true);
    return -1;
  };
  return walk(0, i, false);
}

function isNegated(text: string, tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - NEGATION_WINDOW; k--) {
    const between = text.slice(tokens[k]!.end, tokens[k + 1]!.start);
    if (CLAUSE_BREAK.test(between)) return false;
    const w = tokens[k]!.word;
    if (NEGATORS.has(w)) {
      // "not only X but also Y" affirms X.
      if (w === "not" && tokens[k + 1]?.word === "only") return false;
      // "non" negates only the word it is joined to ("non-blocking").
      if (w === "non" && k !== i - 1) continue;
      return true;
    }
  }
  return false;
}

/** Every occurrence of a term in tokenised text, split into counted and negated. */
function findTerm(ix: TextIndex, pat: TermPattern): { hits: TermHit[]; negated: TermHit[] } {
  const { text, tokens } = ix;
  const hits: TermHit[] = [];
  const negated: TermHit[] = [];
  const first = pat.words[0]!;
  const firstStem = pat.stems[0]!;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Cheap test first: a match must start with the term's first word, whole or joined.
    if (t.stem !== firstStem && !t.word.startsWith(first) && !first.startsWith(t.word)) continue;
    const end = matchAt(ix, i, pat);
    if (end < 0) continue;
    const hit = { term: pat.term, start: tokens[i]!.start, end: tokens[end - 1]!.end };
    (isNegated(text, tokens, i) ? negated : hits).push(hit);
    i = end - 1;
  }
  return { hits, negated };
}

/** For each key point: is it covered, and where in the text. */
export function matchKeyPoints(text: string, keyPoints: readonly MatchableKeyPoint[]): KeyPointMatch[] {
  const ix = new TextIndex(text ?? "", tokenize(text ?? ""));
  return keyPoints.map((kp, index) => {
    const spans: TermHit[] = [];
    const negated: TermHit[] = [];
    for (const term of kp.terms) {
      const pat = compileTerm(term);
      if (!pat) continue;
      const found = findTerm(ix, pat);
      spans.push(...found.hits);
      negated.push(...found.negated);
    }
    const byStart = (a: Span, b: Span) => a.start - b.start || b.end - a.end;
    return { index, matched: spans.length > 0, spans: spans.sort(byStart), negated: negated.sort(byStart) };
  });
}

/** Indexes of the key points the matcher would tick. */
export function suggestedTicks(matches: readonly KeyPointMatch[]): number[] {
  return matches.filter((m) => m.matched).map((m) => m.index);
}

export interface Segment {
  text: string;
  /** Key points whose terms matched here (empty: plain text). */
  keyPoints: number[];
}

/**
 * Split text into plain and highlighted segments (overlapping spans merged),
 * so a page can render highlights as elements — never as injected HTML.
 */
export function highlightSegments(text: string, matches: readonly KeyPointMatch[]): Segment[] {
  const marks: { start: number; end: number; kp: Set<number> }[] = [];
  const all = matches
    .flatMap((m) => m.spans.map((s) => ({ start: s.start, end: s.end, kp: m.index })))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  for (const s of all) {
    const last = marks[marks.length - 1];
    if (last && s.start < last.end) {
      last.end = Math.max(last.end, s.end);
      last.kp.add(s.kp);
    } else marks.push({ start: s.start, end: s.end, kp: new Set([s.kp]) });
  }
  const out: Segment[] = [];
  let at = 0;
  for (const m of marks) {
    if (m.start > at) out.push({ text: text.slice(at, m.start), keyPoints: [] });
    out.push({ text: text.slice(m.start, m.end), keyPoints: [...m.kp].sort((a, b) => a - b) });
    at = m.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), keyPoints: [] });
  return out;
}
