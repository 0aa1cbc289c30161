import { z } from "zod";
import { KINDS, LANGUAGES, LEVELS, TOPIC_SLUGS, type Kind, type Language, type Level, type QuestionSource, type Topic } from "./taxonomy";

/**
 * The question bank's filters live in the URL. Unknown values are dropped
 * rather than refused: a hand-edited or old link still shows a sensible list.
 */
export interface BankFilters {
  level?: Level;
  kind?: Kind;
  topic?: Topic;
  /** Coding questions whose answer shows this language. */
  lang?: Language;
  q?: string;
  /** Built-in, mine or all (the default, left out of the URL). */
  source?: QuestionSource;
  /** 1-based page of the list (1, the default, is left out of the URL). */
  page?: number;
}

/** Questions per page of the bank: a page stays small enough to send at once (bench/pages.ts). */
export const BANK_PAGE_SIZE = 15;

/** The page to show, clamped to the pages there are (an old link past the end shows the last). */
export function bankPage(requested: number | undefined, total: number): { page: number; pages: number; offset: number } {
  const pages = Math.max(1, Math.ceil(total / BANK_PAGE_SIZE));
  const page = Math.min(Math.max(1, requested ?? 1), pages);
  return { page, pages, offset: (page - 1) * BANK_PAGE_SIZE };
}

const pick = <T extends string>(allowed: readonly T[], v: unknown): T | undefined =>
  typeof v === "string" && (allowed as readonly string[]).includes(v) ? (v as T) : undefined;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

function pageNumber(v: unknown): number | undefined {
  const n = z.coerce.number().int().min(2).max(10_000).safeParse(v);
  return n.success ? n.data : undefined;
}

export function parseBankFilters(params: Record<string, string | string[] | undefined>): BankFilters {
  // NUL cannot be in a PostgreSQL string: it would fail the query (a 500) rather than match nothing.
  const q = z.string().transform((v) => v.replace(/\u0000/g, "")).pipe(z.string().trim().max(100)).safeParse(first(params.q));
  return {
    level: pick(LEVELS, first(params.level)),
    kind: pick(KINDS, first(params.kind)),
    topic: pick(TOPIC_SLUGS, first(params.topic)),
    lang: pick(LANGUAGES, first(params.lang)),
    q: q.success && q.data ? q.data : undefined,
    source: pick(["built-in", "mine"] as const, first(params.source)),
    page: pageNumber(first(params.page)),
  };
}

/** The bank's URL filters as the query's filters (one value each). */
export function toQuestionFilters(f: BankFilters) {
  return {
    levels: f.level ? [f.level] : undefined,
    kinds: f.kind ? [f.kind] : undefined,
    topics: f.topic ? [f.topic] : undefined,
    language: f.lang,
    q: f.q,
    source: f.source,
  };
}

export function bankFiltersToQuery(f: BankFilters & { format?: string }): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v && !(k === "page" && v === 1)) sp.set(k, String(v));
  const s = sp.toString();
  return s ? `?${s}` : "";
}
