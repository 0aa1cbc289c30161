/**
 * Benchmark of the history page's query and the weak-topics aggregation for
 * one heavy user, on the database filled by bench/seed-synthetic.ts. Calls the
 * app's own query functions (db/queries/history.ts, db/queries/topics.ts).
 *
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/mockline_bench \
 *     node --conditions=react-server --import tsx bench/history-topics.ts [--runs 200]
 *
 * (--conditions=react-server lets the `server-only` query modules load outside Next.)
 */
import { sql } from "drizzle-orm";

const url = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/mockline_bench";
process.env.DATABASE_URL = url;
process.env.DATABASE_POOL_SIZE = "4";
const runsArg = process.argv.indexOf("--runs");
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 200;
const USER = process.argv.includes("--user") ? process.argv[process.argv.indexOf("--user") + 1]! : "bench-0";

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

async function time(label: string, fn: () => Promise<unknown>) {
  for (let i = 0; i < 10; i++) await fn(); // warm the cache and the plan
  const xs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = process.hrtime.bigint();
    await fn();
    xs.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  const row = { query: label, runs: RUNS, p50_ms: +pct(xs, 50).toFixed(2), p95_ms: +pct(xs, 95).toFixed(2), max_ms: +Math.max(...xs).toFixed(2) };
  console.log(JSON.stringify(row));
  return row;
}

async function main() {
  const { getDb, getHandle } = await import("../db/client");
  const { listHistoryByUser } = await import("../db/queries/history");
  const { getWeakTopicsByUser } = await import("../db/queries/topics");
  const db = await getDb();
  const count = (await db.execute(sql`select count(*)::int as n from interviews where user_id = ${USER}`)) as unknown as { n: number }[];
  console.log(`user ${USER}: ${count[0]?.n} interviews`);
  const now = new Date();
  const first = await listHistoryByUser(USER, {});
  // The deepest page up to 40 pages in (a user with 200 interviews has 10).
  let deep = first.nextCursor;
  let depth = 2;
  for (let i = 0; i < 40 && deep; i++) {
    const next = (await listHistoryByUser(USER, { cursor: deep })).nextCursor;
    if (!next) break;
    deep = next;
    depth += 1;
  }
  await time("history page 1", () => listHistoryByUser(USER, {}));
  await time(`history page ${depth} (keyset)`, () => listHistoryByUser(USER, { cursor: deep ?? undefined }));
  await time("history filtered by topic", () => listHistoryByUser(USER, { topic: "caching" }));
  await time("weak topics (2 queries, in parallel)", () => getWeakTopicsByUser(USER, now));
  // The per-topic query alone, before and after items carried their owner, in the same run.
  const { groupStatsQuery } = await import("../db/queries/topics");
  const { groupStatsQueryThroughInterviews } = await import("./baseline/weak-topics-through-interviews");
  await time("weak topics per topic/kind, before (through interviews)", () => db.execute(groupStatsQueryThroughInterviews(USER, now)));
  await time("weak topics per topic/kind, now (items by user_id)", () => db.execute(groupStatsQuery(USER, now)));
  // The weekly trend and calibration, before and after the rating log had rollups, in the same run.
  const { historyQuery: rollupQuery } = await import("../db/queries/topics");
  const { historyQueryFromLog } = await import("./baseline/weak-topics-history-from-log");
  await time("weekly trend + calibration, before (from the rating log)", () => db.execute(historyQueryFromLog(USER)));
  await time("weekly trend + calibration, now (rollups)", () => db.execute(rollupQuery(USER)));

  const explain = async (label: string, q: ReturnType<typeof sql>) => {
    const rows = (await db.execute(sql`explain (analyze, buffers) ${q}`)) as unknown as Record<string, string>[];
    console.log(`\n--- EXPLAIN (ANALYZE, BUFFERS): ${label}\n${rows.map((r) => Object.values(r)[0]).join("\n")}`);
  };
  await explain(
    "history page (keyset)",
    sql`select id, title, status, created_at from interviews
        where user_id = ${USER} and status <> 'scheduled'
          and (created_at, id) < (now() - interval '20 days', 'ffffffff-ffff-ffff-ffff-ffffffffffff'::uuid)
        order by created_at desc nulls last, id desc nulls last limit 21`,
  );
  await explain(
    "history items of one page",
    sql`select ii.interview_id, ii.id, ii.position, q.title from interview_items ii join questions q on q.id = ii.question_id
        where ii.interview_id in (select id from interviews where user_id = ${USER} order by created_at desc nulls last, id desc nulls last limit 20)`,
  );
  // The app's own weak-topics SQL, exactly as db/queries/topics.ts sends it.
  const { historyQuery } = await import("../db/queries/topics");
  await explain("weak topics: per topic and kind (app query)", groupStatsQuery(USER, now));
  await explain("weak topics: weekly trend + calibration (app query)", historyQuery(USER));
  await (await getHandle()).close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
