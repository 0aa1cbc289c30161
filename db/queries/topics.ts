import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "../client";
import { calibration, rankWeakest, scoreTrend, type Calibration, type GroupStat, type Trend } from "@/lib/insights";

export interface TopicStat extends GroupStat {
  trend: Trend;
  weekly: { week: string; avgScore: number; count: number }[];
}

export interface WeakTopics {
  topics: TopicStat[];
  kinds: GroupStat[];
  calibration: Calibration;
}

type Row = Record<string, unknown>;
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

async function rowsOf(query: ReturnType<typeof sql>): Promise<Row[]> {
  const db = await getDb();
  const res = (await db.execute(query)) as unknown as Row[] | { rows: Row[] };
  return Array.isArray(res) ? res : res.rows;
}

/**
 * Per-group statistics computed in SQL for one person: every started item is
 * an attempt; rating, coverage (ticked key points ÷ key points) and score
 * count once the item has been rated; due = review states due by `now`.
 * `dim` is "topic" (a question counts for each of its topics) or "kind".
 */
function groupStatsQuery(userId: string, now: Date, dim: "topic" | "kind") {
  const groupExpr = dim === "topic" ? sql.raw("t.g") : sql.raw("q.kind::text");
  const fromGroups = dim === "topic" ? sql.raw(", unnest(q.topics) as t(g)") : sql.raw("");
  return sql`
    with attempts as (
      select ${groupExpr} as key,
             count(*)::int as attempts,
             count(ii.rating)::int as rated,
             avg(ii.rating)::float8 as avg_rating,
             avg(case when ii.rating is not null
                      then coalesce(cardinality(ii.key_points_ticked), 0)::float8 / nullif(jsonb_array_length(q.key_points), 0) end)::float8 as avg_coverage,
             avg(case when ii.rating is not null then ii.score end)::float8 as avg_score
      from interviews i
      join interview_items ii on ii.interview_id = i.id
      join questions q on q.id = ii.question_id ${fromGroups}
      where i.user_id = ${userId} and ii.started_at is not null
      group by 1
    ), due as (
      select ${groupExpr} as key, count(*)::int as due
      from review_states rs
      join questions q on q.id = rs.question_id ${fromGroups}
      where rs.user_id = ${userId} and rs.due <= ${now.toISOString()}::timestamptz
      group by 1
    )
    select coalesce(a.key, d.key) as key, coalesce(a.attempts, 0) as attempts, coalesce(a.rated, 0) as rated,
           a.avg_rating, a.avg_coverage, a.avg_score, coalesce(d.due, 0) as due
    from attempts a full join due d on d.key = a.key`;
}

function toStat(r: Row): GroupStat {
  return {
    key: String(r.key),
    attempts: Number(r.attempts),
    rated: Number(r.rated),
    avgRating: num(r.avg_rating),
    avgCoverage: num(r.avg_coverage),
    avgScore: num(r.avg_score),
    due: Number(r.due),
  };
}

/** Everything the weak-topics page shows, for one person, ranked weakest first. */
export async function getWeakTopicsByUser(userId: string, now: Date): Promise<WeakTopics> {
  const [topicRows, kindRows, weeklyRows, calRows] = await Promise.all([
    rowsOf(groupStatsQuery(userId, now, "topic")),
    rowsOf(groupStatsQuery(userId, now, "kind")),
    // The rating log keeps every rating ever given, so the trend sees re-reviews too.
    rowsOf(sql`
      select t.g as key, to_char(date_trunc('week', rl.rated_at at time zone 'UTC'), 'YYYY-MM-DD') as week,
             avg(rl.score)::float8 as avg_score, count(*)::int as n
      from rating_logs rl
      join questions q on q.id = rl.question_id, unnest(q.topics) as t(g)
      where rl.user_id = ${userId}
      group by 1, 2
      order by 1, 2`),
    rowsOf(sql`
      select rating::int as rating, avg(coverage)::float8 as coverage, count(*)::int as n
      from rating_logs where user_id = ${userId} group by rating`),
  ]);
  const weeklyByTopic = new Map<string, { week: string; avgScore: number; count: number }[]>();
  for (const r of weeklyRows) {
    const key = String(r.key);
    const list = weeklyByTopic.get(key) ?? [];
    list.push({ week: String(r.week), avgScore: Number(r.avg_score), count: Number(r.n) });
    weeklyByTopic.set(key, list);
  }
  const topics = rankWeakest(
    topicRows.map((r) => {
      const s = toStat(r);
      const weekly = weeklyByTopic.get(s.key) ?? [];
      return { ...s, weekly, trend: scoreTrend(weekly.map((w) => ({ at: new Date(`${w.week}T00:00:00Z`), score: w.avgScore }))) };
    }),
  );
  return {
    topics,
    kinds: rankWeakest(kindRows.map(toStat)),
    calibration: calibration(calRows.map((r) => ({ rating: Number(r.rating), coverage: Number(r.coverage), weight: Number(r.n) }))),
  };
}
