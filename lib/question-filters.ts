import { z } from "zod";
import { KINDS, LANGUAGES, LEVELS, TOPIC_SLUGS, type Kind, type Language, type Level, type Topic } from "./taxonomy";

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
}

const pick = <T extends string>(allowed: readonly T[], v: unknown): T | undefined =>
  typeof v === "string" && (allowed as readonly string[]).includes(v) ? (v as T) : undefined;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

export function parseBankFilters(params: Record<string, string | string[] | undefined>): BankFilters {
  // NUL cannot be in a PostgreSQL string: it would fail the query (a 500) rather than match nothing.
  const q = z.string().transform((v) => v.replace(/\u0000/g, "")).pipe(z.string().trim().max(100)).safeParse(first(params.q));
  return {
    level: pick(LEVELS, first(params.level)),
    kind: pick(KINDS, first(params.kind)),
    topic: pick(TOPIC_SLUGS, first(params.topic)),
    lang: pick(LANGUAGES, first(params.lang)),
    q: q.success && q.data ? q.data : undefined,
  };
}

export function bankFiltersToQuery(f: BankFilters): string {
  const sp = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v) sp.set(k, v);
  const s = sp.toString();
  return s ? `?${s}` : "";
}
