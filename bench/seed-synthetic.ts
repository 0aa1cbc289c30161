/**
 * Synthetic data for the history / weak-topics benchmark, on a real
 * PostgreSQL: 1 000 users × 200 interviews × 5 items (≈ 1 M items and 1 M
 * rating logs), plus one heavy user with 2 000 interviews. Everything is
 * generated inside PostgreSQL with generate_series, so it takes a minute or
 * two, not hours of round trips.
 *
 *   createdb -h 127.0.0.1 -U postgres mockline_bench
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/mockline_bench \
 *     node --import tsx bench/seed-synthetic.ts [--users 1000] [--per-user 200]
 *
 * The database is migrated and the question bank seeded the same way as
 * db/setup.ts does; earlier synthetic rows are removed first, so it can be re-run.
 */
import { sql } from "drizzle-orm";
import { openDatabase } from "../db/connection";
import { applyMigrations } from "../db/migrate";
import { seedQuestionBank } from "../db/seed/bank";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const USERS = Math.trunc(arg("users", 1000));
const PER_USER = Math.trunc(arg("per-user", 200));
const HEAVY = Math.trunc(arg("heavy", 2000));
const url = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/mockline_bench";

async function main() {
  const handle = await openDatabase({ url, max: 2 });
  const db = handle.db;
  const step = async (label: string, q: ReturnType<typeof sql>) => {
    const t = Date.now();
    await db.execute(q);
    console.log(`${label.padEnd(34)} ${((Date.now() - t) / 1000).toFixed(1)} s`);
  };
  try {
    await applyMigrations(handle);
    await seedQuestionBank(db);
    await step("remove earlier synthetic users", sql`delete from users where email like '%@bench.test'`);
    await db.execute(sql`set synchronous_commit = off`);
    await step(
      "users",
      sql`insert into users (id, email, name, time_zone)
          select 'bench-' || g, 'user' || g || '@bench.test', 'Bench ' || g, 'Europe/Paris' from generate_series(0, ${sql.raw(String(USERS))}) g`,
    );
    // user 0 is the heavy one; the others have PER_USER interviews each, spread over about two years.
    await step(
      "interviews",
      sql`insert into interviews (id, user_id, title, config, status, timer_mode, total_seconds, seed, started_at, deadline_at, finished_at, created_at, updated_at)
          select gen_random_uuid(), 'bench-' || u, 'Synthetic ' || n,
                 '{"levels":["beginner","intermediate","advanced"],"kinds":["concept","coding","design"],"topics":[],"count":5,"timerMode":"total","totalMinutes":45,"focus":"any"}'::jsonb,
                 (case when n % 50 = 0 then 'abandoned' when n % 10 = 0 then 'review' else 'completed' end)::interview_status,
                 'total', 2700, n, at, at + interval '45 minutes', at + interval '38 minutes', at, at
          from generate_series(0, ${sql.raw(String(USERS))}) u
          cross join lateral generate_series(1, case when u = 0 then ${sql.raw(String(HEAVY))} else ${sql.raw(String(PER_USER))} end) n
          cross join lateral (select now() - (n * interval '5 hours') - (u * interval '1 second') as at) t`,
    );
    // Five distinct questions per interview: steps of 13 through the 60-question bank never repeat within five.
    await step(
      "interview items",
      sql`with qs as (select id, row_number() over (order by slug) - 1 as k, jsonb_array_length(key_points) as kp from questions),
               nq as (select count(*) as n from qs)
          insert into interview_items (interview_id, user_id, position, question_id, started_at, deadline_at, submitted_at, answer_text,
                                       answer_revision, key_points_ticked, rating, rated_at, score)
          select i.id, i.user_id, p, qs.id, i.started_at, i.deadline_at, i.started_at + interval '7 minutes' * (p + 1),
                 'Synthetic answer ' || p, 3,
                 case when i.status = 'completed' then (select array_agg(x) from generate_series(0, least(qs.kp, r.ticks) - 1) x) end,
                 case when i.status = 'completed' then r.rating end,
                 case when i.status = 'completed' then i.finished_at + interval '1 hour' end,
                 case when i.status = 'completed' then round(100 * (0.6 * least(qs.kp, r.ticks)::real / qs.kp + 0.4 * (r.rating - 1) / 3.0)) end
          from interviews i
          cross join generate_series(0, 4) p
          cross join nq
          join qs on qs.k = (i.seed * 7 + p * 13) % nq.n
          cross join lateral (select 1 + abs(hashtext(i.id::text || p)) % 4 as rating, abs(hashtext(p || i.id::text)) % 6 as ticks) r
          where i.user_id like 'bench-%'`,
    );
    await step(
      "rating logs",
      sql`insert into rating_logs (user_id, question_id, item_id, rating, coverage, score, state_before, due_after, rated_at)
          select i.user_id, ii.question_id, ii.id, ii.rating,
                 coalesce(cardinality(ii.key_points_ticked), 0)::real / jsonb_array_length(q.key_points),
                 ii.score, 2, ii.rated_at + interval '3 days', ii.rated_at
          from interview_items ii join interviews i on i.id = ii.interview_id join questions q on q.id = ii.question_id
          where i.user_id like 'bench-%' and ii.rating is not null`,
    );
    // The rating log's rollups, as the rating transaction keeps them (and as migration 0008 backfills them).
    await step(
      "rating rollups: topic weeks",
      sql`insert into topic_weeks (user_id, topic, week, ratings, sum_score)
          select l.user_id, t.topic, date_trunc('week', l.rated_at at time zone 'UTC')::date, count(*), sum(l.score)
          from rating_logs l join questions q on q.id = l.question_id
          cross join lateral (select distinct unnest(q.topics) as topic) t
          where l.user_id like 'bench-%'
          group by 1, 2, 3`,
    );
    await step(
      "rating rollups: calibration",
      sql`insert into rating_calibration (user_id, rating, ratings, sum_coverage)
          select user_id, rating, count(*), sum(coverage) from rating_logs where user_id like 'bench-%' group by 1, 2`,
    );
    await step(
      "review states",
      sql`insert into review_states (user_id, question_id, due, stability, difficulty, elapsed_days, scheduled_days, reps, lapses, state, last_review)
          select user_id, question_id, max(due_after), 5, 5, 3, 3, count(*), 0, 2, max(rated_at)
          from rating_logs where user_id like 'bench-%' group by user_id, question_id`,
    );
    await step("analyze", sql`analyze`);
    const counts = (await db.execute(sql`select
        (select count(*) from users where email like '%@bench.test') as users,
        (select count(*) from interviews) as interviews,
        (select count(*) from interview_items) as items,
        (select count(*) from rating_logs) as rating_logs,
        (select count(*) from review_states) as review_states`)) as unknown as Record<string, string>[];
    console.log(counts[0]);
  } finally {
    await handle.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
