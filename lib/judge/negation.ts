import type { AnalyzedText, Token } from "./text";

/**
 * Does an occurrence's clause deny it? A negator shortly before it ("not
 * idempotent", "no need for a lock") or a denial after it ("selectivity
 * doesn't matter", "locks aren't needed"). What the judge must not read as a
 * denial: "not only", "no matter how", an explanation by contrast ("without an
 * index, the database scans every row") and a hypothesis ("if the key isn't
 * unique, two payments go through").
 */

/** Small words skipped when measuring how far a negator is, and allowed once inside a phrase. */
export const FILLERS: ReadonlySet<string> = new Set(["a", "an", "the", "of", "to", "and", "in", "on", "for", "with", "is", "are", "be", "its", "their", "your", "our", "this", "that", "it"]);

/** Single words that deny what follows them. */
const NEGATORS = new Set([
  "not", "no", "never", "none", "nothing", "nor", "neither", "cannot", "without", "non", "lacks", "lacking",
  "isn't", "aren't", "wasn't", "weren't", "doesn't", "don't", "didn't", "won't", "wouldn't", "can't", "couldn't",
  "shouldn't", "mustn't", "needn't", "hasn't", "haven't", "hadn't",
  "isnt", "arent", "wasnt", "werent", "doesnt", "dont", "didnt", "shouldnt", "couldnt", "wouldnt", "hasnt", "havent",
]);

/** Word pairs that deny what follows: "instead of X", "rather than X", "lack of X". */
const NEGATOR_PAIRS = new Set(["instead of", "rather than", "lack of", "in place of"]);
const PAIR_ENDS = new Set([...NEGATOR_PAIRS].map((p) => p.split(" ").pop()!));

/** A negator followed by one of these affirms what comes next: "not only", "isn't just", "doesn't merely". */
const ONLY = new Set(["only", "just", "merely", "simply", "solely"]);
/** Phrases that start with a negator but deny nothing: "no matter how", "no more than 5". */
const NOT_A_DENIAL = new Set([
  "not least", "not to mention", "no matter", "no doubt", "no more than", "no less than", "no fewer than",
  "never mind", "nothing but", "not until",
]);

/** A clause that starts a hypothesis: a negation inside it explains a consequence, it does not deny. */
const HYPOTHESIS = new Set(["if", "when", "whenever", "unless", "otherwise", "suppose", "assuming"]);

/** Words a phrase may contain that make it a statement of the denial itself (`"=POST ... not idempotent"`). */
export function isNegatorWord(low: string): boolean {
  return NEGATORS.has(low) || low === "instead" || low === "rather" || low === "lack";
}

const HOW_FAR_BEFORE = 3;

function phraseAt(tokens: readonly Token[], k: number, n: number): string {
  return tokens
    .slice(k, k + n)
    .map((t) => t.low)
    .join(" ");
}

/** Is the token at k a negator that applies, here, to a word after it? */
function deniesAfter(tokens: readonly Token[], k: number, target: number): boolean {
  const t = tokens[k]!;
  const clause = t.clause;
  const single = NEGATORS.has(t.low);
  const pair = !single && PAIR_ENDS.has(t.low) && k > 0 && tokens[k - 1]!.clause === clause && NEGATOR_PAIRS.has(`${tokens[k - 1]!.low} ${t.low}`);
  if (!single && !pair) return false;
  if (single) {
    if (ONLY.has(tokens[k + 1]?.low ?? "")) return false;
    for (const n of [2, 3]) if (NOT_A_DENIAL.has(phraseAt(tokens, k, n))) return false;
    // "non" is a prefix: it negates only the word joined to it ("non-blocking").
    if (t.low === "non" && (k !== target - 1 || !/^-?$/.test(tokens[target]!.gap))) return false;
    // "Without an index, ..." opens an explanation.
    if (t.low === "without" && (k === 0 || tokens[k - 1]!.clause !== clause)) return false;
  }
  return true;
}

/** For each token, is there a hypothesis word at or before it in its clause? Computed once per text. */
const hypotheses = new WeakMap<readonly Token[], Uint8Array>();
function inHypothesis(tokens: readonly Token[], i: number): boolean {
  let marks = hypotheses.get(tokens);
  if (!marks) {
    marks = new Uint8Array(tokens.length);
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      const inherited = k > 0 && tokens[k - 1]!.clause === t.clause && marks[k - 1] === 1;
      marks[k] = inherited || HYPOTHESIS.has(t.low) ? 1 : 0;
    }
    hypotheses.set(tokens, marks);
  }
  return marks[i] === 1;
}

/** A negator up to three words (not counting fillers) before token `start`, in its clause. */
function negatorBefore(tokens: readonly Token[], start: number): number {
  const clause = tokens[start]!.clause;
  let words = 0;
  for (let k = start - 1; k >= 0 && tokens[k]!.clause === clause; k--) {
    if (deniesAfter(tokens, k, start)) return k;
    if (!FILLERS.has(tokens[k]!.low)) words++;
    if (words >= HOW_FAR_BEFORE) break;
  }
  return -1;
}

// Denials after a phrase: "[is] not needed", "doesn't matter", "is optional", ...
const NOT_BE = ["isn't", "aren't", "wasn't", "weren't", "isnt", "arent", "not", "never", "no longer", "is not", "are not", "was not", "were not", "is never", "are never", "is no longer", "are no longer"];
const PREDICATES = [
  "needed", "required", "necessary", "important", "relevant", "useful", "helpful", "essential", "worth it", "a factor",
  "a problem", "a real problem", "an issue", "a real issue", "a concern", "a real concern", "a big deal", "a thing",
];
const NOT_DO = ["doesn't", "don't", "didn't", "won't", "doesnt", "dont", "does not", "do not", "did not", "will not", "never", "rarely", "hardly", "seldom", "no longer"];
const VERBS = ["matter", "matters", "help", "helps", "apply", "applies", "count", "counts"];
const BE = ["", "is ", "are ", "was ", "were ", "is just ", "is really ", "are really "];
const VERDICTS = ["unnecessary", "irrelevant", "optional", "overkill", "pointless", "useless", "overrated", "a myth", "unimportant", "a non-issue", "a nonissue", "not a concern"];
const ADVERBS = ["", "really ", "actually ", "even ", "strictly ", "usually ", "generally ", "honestly ", "always ", "at all "];

/** Denials as a word trie: `end` marks a complete denial. */
interface Trie {
  next: Map<string, Trie>;
  end: boolean;
}

function buildDenials(): Trie {
  const root: Trie = { next: new Map(), end: false };
  const add = (denial: string) => {
    let node = root;
    for (const word of denial.split(" ")) {
      let child = node.next.get(word);
      if (!child) node.next.set(word, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  };
  for (const neg of NOT_BE) for (const adv of ADVERBS) for (const p of PREDICATES) add(`${neg} ${adv}${p}`);
  for (const neg of NOT_DO) for (const adv of ADVERBS) for (const v of VERBS) add(`${neg} ${adv}${v}`);
  for (const be of BE) for (const v of VERDICTS) add(`${be}${v}`);
  for (const be of ["can be ", "may be ", "could be "]) for (const v of ["skipped", "ignored", "omitted"]) add(`${be}${v}`);
  for (const v of ["makes no difference", "make no difference", "is not a problem", "isn't a problem"]) add(v);
  return root;
}
const DENIALS = buildDenials();

/** The end (exclusive) of the longest denial starting at token k, in its clause, or -1. */
function denialAt(tokens: readonly Token[], k: number, clause: number): number {
  let node: Trie | undefined = DENIALS;
  let end = -1;
  for (let i = k; i < tokens.length && tokens[i]!.clause === clause; i++) {
    node = node.next.get(tokens[i]!.low);
    if (!node) break;
    if (node.end) end = i + 1;
  }
  return end;
}

/** Words that may stand between a phrase and its denial: "the order of columns in the index doesn't matter". */
const BRIDGE = new Set(["itself", "alone", "here", "really", "actually", "honestly", "per", "se", "then", "also", "just", "much", "usually"]);
const PREPOSITIONS = new Set(["of", "in", "on", "for", "to", "at", "with", "from", "per"]);
const BRIDGE_MAX = 4;

/** The tokens of a denial that starts within a short bridge after token `end - 1`, in its clause. */
function denialAfter(tokens: readonly Token[], end: number, clause: number): [number, number] | null {
  let contentAfterPreposition = false;
  for (let k = end, bridged = 0; k < tokens.length && tokens[k]!.clause === clause && bridged <= BRIDGE_MAX; k++, bridged++) {
    const to = denialAt(tokens, k, clause);
    if (to > 0) return [k, to];
    const low = tokens[k]!.low;
    if (FILLERS.has(low) || BRIDGE.has(low) || PREPOSITIONS.has(low)) continue;
    // One content word after a preposition: "selectivity of the index doesn't matter".
    const prev = tokens[k - 1];
    const afterPreposition = k > end && prev && (PREPOSITIONS.has(prev.low) || (FILLERS.has(prev.low) && PREPOSITIONS.has(tokens[k - 2]?.low ?? "")));
    if (afterPreposition && !contentAfterPreposition) {
      contentAfterPreposition = true;
      continue;
    }
    return null;
  }
  return null;
}

export interface Denial {
  /** Token range of the words that deny the occurrence. */
  from: number;
  to: number;
}

/**
 * The denial of an occurrence spanning tokens [start, end), or null when it
 * counts. `gap` lists the tokens a `...` let through: a negator among them
 * ("POST is not idempotent" for `=POST ... idempotent`) denies it too.
 */
export function findDenial(at: AnalyzedText, start: number, end: number, gap: readonly number[]): Denial | null {
  const { tokens } = at;
  // Inside the occurrence the negation is part of the statement, hypothesis or not.
  for (const g of gap) if (NEGATORS.has(tokens[g]!.low)) return { from: g, to: g + 1 };
  if (inHypothesis(tokens, start)) return null;
  const before = negatorBefore(tokens, start);
  if (before >= 0) {
    const isPair = !NEGATORS.has(tokens[before]!.low);
    return { from: isPair ? before - 1 : before, to: before + 1 };
  }
  const after = denialAfter(tokens, end, tokens[end - 1]!.clause);
  return after ? { from: after[0], to: after[1] } : null;
}
