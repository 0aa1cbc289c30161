import { isNegatorWord } from "./negation";
import { AUXILIARIES, NOT_STEM, stemWord } from "./stem";
import { splitWords } from "./text";
import { THESAURUS } from "./thesaurus";

/**
 * A phrase of a rule, compiled: the words as written plus their thesaurus
 * variants ("lru cache" → "least recently used cache"), each a list of
 * elements the matcher walks word by word.
 */

export type Element =
  /** A word compared by stem. `punct` is punctuation the phrase puts before it ("i/o", "o(1)", "/s"). */
  | { kind: "word"; low: string; stem: string; punct: string }
  /** `=WORD`: this exact word, case-sensitive, no stemming. */
  | { kind: "exact"; raw: string; punct: string }
  /** `<n>`: any figure or number word. */
  | { kind: "number"; punct: string }
  /** `...`: up to five other words of the same clause. */
  | { kind: "gap" };

export interface Alternative {
  elements: Element[];
  /** joined[p][k]: the stem of elements p..p+k-1 run together ("write through" → "writethrough"). */
  joined: (string | undefined)[][];
  /** The words themselves deny something ("=POST ... not idempotent"): never negated again. */
  statesDenial: boolean;
}

export interface CompiledPhrase {
  source: string;
  /** The phrase as written first, then its thesaurus variants. */
  alternatives: Alternative[];
}

/** Words `...` may stand for. */
export const GAP_WORDS = 5;
const MAX_ALTERNATIVES = 64;
const MAX_LENGTH = 120;
/**
 * `...`, `<n>`, `=WORD` (an "=" that starts a word; the word may hold inner "_", "-", "+", "." or "/", as in
 * `=DENSE_RANK`, `=Cache-Control`, `=N+1`) and stray angle brackets. Any other "=" is punctuation
 * the answer must have there ("w=2", "balance = balance").
 */
const SPECIAL = /\.\.\.|…|<n>|(?<![\p{L}\p{N}])=([\p{L}\p{N}]+(?:[_+./'’-][\p{L}\p{N}]+)*)|<[^>]*>?/gu;

/** Punctuation that a phrase requires between two words; spaces and hyphens are free. */
function punctOf(gap: string): string {
  return gap.replace(/[\s\-"'“”‘’`]/g, "");
}

type Parsed = { ok: true; elements: Element[] } | { ok: false; error: string };

function parseElements(source: string): Parsed {
  const text = source.trim();
  if (!text) return { ok: false, error: "a phrase must not be empty" };
  if (text.length > MAX_LENGTH) return { ok: false, error: `a phrase has at most ${MAX_LENGTH} characters` };
  const elements: Element[] = [];
  let pos = 0;
  const plain = (upTo: number) => {
    const chunk = text.slice(pos, upTo);
    let last = 0;
    for (const w of splitWords(chunk)) {
      elements.push({ kind: "word", low: w.low, stem: w.stem, punct: punctOf(chunk.slice(last, w.start)) });
      last = w.end;
    }
    return punctOf(chunk.slice(last));
  };
  for (const m of text.matchAll(SPECIAL)) {
    const lead = plain(m.index);
    pos = m.index + m[0].length;
    const token = m[0];
    if (token === "..." || token === "…") elements.push({ kind: "gap" });
    else if (token === "<n>") elements.push({ kind: "number", punct: lead });
    else if (m[1]) {
      let last = 0;
      for (const w of splitWords(m[1])) {
        elements.push({ kind: "exact", raw: w.raw, punct: last === 0 ? lead : punctOf(m[1].slice(last, w.start)) });
        last = w.end;
      }
    } else return { ok: false, error: `only <n> may stand in angle brackets, not "${token}"` };
  }
  plain(text.length);
  // "is not" is written "isn't" as often: keep only the negation, the matcher lets the auxiliary through.
  for (let i = elements.length - 1; i > 0; i--) {
    const el = elements[i]!;
    const prev = elements[i - 1]!;
    if (el.kind === "word" && el.stem === NOT_STEM && prev.kind === "word" && AUXILIARIES.has(prev.low) && !el.punct) {
      elements.splice(i - 1, 1);
      el.punct = prev.punct;
    }
  }
  // "<n>" alone is a phrase ("with: [<n>]": the sentence gives a figure); punctuation alone is not.
  if (!elements.some((e) => e.kind !== "gap")) return { ok: false, error: "a phrase needs at least one word or <n>" };
  if (elements[0]!.kind === "gap" || elements[elements.length - 1]!.kind === "gap") return { ok: false, error: `"..." must stand between two words` };
  for (let i = 1; i < elements.length; i++) {
    if (elements[i]!.kind === "gap" && elements[i - 1]!.kind === "gap") return { ok: false, error: `"..." twice in a row` };
  }
  return { ok: true, elements };
}

/** Why a phrase cannot be compiled, or null when it is well formed. For the question-file schema. */
export function phraseError(source: string): string | null {
  const parsed = parseElements(source);
  return parsed.ok ? null : parsed.error;
}

// ---------------------------------------------------------------------------
// The thesaurus, compiled once.

type WordElement = Extract<Element, { kind: "word" }>;
interface Variant {
  group: number;
  elements: WordElement[];
  compact: string;
}
interface ThesaurusIndex {
  groups: Variant[][];
  byFirstStem: Map<string, Variant[]>;
  byCompact: Map<string, Variant[]>;
}

let thesaurusIndex: ThesaurusIndex | null = null;

function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function compact(elements: readonly { low: string }[]): string {
  return stemWord(elements.map((e) => e.low).join(""));
}

function thesaurus(): ThesaurusIndex {
  if (thesaurusIndex) return thesaurusIndex;
  const index: ThesaurusIndex = { groups: [], byFirstStem: new Map(), byCompact: new Map() };
  THESAURUS.forEach((group, g) => {
    const variants: Variant[] = [];
    for (const source of group) {
      const parsed = parseElements(source);
      if (!parsed.ok || parsed.elements.some((e) => e.kind !== "word")) throw new Error(`thesaurus: "${source}" must be plain words`);
      const elements = parsed.elements as WordElement[];
      const v: Variant = { group: g, elements, compact: compact(elements) };
      variants.push(v);
      addTo(index.byFirstStem, elements[0]!.stem, v);
      addTo(index.byCompact, v.compact, v);
    }
    index.groups.push(variants);
  });
  thesaurusIndex = index;
  return index;
}

/** Thesaurus variants found in `elements` at position i, with how many elements each covers. */
function variantsAt(elements: readonly Element[], i: number): { variant: Variant; length: number }[] {
  const index = thesaurus();
  const out: { variant: Variant; length: number }[] = [];
  const first = elements[i];
  if (first?.kind !== "word") return out;
  for (const v of index.byFirstStem.get(first.stem) ?? []) {
    const n = v.elements.length;
    if (v.elements[0]!.punct && v.elements[0]!.punct !== first.punct) continue;
    let ok = i + n <= elements.length;
    for (let k = 0; ok && k < n; k++) {
      const e = elements[i + k]!;
      ok = e.kind === "word" && e.stem === v.elements[k]!.stem;
    }
    if (ok) out.push({ variant: v, length: n });
  }
  // Compounds: "pubsub" ~ "pub/sub", "data base" ~ "database".
  for (let n = 1; n <= 3 && i + n <= elements.length; n++) {
    const run = elements.slice(i, i + n);
    if (!run.every((e) => e.kind === "word")) break;
    for (const v of index.byCompact.get(compact(run as WordElement[])) ?? []) {
      if (!out.some((o) => o.variant === v)) out.push({ variant: v, length: n });
    }
  }
  return out;
}

function keyOf(elements: readonly Element[]): string {
  return elements.map((e) => (e.kind === "word" ? `w:${e.stem}:${e.punct}` : e.kind === "exact" ? `x:${e.raw}:${e.punct}` : e.kind === "number" ? `n:${e.punct}` : "...")).join(" ");
}

/** Every way to write `elements` with thesaurus variants, the phrase itself first. */
function expand(elements: readonly Element[], used: ReadonlySet<number>): Element[][] {
  const memo = new Map<number, Element[][]>();
  const from = (i: number): Element[][] => {
    if (i === elements.length) return [[]];
    const cached = memo.get(i);
    if (cached) return cached;
    const out: Element[][] = [];
    const seen = new Set<string>();
    const add = (alt: Element[]) => {
      const key = keyOf(alt);
      if (out.length < MAX_ALTERNATIVES && !seen.has(key)) {
        seen.add(key);
        out.push(alt);
      }
    };
    const el = elements[i]!;
    for (const rest of from(i + 1)) add([el, ...rest]);
    for (const { variant, length } of variantsAt(elements, i)) {
      if (used.has(variant.group)) continue;
      const inner = new Set(used).add(variant.group);
      const lead = el.kind === "gap" ? "" : el.punct;
      for (const other of thesaurus().groups[variant.group]!) {
        // Punctuation that belonged to the matched form ("/s") goes with it.
        const punct = other.elements[0]!.punct || (lead === variant.elements[0]!.punct ? "" : lead);
        const replaced: Element[] = [{ ...other.elements[0]!, punct }, ...other.elements.slice(1)];
        for (const sub of expand(replaced, inner)) for (const rest of from(i + length)) add([...sub, ...rest]);
      }
    }
    memo.set(i, out);
    return out;
  };
  return from(0);
}

function toAlternative(elements: Element[]): Alternative {
  const joined = elements.map((_, p) => {
    const row: (string | undefined)[] = [];
    for (let k = 2; k <= 3 && p + k <= elements.length; k++) {
      const run = elements.slice(p, p + k);
      if (!run.every((e, j) => e.kind === "word" && (j === 0 || e.punct === ""))) break;
      row[k] = compact(run as WordElement[]);
    }
    return row;
  });
  const statesDenial = elements.some((e) => e.kind === "word" && isNegatorWord(e.low));
  return { elements, joined, statesDenial };
}

const compiled = new Map<string, CompiledPhrase>();
const COMPILED_LIMIT = 20_000;

/** Compile a phrase (memoised by its text); throws on a malformed one, with the reason. */
export function compilePhrase(source: string): CompiledPhrase {
  const hit = compiled.get(source);
  if (hit) return hit;
  const parsed = parseElements(source);
  if (!parsed.ok) throw new Error(`phrase "${source}": ${parsed.error}`);
  const phrase = { source, alternatives: expand(parsed.elements, new Set()).map(toAlternative) };
  if (compiled.size >= COMPILED_LIMIT) compiled.clear();
  compiled.set(source, phrase);
  return phrase;
}
