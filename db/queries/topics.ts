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
 * Per-topic and per-kind statistics for one person in one pass: items are
 * first summed per question (one index range of the person's items, by the
 * user_id each item carries), then spread
 * over each question's topics (unnest) and over its kind. Every started item
 * is an attempt; rating, coverage (ticked ÷ key points) and score count once
 * the item is rated; due = review states due by `now`.
 */
export function groupStatsQuery(userId: string, now: Date) {
  return sql`
    with per_item as materialized (
      select ii.question_id,
             count(*) as attempts,
             count(ii.rating) as rated,
             sum(ii.rating)::float8 as sum_rating,
             sum(case when ii.rating is not null then coalesce(cardinality(ii.key_points_ticked), 0) end)::float8 as sum_ticked,
             sum(case when ii.rating is not null then ii.score end)::float8 as sum_score,
             count(case when ii.rating is not null then ii.score end) as n_score
      from interview_items ii
      where ii.user_id = ${userId} and ii.started_at is not null
      group by ii.question_id
    ), per_q as (
      -- A question's key points are the same on every attempt: coverage is summed ticks over key points, per question.
      select p.question_id, p.attempts, p.rated, p.sum_rating,
             p.sum_ticked / nullif(jsonb_array_length(q.key_points), 0) as sum_coverage,
             case when jsonb_array_length(q.key_points) > 0 then p.rated else 0 end as n_coverage,
             p.sum_score, p.n_score
      from per_item p join questions q on q.id = p.question_id
    ), due_q as (
      select question_id, 0::bigint as attempts, 0::bigint as rated, null::float8 as sum_rating, null::float8 as sum_coverage, 0::bigint as n_coverage,
             null::float8 as sum_score, 0::bigint as n_score, count(*) as due
      from review_states where user_id = ${userId} and due <= ${now.toISOString()}::timestamptz
      group by question_id
    ), both_q as (
      select *, 0::bigint as due from per_q union all select * from due_q
    )
    select dim, key, sum(attempts)::int as attempts, sum(rated)::int as rated,
           sum(sum_rating) / nullif(sum(rated), 0) as avg_rating,
           sum(sum_coverage) / nullif(sum(n_coverage), 0) as avg_coverage,
           sum(sum_score) / nullif(sum(n_score), 0) as avg_score,
           sum(due)::int as due
    from (
      select 'topic' as dim, t.g as key, b.* from both_q b join questions q on q.id = b.question_id, unnest(q.topics) as t(g)
      union all
      select 'kind', q.kind::text, b.* from both_q b join questions q on q.id = b.question_id
    ) x
    group by dim, key`;
}

/**
 * The weekly trend per topic and the calibration per self-rating, from the rating log's rollups (kept in the
 * rating transaction: db/queries/ratings.ts): two index ranges of the person's rows.
 */
export function historyQuery(userId: string) {
  return sql`
    select 'week' as part, topic as key, to_char(week, 'YYYY-MM-DD') as week, null::int as rating, sum_score / ratings as avg, ratings as n
    from topic_weeks where user_id = ${userId}
    union all
    select 'rating', null, null, rating::int, sum_coverage / ratings, ratings from rating_calibration where user_id = ${userId}`;
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
  const [groupRows, historyRows] = await Promise.all([rowsOf(groupStatsQuery(userId, now)), rowsOf(historyQuery(userId))]);
  const weeklyByTopic = new Map<string, { week: string; avgScore: number; count: number }[]>();
  for (const r of historyRows.filter((r) => r.part === "week")) {
    const key = String(r.key);
    const list = weeklyByTopic.get(key) ?? [];
    list.push({ week: String(r.week), avgScore: Number(r.avg), count: Number(r.n) });
    weeklyByTopic.set(key, list);
  }
  for (const list of weeklyByTopic.values()) list.sort((a, b) => a.week.localeCompare(b.week));
  const topics = rankWeakest(
    groupRows
      .filter((r) => r.dim === "topic")
      .map((r) => {
        const s = toStat(r);
        const weekly = weeklyByTopic.get(s.key) ?? [];
        return { ...s, weekly, trend: scoreTrend(weekly.map((w) => ({ at: new Date(`${w.week}T00:00:00Z`), score: w.avgScore }))) };
      }),
  );
  return {
    topics,
    kinds: rankWeakest(groupRows.filter((r) => r.dim === "kind").map(toStat)),
    calibration: calibration(
      historyRows.filter((r) => r.part === "rating").map((r) => ({ rating: Number(r.rating), coverage: Number(r.avg), weight: Number(r.n) })),
    ),
  };
}
