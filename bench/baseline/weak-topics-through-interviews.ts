import { sql } from "drizzle-orm";

/**
 * Baseline only (bench/history-topics.ts): the weak-topics aggregation as it was
 * before interview items carried their owner — it reached a person's items
 * through their interviews (one index probe per interview) and joined the
 * question once per item. Kept to measure the change in the same run.
 */
export function groupStatsQueryThroughInterviews(userId: string, now: Date) {
  return sql`
    with per_q as materialized (
      select ii.question_id,
             count(*) as attempts,
             count(ii.rating) as rated,
             sum(ii.rating)::float8 as sum_rating,
             sum(case when ii.rating is not null
                      then coalesce(cardinality(ii.key_points_ticked), 0)::float8 / nullif(jsonb_array_length(q.key_points), 0) end) as sum_coverage,
             count(case when ii.rating is not null and jsonb_array_length(q.key_points) > 0 then 1 end) as n_coverage,
             sum(case when ii.rating is not null then ii.score end)::float8 as sum_score,
             count(case when ii.rating is not null then ii.score end) as n_score
      from interviews i
      join interview_items ii on ii.interview_id = i.id
      join questions q on q.id = ii.question_id
      where i.user_id = ${userId} and ii.started_at is not null
      group by ii.question_id
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
