import type { Occurrence } from "./match";
import { findPhrase } from "./match";
import { Lru } from "@/lib/lru";
import { type CompiledPhrase, compilePhrase } from "./phrase";
import { type AnalyzedText, analyzeText } from "./text";
import type {
  DeniedEvidence,
  Evidence,
  EvidenceRule,
  Judgement,
  KeyPoint,
  KeyPointVerdict,
  Misconception,
  MisconceptionVerdict,
  QuestionEvidence,
  RuleFields,
  RuleFindings,
  Span,
} from "./types";

/**
 * The review's judge: which key points an answer shows, and which named
 * misconceptions it states, each with the words that prove it. Pure and
 * deterministic; runs in the browser as on the server.
 *
 * A key point holds when one of its rules holds in one sentence (a phrase of
 * `any`, with a phrase of `with` when given, and no phrase of `unless`), and is
 * pre-ticked unless a misconception the answer states contradicts it.
 */

interface CompiledRule {
  any: CompiledPhrase[];
  with: CompiledPhrase[] | null;
  unless: CompiledPhrase[];
}

/** A question's rules, compiled once (see `compileQuestion`). */
export interface CompiledQuestion {
  readonly keyPoints: readonly KeyPoint[];
  readonly misconceptions: readonly Misconception[];
  readonly keyPointRules: readonly (readonly CompiledRule[])[];
  readonly misconceptionRules: readonly (readonly CompiledRule[])[];
  /** For each misconception, the indexes of the key points it contradicts. */
  readonly contradicts: readonly (readonly number[])[];
}

const NO_MISCONCEPTIONS: readonly Misconception[] = [];

/** The rules of a key point or misconception: its `rules`, or its inline rule. */
function rulesOf(item: RuleFields): EvidenceRule[] {
  if (item.rules?.length) return [...item.rules];
  return item.any?.length ? [{ any: item.any, with: item.with, unless: item.unless }] : [];
}

function compileRules(item: RuleFields): CompiledRule[] {
  return rulesOf(item).map((r) => ({
    any: r.any.map(compilePhrase),
    with: r.with?.length ? r.with.map(compilePhrase) : null,
    unless: (r.unless ?? []).map(compilePhrase),
  }));
}

/**
 * Compiled questions by the very arrays they were compiled from (a live preview judges the same draft again and
 * again), and by content: a page reads its questions from the database afresh on every request, so the arrays are
 * new each time while the rules are not. The content cache keeps the most recent COMPILED_BY_CONTENT questions.
 */
const compiledCache = new WeakMap<readonly KeyPoint[], CompiledQuestion>();
const COMPILED_BY_CONTENT = 400;
const compiledByContent = new Lru<CompiledQuestion>(COMPILED_BY_CONTENT);

/**
 * Compile a question's rules; memoised on its key-point array (and its
 * misconception array), so a page judging answer after answer compiles once.
 * Throws on a malformed phrase (question files are validated before this).
 */
export function compileQuestion(question: QuestionEvidence): CompiledQuestion {
  const misconceptions = question.misconceptions ?? NO_MISCONCEPTIONS;
  const hit = compiledCache.get(question.keyPoints);
  if (hit && hit.misconceptions === misconceptions) return hit;
  const key = JSON.stringify([question.keyPoints, misconceptions]);
  const same = compiledByContent.get(key);
  if (same) return same;
  const indexById = new Map<string, number>();
  question.keyPoints.forEach((kp, i) => kp.id && indexById.set(kp.id, i));
  const compiled: CompiledQuestion = {
    keyPoints: question.keyPoints,
    misconceptions,
    keyPointRules: question.keyPoints.map(compileRules),
    misconceptionRules: misconceptions.map(compileRules),
    contradicts: misconceptions.map((m) => (m.contradicts ?? []).flatMap((id) => (indexById.has(id) ? [indexById.get(id)!] : []))),
  };
  compiledCache.set(question.keyPoints, compiled);
  compiledByContent.set(key, compiled);
  return compiled;
}

function isCompiled(q: QuestionEvidence | CompiledQuestion): q is CompiledQuestion {
  return "keyPointRules" in q;
}

class Finder {
  private memo = new Map<CompiledPhrase, Occurrence[]>();
  constructor(readonly at: AnalyzedText) {}

  of(phrase: CompiledPhrase): Occurrence[] {
    let hit = this.memo.get(phrase);
    if (!hit) {
      hit = findPhrase(this.at, phrase);
      this.memo.set(phrase, hit);
    }
    return hit;
  }

  all(phrases: readonly CompiledPhrase[]): Occurrence[] {
    return phrases.flatMap((p) => this.of(p));
  }

  evidence(o: Occurrence): Evidence {
    return { text: this.at.text.slice(o.start, o.end), start: o.start, end: o.end, phrase: o.phrase };
  }

  denied(o: Occurrence): DeniedEvidence {
    const { tokens, text } = this.at;
    const from = tokens[o.denial!.from]!.start;
    const to = tokens[o.denial!.to - 1]!.end;
    return { ...this.evidence(o), denial: { text: text.slice(from, to), start: from, end: to } };
  }
}

function bySentence(list: readonly Occurrence[]): Map<number, Occurrence[]> {
  const out = new Map<number, Occurrence[]>();
  for (const o of list) {
    if (o.denial) continue;
    const s = out.get(o.sentence);
    if (s) s.push(o);
    else out.set(o.sentence, [o]);
  }
  return out;
}

/** Evidence in text order, each span once; spans already in `shown` are left out. */
function tidy<T extends Evidence>(list: readonly T[], shown: ReadonlySet<string> = new Set()): T[] {
  const seen = new Set(shown);
  const out: T[] = [];
  for (const e of [...list].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const key = `${e.start}:${e.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
}

/**
 * A denial that is itself a phrase the rule asks for is the claim, not a
 * denial of it: `any: ["event sourcing"], with: ["optional"]` holds in "Event
 * sourcing is optional", though "is optional" denies "event sourcing" alone.
 */
function unlessClaimed(list: readonly Occurrence[], others: readonly Occurrence[]): Occurrence[] {
  return list.map((o) => {
    const d = o.denial;
    if (!d) return o;
    const claimed = others.some((w) => !w.denial && w.sentence === o.sentence && w.first < d.to && d.from < w.last);
    return claimed ? { ...o, denial: null } : o;
  });
}

/**
 * Spans of the answer inside double quotes (one sentence, up to 80
 * characters, two words or more): a phrase there is mentioned, not claimed — "pick two of three"
 * quoted in order to be refuted states no misconception.
 */
const QUOTED_RE = /["“”]([^"“”\n]{1,80})["“”]/g;
/** A quoted single word ("uncaughtException") is code or a name, not a slogan. */
const SLOGAN_RE = /\p{L}\s+\p{L}/u;
function quotedSpans(text: string): Span[] {
  if (!/["“”]/.test(text)) return [];
  return [...text.matchAll(QUOTED_RE)].filter((m) => SLOGAN_RE.test(m[1]!)).map((m) => ({ start: m.index + 1, end: m.index + m[0].length - 1 }));
}

/** Do two occurrences share a token? A `with` phrase must be other words than the `any` it explains. */
function overlaps(a: Occurrence, b: Occurrence): boolean {
  return a.first < b.last && b.first < a.last;
}

interface Evaluation {
  findings: RuleFindings;
  /** The clauses of the words that show it, where a rule holds. */
  clauses: Set<number>;
}

/**
 * Evaluate rules in an answer. `mentions` are quoted spans whose phrases do
 * not count; `blocked` are clauses that state a found misconception, whose
 * words are not evidence for a key point (the claim there is the wrong one).
 */
function evaluate(find: Finder, rules: readonly CompiledRule[], mentions: readonly Span[] = [], blocked: ReadonlySet<number> = new Set()): Evaluation {
  const clauses = new Set<number>();
  const clauseOf = (o: Occurrence) => find.at.tokens[o.first]!.clause;
  const evidence: Evidence[] = [];
  const negated: DeniedEvidence[] = [];
  const vetoed: Evidence[] = [];
  const vetoedBy: Evidence[] = [];
  const unexplained: Evidence[] = [];
  let holds = false;
  for (const rule of rules) {
    const quoted = (o: Occurrence) => mentions.some((m) => m.start <= o.start && o.end <= m.end);
    const anyFound = mentions.length ? find.all(rule.any).filter((o) => !quoted(o)) : find.all(rule.any);
    const withFound = rule.with ? find.all(rule.with) : [];
    const anyOcc = unlessClaimed(anyFound, withFound);
    const withOcc = unlessClaimed(withFound, anyFound);
    for (const o of [...anyOcc, ...withOcc]) if (o.denial) negated.push(find.denied(o));
    const withIn = bySentence(withOcc);
    const unlessIn = bySentence(find.all(rule.unless));
    for (const [sentence, found] of bySentence(anyOcc)) {
      const withHere = (withIn.get(sentence) ?? []).filter((w) => found.some((o) => !overlaps(o, w)));
      if (rule.with && withHere.length === 0) {
        unexplained.push(...found.map((o) => find.evidence(o)));
        continue;
      }
      const unlessHere = unlessIn.get(sentence);
      if (unlessHere) {
        vetoed.push(...[...found, ...withHere].map((o) => find.evidence(o)));
        vetoedBy.push(...unlessHere.map((o) => find.evidence(o)));
        continue;
      }
      const free = blocked.size ? found.filter((o) => !blocked.has(clauseOf(o))) : found;
      if (free.length === 0) continue;
      holds = true;
      for (const o of [...free, ...withHere]) clauses.add(clauseOf(o));
      evidence.push(...[...free, ...withHere].map((o) => find.evidence(o)));
    }
  }
  const shown = tidy(evidence);
  const keys = new Set(shown.map((e) => `${e.start}:${e.end}`));
  return {
    findings: {
      holds,
      evidence: shown,
      negated: tidy(negated),
      vetoed: tidy(vetoed, keys),
      vetoedBy: tidy(vetoedBy),
      unexplained: tidy(unexplained, keys),
    },
    clauses,
  };
}

/**
 * Judge an answer against a question's key points and misconceptions.
 * Accepts the question or its `compileQuestion` result.
 */
export function judgeAnswer(question: QuestionEvidence | CompiledQuestion, text: string): Judgement {
  const q = isCompiled(question) ? question : compileQuestion(question);
  const find = new Finder(analyzeText(text ?? ""));
  const mentions = quotedSpans(text ?? "");
  const blocked = new Set<number>();
  const misconceptionChecks: MisconceptionVerdict[] = q.misconceptions.map((m, index) => {
    const { findings, clauses } = evaluate(find, q.misconceptionRules[index]!, mentions);
    for (const c of clauses) blocked.add(c);
    return { index, id: m.id, claim: m.claim, why: m.why, contradicts: [...(m.contradicts ?? [])], ...findings };
  });
  const contradictedBy = q.keyPoints.map(() => [] as string[]);
  misconceptionChecks.forEach((m, i) => {
    if (m.holds) for (const k of q.contradicts[i]!) contradictedBy[k]!.push(m.id);
  });
  const keyPoints: KeyPointVerdict[] = q.keyPoints.map((kp, index) => {
    const found = evaluate(find, q.keyPointRules[index]!, [], blocked).findings;
    return {
      index,
      id: kp.id,
      label: kp.label,
      matched: found.holds && contradictedBy[index]!.length === 0,
      contradictedBy: contradictedBy[index]!,
      ...found,
    };
  });
  return {
    ticked: keyPoints.filter((k) => k.matched).map((k) => k.index),
    keyPoints,
    misconceptions: misconceptionChecks.filter((m) => m.holds),
    misconceptionChecks,
  };
}
