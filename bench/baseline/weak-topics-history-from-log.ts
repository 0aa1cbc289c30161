/**
 * The weak-topics page's weekly trend and calibration as they were computed before the rating log had rollups
 * (migration 0008): every rating ever given, summed per question, week and rating, then spread over topics. Kept
 * here only so bench/history-topics.ts can time it against the rollups in the same run.
 */
import { sql } from "drizzle-orm";

export function historyQueryFromLog(userId: string) {
  return sql`
    with per as materialized (
      select question_id, to_char(date_trunc('week', rated_at at time zone 'UTC'), 'YYYY-MM-DD') as week, rating::int as rating,
             count(*) as n, sum(score)::float8 as sum_score, sum(coverage)::float8 as sum_coverage
      from rating_logs where user_id = ${userId}
      group by 1, 2, 3
    )
    select 'week' as part, t.g as key, per.week, null::int as rating, sum(per.sum_score) / sum(per.n) as avg, sum(per.n)::int as n
    from per join questions q on q.id = per.question_id, unnest(q.topics) as t(g)
    group by t.g, per.week
    union all
    select 'rating', null, null, rating, sum(sum_coverage) / sum(n), sum(n)::int from per group by rating`;
}
