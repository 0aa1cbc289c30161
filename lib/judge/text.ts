import { stemWord } from "./stem";

/**
 * An answer cut into words, each knowing its sentence and its clause. The
 * judge only ever looks inside one sentence (rules) or one clause (phrases,
 * `...` gaps, negation), so these two numbers carry most of its grammar.
 */

export interface Token {
  /** As written: `=WORD` phrases compare this, case-sensitively. */
  raw: string;
  /** Lower-case, curly apostrophes straightened; numbers without "~" and thousands commas. */
  low: string;
  stem: string;
  /** A figure ("40", "3,500", "1.5", "10k", "~300"); number words are words. */
  number: boolean;
  start: number;
  end: number;
  sentence: number;
  clause: number;
  /** The text between the previous token (or the start) and this one. */
  gap: string;
}

export interface AnalyzedText {
  text: string;
  tokens: Token[];
  /** Memo of joined runs of tokens ("write through" → "writethrough"), filled on demand. */
  runs: Map<number, string | null>;
  /** Token positions by stem and by lower-case word, so a phrase looks up where it may start. */
  byStem: Map<string, number[]>;
  byLow: Map<string, number[]>;
  /** Positions of figures and number words ("40", "3,500", "two", "million"). */
  numbers: number[];
  /** Positions where two or three tokens, run together, spell a word ("write through" → "writethrough"); built on first use. */
  byRun?: Map<string, number[]>;
}

/** Number words: `<n>` matches "two replicas" as it matches "2 replicas". */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([
  "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
  "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",
  "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion", "trillion", "dozen",
]);
/** Words that continue a figure: "3 million", "two hundred thousand", "10 k". */
export const SCALE_WORDS: ReadonlySet<string> = new Set(["hundred", "thousand", "million", "billion", "trillion", "k", "bn"]);

function push(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
}

/**
 * A figure (optionally "~" or "≈" before it, thousands commas, a decimal
 * part, letters glued after it) or a word (letters and digits with inner
 * apostrophes). Hyphens, slashes and dots between words separate them.
 */
const TOKEN_RE = /(?:[~≈]\s?)?\d+(?:[.,]\d+)*[\p{L}\p{N}]*|[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

const FIGURE_RE = /^([~≈]\s?)?(\d+(?:[.,]\d+)*)(.*)$/su;

/** Letters glued to a figure that keep it a figure: "10k", "2M", "3bn". */
const SCALE_SUFFIX = /^(?:k|m|b|bn)$/i;

/** Words that open a new clause: the claim after them is a different one. */
const CLAUSE_WORDS = new Set(["but", "whereas", "although", "though", "however", "while"]);

/** Abbreviations whose dot does not end a sentence. */
const ABBREVIATIONS = new Set(["e.g", "i.e", "vs", "cf", "approx", "incl", "esp", "a.k.a", "etc"]);

const CLAUSE_PUNCT = /[,;:()[\]{}—–]|\s-\s/;
const SENTENCE_PUNCT = /[!?\n]/;

function lower(raw: string): string {
  const low = raw.toLowerCase();
  return low.includes("’") ? low.replace(/’/g, "'") : low;
}

/** Cut one regex match into tokens: "500ms" is the figure 500 and the word "ms"; "2xx" stays one word. */
function pushMatch(out: Word[], raw: string, start: number): void {
  const m = /^[\d~≈]/.test(raw) ? FIGURE_RE.exec(raw) : null;
  if (!m) {
    const low = lower(raw);
    out.push({ raw, low, stem: stemWord(low), number: false, start, end: start + raw.length });
    return;
  }
  const [, , digits = "", rest = ""] = m;
  const figure = digits.replace(/,(?=\d{3}(?:\D|$))/g, "");
  if (rest === "" || SCALE_SUFFIX.test(rest)) {
    const low = figure + rest.toLowerCase();
    out.push({ raw, low, stem: low, number: true, start, end: start + raw.length });
    return;
  }
  if (/^\p{L}+$/u.test(rest) && !/^x+$/i.test(rest)) {
    // A unit glued to a figure: "500ms", "10GB", "2s", "99th".
    const split = start + raw.length - rest.length;
    out.push({ raw: raw.slice(0, raw.length - rest.length), low: figure, stem: figure, number: true, start, end: split });
    const low = lower(rest);
    out.push({ raw: rest, low, stem: stemWord(low), number: false, start: split, end: start + raw.length });
    return;
  }
  // "2xx", "5xx", "e2e"-like codes: one word.
  const low = lower(raw);
  out.push({ raw, low, stem: low, number: false, start, end: start + raw.length });
}

/** A line this long that runs on without punctuation was wrapped, not ended. */
const WRAPPED_LINE = 60;

/**
 * Is the one line break in `gap` a soft wrap inside a sentence (text pasted
 * from a hard-wrapped editor or mail)? It is when the next line goes straight
 * on with a word (no list marker) and either starts in lower case or follows a
 * long line. A blank line, a list item or a short line (a heading, a bullet
 * written without a marker) still ends the sentence.
 */
function softWrap(text: string, gap: string, nextStart: number, next: string): boolean {
  const nl = gap.indexOf("\n");
  if (nl < 0 || gap.indexOf("\n", nl + 1) >= 0 || /[;!?]/.test(gap) || !/^[ \t]*$/.test(gap.slice(nl + 1))) return false;
  if (/^[\p{Ll}\d]/u.test(next)) return true;
  const breakAt = nextStart - gap.length + nl;
  const lineStart = text.lastIndexOf("\n", breakAt - 1) + 1;
  return breakAt - lineStart >= WRAPPED_LINE && /^\p{L}/u.test(text.slice(lineStart).trimStart());
}

/** Does the gap between two tokens end a sentence? A dot does only when a space follows it. */
function endsSentence(text: string, gap: string, prev: Word[], i: number, next: string): boolean {
  if (SENTENCE_PUNCT.test(gap)) return true;
  const dot = gap.indexOf(".");
  if (dot < 0 || !/\s/.test(gap.slice(dot + 1))) return false;
  const p = prev[i - 1];
  if (!p) return true;
  const before = prev[i - 2];
  const abbr = before && text.slice(before.end, p.start) === "." ? `${before.low}.${p.low}` : p.low;
  if (!ABBREVIATIONS.has(abbr) || !/^\.\s/.test(gap)) return true;
  // "etc." may end a sentence: it does when a capital follows.
  return abbr === "etc" && /^\p{Lu}/u.test(next);
}

export type Word = Omit<Token, "sentence" | "clause" | "gap">;

/** The words of a text, as the judge cuts them (no sentences): for compiling phrases. */
export function splitWords(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(TOKEN_RE)) pushMatch(out, m[0], m.index);
  return out;
}

/** Tokens with their sentence and clause numbers. */
export function analyzeText(text: string): AnalyzedText {
  const raw = splitWords(text);
  const tokens: Token[] = [];
  let sentence = 0;
  let clause = 0;
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i]!;
    let gap = text.slice(i === 0 ? 0 : raw[i - 1]!.end, t.start);
    if (i > 0 && softWrap(text, gap, t.start, t.raw)) gap = gap.replace("\n", " ");
    if (i > 0) {
      if (endsSentence(text, gap, raw, i, t.raw)) {
        sentence++;
        clause++;
      } else if (CLAUSE_PUNCT.test(gap) || CLAUSE_WORDS.has(t.low)) clause++;
    }
    // An explicit literal: object spread is several times slower here.
    tokens.push({ raw: t.raw, low: t.low, stem: t.stem, number: t.number, start: t.start, end: t.end, sentence, clause, gap });
  }
  const byStem = new Map<string, number[]>();
  const byLow = new Map<string, number[]>();
  const numbers: number[] = [];
  tokens.forEach((t, i) => {
    push(byStem, t.stem, i);
    push(byLow, t.low, i);
    if (t.number || NUMBER_WORDS.has(t.low)) numbers.push(i);
  });
  return { text, tokens, runs: new Map(), byStem, byLow, numbers };
}

/** Where runs of two or three words spell a longer word, keyed by that word. */
export function runsIndex(at: AnalyzedText): Map<string, number[]> {
  if (at.byRun) return at.byRun;
  const byRun = new Map<string, number[]>();
  const { tokens } = at;
  for (let q = 0; q + 1 < tokens.length; q++) {
    let word = tokens[q]!.low;
    for (let m = 2; m <= 3 && q + m - 1 < tokens.length; m++) {
      const t = tokens[q + m - 1]!;
      if (t.clause !== tokens[q]!.clause || !/^[\s-]*$/.test(t.gap)) break;
      word += t.low;
      push(byRun, word, q);
    }
  }
  at.byRun = byRun;
  return byRun;
}

/** May tokens q..q+m-1 be read as one word? Only inside one clause, joined by spaces or hyphens. */
export function joinedRun(at: AnalyzedText, q: number, m: number): string | null {
  const key = q * 4 + m;
  const memo = at.runs.get(key);
  if (memo !== undefined) return memo;
  const { tokens } = at;
  let word: string | null = tokens[q]!.low;
  for (let k = q + 1; k < q + m; k++) {
    const t = tokens[k];
    if (!t || t.clause !== tokens[q]!.clause || !/^[\s-]*$/.test(t.gap)) {
      word = null;
      break;
    }
    word += t.low;
  }
  const out = word === null ? null : stemWord(word);
  at.runs.set(key, out);
  return out;
}
