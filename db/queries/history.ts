import "server-only";
import { and, asc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { getDb } from "../client";
import { interviewItems, interviews, questions, sketches, type Interview } from "../schema";
import { decodeCursor, encodeCursor, HISTORY_PAGE_SIZE, type HistoryFilters } from "@/lib/history-filters";
import { zonedLocalToUtc } from "@/lib/zoned-time";

export interface HistoryItem {
  id: string;
  position: number;
  title: string;
  level: string;
  kind: string;
  score: number | null;
  rating: number | null;
  hasSketch: boolean;
}

export interface HistoryRow {
  id: string;
  title: string;
  status: Interview["status"];
  timerMode: Interview["timerMode"];
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  scheduledFor: Date | null;
  items: HistoryItem[];
  /** Mean item score over rated items, or null. */
  score: number | null;
  /** The first item with a drawing, for a thumbnail. */
  sketchItemId: string | null;
}

export interface HistoryPage {
  rows: HistoryRow[];
  nextCursor: string | null;
}

/**
 * One page of a person's interviews, newest first. Keyset pagination on
 * (created_at, id) — the index interviews_user_created_idx — so a page never
 * shifts when new interviews are added, unlike OFFSET.
 */
export async function listHistoryByUser(
  userId: string,
  filters: HistoryFilters,
  opts: { limit?: number; timeZone?: string } = {},
): Promise<HistoryPage> {
  const db = await getDb();
  const limit = Math.min(Math.max(opts.limit ?? HISTORY_PAGE_SIZE, 1), 100);
  const tz = opts.timeZone ?? "UTC";
  const conds: SQL[] = [eq(interviews.userId, userId)];
  // Scheduled interviews live on the schedule page until they start, unless asked for.
  conds.push(filters.status ? eq(interviews.status, filters.status) : sql`${interviews.status} <> 'scheduled'`);
  if (filters.from) conds.push(sql`${interviews.createdAt} >= ${zonedLocalToUtc(`${filters.from}T00:00`, tz).toISOString()}::timestamptz`);
  if (filters.to) {
    const end = new Date(zonedLocalToUtc(`${filters.to}T00:00`, tz).getTime() + 24 * 60 * 60_000);
    conds.push(sql`${interviews.createdAt} < ${end.toISOString()}::timestamptz`);
  }
  if (filters.level || filters.kind || filters.topic) {
    const inner: SQL[] = [sql`ii.interview_id = ${interviews.id}`];
    if (filters.level) inner.push(sql`q.level = ${filters.level}`);
    if (filters.kind) inner.push(sql`q.kind = ${filters.kind}`);
    if (filters.topic) inner.push(sql`${filters.topic} = any(q.topics)`);
    conds.push(sql`exists (select 1 from ${interviewItems} ii join ${questions} q on q.id = ii.question_id where ${sql.join(inner, sql` and `)})`);
  }
  const cursor = decodeCursor(filters.cursor);
  if (cursor) conds.push(sql`(${interviews.createdAt}, ${interviews.id}) < (${cursor.createdAt}::timestamptz, ${cursor.id}::uuid)`);

  const page = await db
    .select({
      id: interviews.id,
      title: interviews.title,
      status: interviews.status,
      timerMode: interviews.timerMode,
      createdAt: interviews.createdAt,
      // Full microsecond precision for the cursor; a JS Date would round it to milliseconds.
      cursorTs: sql<string>`to_char(${interviews.createdAt} at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS.US')`,
      startedAt: interviews.startedAt,
      finishedAt: interviews.finishedAt,
      scheduledFor: interviews.scheduledFor,
    })
    .from(interviews)
    .where(and(...conds))
    // NULLS LAST matches the index's declared order, so PostgreSQL walks it instead of sorting.
    .orderBy(sql`${interviews.createdAt} desc nulls last`, sql`${interviews.id} desc nulls last`)
    .limit(limit + 1);

  const more = page.length > limit;
  const shown = page.slice(0, limit);
  const ids = shown.map((r) => r.id);
  const items = ids.length
    ? await db
        .select({
          interviewId: interviewItems.interviewId,
          id: interviewItems.id,
          position: interviewItems.position,
          title: questions.title,
          level: questions.level,
          kind: questions.kind,
          score: interviewItems.score,
          rating: interviewItems.rating,
          sketchItem: sketches.itemId,
        })
        .from(interviewItems)
        .innerJoin(questions, eq(questions.id, interviewItems.questionId))
        .leftJoin(sketches, eq(sketches.itemId, interviewItems.id))
        .where(inArray(interviewItems.interviewId, ids))
        .orderBy(asc(interviewItems.interviewId), asc(interviewItems.position))
    : [];
  const byInterview = new Map<string, HistoryItem[]>();
  for (const it of items) {
    const list = byInterview.get(it.interviewId) ?? [];
    list.push({ id: it.id, position: it.position, title: it.title, level: it.level, kind: it.kind, score: it.score, rating: it.rating, hasSketch: it.sketchItem !== null });
    byInterview.set(it.interviewId, list);
  }
  const rows = shown.map(({ cursorTs: _c, ...r }) => {
    const list = byInterview.get(r.id) ?? [];
    const scored = list.map((i) => i.score).filter((s): s is number => s !== null);
    return {
      ...r,
      items: list,
      score: scored.length ? scored.reduce((a, b) => a + b, 0) / scored.length : null,
      sketchItemId: list.find((i) => i.hasSketch)?.id ?? null,
    };
  });
  const last = shown[shown.length - 1];
  return { rows, nextCursor: more && last ? encodeCursor({ createdAt: last.cursorTs, id: last.id }) : null };
}
