import { z } from "zod";
import { KINDS, LEVELS, TOPIC_SLUGS } from "./taxonomy";

/** History filters and the keyset cursor, as they travel in the URL. */

export const HISTORY_STATUSES = ["review", "completed", "abandoned", "missed", "active", "scheduled"] as const;
export const HISTORY_PAGE_SIZE = 20;

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (v === "" ? undefined : v), z.enum(values).optional()).catch(undefined);
const optionalDate = z
  .preprocess((v) => (v === "" ? undefined : v), z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional())
  .catch(undefined);

export const historyFiltersSchema = z.object({
  level: optionalEnum(LEVELS),
  kind: optionalEnum(KINDS),
  topic: optionalEnum(TOPIC_SLUGS as unknown as [string, ...string[]]),
  status: optionalEnum(HISTORY_STATUSES),
  from: optionalDate,
  to: optionalDate,
  cursor: z.string().max(200).optional().catch(undefined),
});
export type HistoryFilters = z.output<typeof historyFiltersSchema>;

/** Unknown or malformed values are dropped rather than refused: a stale link still shows history. */
export function parseHistoryFilters(sp: Record<string, string | string[] | undefined>): HistoryFilters {
  const flat: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(sp)) flat[k] = Array.isArray(v) ? v[0] : v;
  return historyFiltersSchema.parse(flat);
}

export interface HistoryCursor {
  /** created_at with microseconds, as PostgreSQL prints it in UTC, so no row is skipped or repeated. */
  createdAt: string;
  id: string;
}

const CURSOR_TS = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeCursor(c: HistoryCursor): string {
  return Buffer.from(`${c.createdAt}|${c.id}`, "utf8").toString("base64url");
}

export function decodeCursor(raw: string | undefined): HistoryCursor | undefined {
  if (!raw) return undefined;
  let text: string;
  try {
    text = Buffer.from(raw, "base64url").toString("utf8");
  } catch {
    return undefined;
  }
  const [createdAt, id] = text.split("|");
  if (!createdAt || !id || !CURSOR_TS.test(createdAt) || !UUID.test(id)) return undefined;
  return { createdAt, id };
}

/** The query string for a history page: filters kept, cursor replaced. */
export function historyHref(filters: HistoryFilters, cursor?: string): string {
  const qs = new URLSearchParams();
  for (const key of ["level", "kind", "topic", "status", "from", "to"] as const) {
    const v = filters[key];
    if (v) qs.set(key, v);
  }
  if (cursor) qs.set("cursor", cursor);
  const s = qs.toString();
  return s ? `/history?${s}` : "/history";
}
