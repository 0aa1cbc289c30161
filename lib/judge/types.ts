/**
 * The shapes of a question's evidence rules (as written in its file) and of
 * the judge's verdict. They replace the old `{ label, terms }` key points.
 */

/** A phrase as a candidate would type it; see docs/question-format.md "Phrases". */
export type Phrase = string;

/**
 * One rule: it holds in a sentence that has a phrase of `any`, a phrase of
 * `with` too when `with` is given, and no phrase of `unless`.
 */
export interface EvidenceRule {
  any: readonly Phrase[];
  with?: readonly Phrase[] | undefined;
  unless?: readonly Phrase[] | undefined;
}

/** The rule fields of a key point or misconception: one rule inline, or several under `rules` (never both). */
export interface RuleFields {
  any?: readonly Phrase[] | undefined;
  with?: readonly Phrase[] | undefined;
  unless?: readonly Phrase[] | undefined;
  rules?: readonly EvidenceRule[] | undefined;
}

export interface KeyPoint extends RuleFields {
  /** Needed when a misconception contradicts it; kebab-case, unique in the file. */
  id?: string | undefined;
  /** The claim in plain words. */
  label: string;
}

export interface Misconception extends RuleFields {
  id: string;
  /** The wrong claim as a candidate would state it. */
  claim: string;
  /** Why it is wrong and what is true instead. */
  why: string;
  /** Ids of key points this claim denies: when it is found, they are not pre-ticked. */
  contradicts?: readonly string[] | undefined;
}

/** What the judge needs of a question. */
export interface QuestionEvidence {
  keyPoints: readonly KeyPoint[];
  misconceptions?: readonly Misconception[] | undefined;
}

export interface Span {
  start: number;
  end: number;
}

/** Words of the answer that matched a phrase. */
export interface Evidence extends Span {
  text: string;
  /** The rule's phrase that matched, as written in the file. */
  phrase: Phrase;
}

/** A phrase found but not counted, because its clause denies it ("not", "doesn't matter"). */
export interface DeniedEvidence extends Evidence {
  denial: Span & { text: string };
}

/** The judge's findings for one key point or one misconception. */
export interface RuleFindings {
  /** A rule holds (for a key point: before misconceptions are applied). */
  holds: boolean;
  /** The words that show it: `any` and `with` phrases of the sentences where a rule holds. */
  evidence: Evidence[];
  /** Occurrences of its phrases that their clause denies. */
  negated: DeniedEvidence[];
  /** Occurrences in a sentence where an `unless` phrase vetoes the rule … */
  vetoed: Evidence[];
  /** … and the `unless` phrases that did. */
  vetoedBy: Evidence[];
  /** `any` phrases found in a sentence without the `with` a rule asks for: named, not explained. */
  unexplained: Evidence[];
}

export interface KeyPointVerdict extends RuleFindings {
  index: number;
  id?: string | undefined;
  label: string;
  /** Pre-ticked: a rule holds and no found misconception contradicts it. */
  matched: boolean;
  /** Ids of found misconceptions that contradict it. */
  contradictedBy: string[];
}

export interface MisconceptionVerdict extends RuleFindings {
  index: number;
  id: string;
  claim: string;
  why: string;
  contradicts: string[];
}

export interface Judgement {
  /** Indexes of the pre-ticked key points, ascending. */
  ticked: number[];
  keyPoints: KeyPointVerdict[];
  /** The misconceptions the answer shows, in file order. */
  misconceptions: MisconceptionVerdict[];
  /** Every misconception, found or not, so a miss is explainable too. */
  misconceptionChecks: MisconceptionVerdict[];
}
