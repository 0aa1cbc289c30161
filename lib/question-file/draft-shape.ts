import type { RichDoc } from "../rich-text/doc";
import type { Kind, Level } from "../taxonomy";

/**
 * The shape of a question in the editor, and the small helpers the browser
 * needs with it. Kept free of zod and the file parser: zod's start-up probe
 * for eval trips the page's Content-Security-Policy in the browser.
 */

export interface KeyPointDraft {
  label: string;
  /** Comma-separated phrases that show it. */
  any: string;
  /** Optional: a phrase of these must occur in the same sentence too. */
  with: string;
}

export interface MisconceptionDraft {
  claim: string;
  why: string;
  any: string;
}

/** A drawing as the canvas gives it (validated by the sketch's scene schema on save). */
export interface DraftScene {
  elements: unknown[];
  appState?: Record<string, unknown>;
  files?: Record<string, unknown>;
}

export interface QuestionDraft {
  slug: string;
  title: string;
  level: Level;
  kind: Kind;
  topics: string[];
  minutes: number;
  prompt: RichDoc;
  sampleAnswer: RichDoc;
  /** Design questions: one "### Phase" heading per phase, in Markdown. */
  outline: string;
  keyPoints: KeyPointDraft[];
  misconceptions: MisconceptionDraft[];
  /** Design questions: the reference diagram drawn on the canvas, shown in the review; null when none. */
  referenceScene: DraftScene | null;
}

/**
 * The most a saved question may weigh as the editor sends it (its draft as JSON, drawing included): under the
 * server's 1 MB limit on a form, with room for the form's own encoding.
 */
export const MAX_DRAFT_BYTES = 1_000_000;

/** "a, b ,, c" → ["a", "b", "c"]. */
export function phraseList(s: string): string[] {
  return s
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
}

/** A slug from a title: lower-case words and digits joined by "-". */
export function slugFromTitle(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
}
