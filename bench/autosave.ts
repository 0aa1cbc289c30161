/**
 * Autosave end to end over HTTP against a real PostgreSQL, and in the same
 * run a raw postgres.js loop doing the equivalent single-row UPDATE.
 *
 *   npm run build && node --import tsx bench/autosave.ts
 *
 * Two shapes of load with 100 writers:
 *  - paced: each writer saves once a second, as a debounced editor does;
 *  - saturating: each writer saves again as soon as the last save answered.
 */
import http from "node:http";
import postgres from "postgres";
import { openDatabase } from "../db/connection";
import { applyMigrations } from "../db/migrate";
import { seedQuestionBank } from "../db/seed/bank";
import { interviewItems, interviews, questions, users } from "../db/schema";
import { fmt, freshDatabase, percentile, sessionCookie, startServer, stopServer } from "./lib";

const WRITERS = Number(process.env.WRITERS ?? 100);
const SECONDS = Number(process.env.SECONDS ?? 20);
const PORT = 3201;

interface Writer {
  cookie: string;
  path: string;
  itemId: string;
  revision: number;
}

async function setup(url: string): Promise<Writer[]> {
  const handle = await openDatabase({ url, max: 4 });
  await applyMigrations(handle);
  await seedQuestionBank(handle.db);
  const db = handle.db;
  const [q] = await db.select({ id: questions.id }).from(questions).limit(1);
  const now = new Date();
  const writers: Writer[] = [];
  for (let i = 0; i < WRITERS; i++) {
    const [u] = await db.insert(users).values({ email: `bench-${i}@example.test`, name: `Bench ${i}` }).returning();
    const [iv] = await db
      .insert(interviews)
      .values({
        userId: u!.id,
        title: "Bench",
        config: { levels: ["beginner"], kinds: ["concept"], topics: [], count: 1, timerMode: "total", totalMinutes: 240, focus: "any" },
        status: "active",
        timerMode: "total",
        totalSeconds: 240 * 60,
        seed: 1,
        startedAt: now,
        deadlineAt: new Date(now.getTime() + 4 * 3600_000),
      })
      .returning();
    const [item] = await db
      .insert(interviewItems)
      .values({ interviewId: iv!.id, questionId: q!.id, position: 0, startedAt: now, deadlineAt: new Date(now.getTime() + 4 * 3600_000) })
      .returning();
    writers.push({ cookie: await sessionCookie(u!.id, u!.email), path: `/api/interviews/${iv!.id}/items/${item!.id}/answer`, itemId: item!.id, revision: 0 });
  }
  await handle.close();
  return writers;
}

const ANSWER = "An idempotent PUT with a revision: the server keeps the highest revision it has seen. ".repeat(6);
const agent = new http.Agent({ keepAlive: true, maxSockets: WRITERS });

function save(w: Writer): Promise<{ ms: number; ok: boolean }> {
  w.revision++;
  const body = JSON.stringify({ revision: w.revision, doc: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: `${ANSWER} ${w.revision}` }] }] } });
  const started = performance.now();
  return new Promise((resolve) => {
    const req = http.request(
      { host: "127.0.0.1", port: PORT, path: w.path, method: "PUT", agent, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), cookie: w.cookie } },
      (res) => {
        res.resume();
        res.on("end", () => resolve({ ms: performance.now() - started, ok: res.statusCode === 200 }));
      },
    );
    req.on("error", () => resolve({ ms: performance.now() - started, ok: false }));
    req.end(body);
  });
}

async function runHttp(writers: Writer[], paced: boolean) {
  const latencies: number[] = [];
  let errors = 0;
  const until = performance.now() + SECONDS * 1000;
  await Promise.all(
    writers.map(async (w, i) => {
      if (paced) await new Promise((r) => setTimeout(r, (i / writers.length) * 1000));
      while (performance.now() < until) {
        const t0 = performance.now();
        const r = await save(w);
        latencies.push(r.ms);
        if (!r.ok) errors++;
        if (paced) await new Promise((res) => setTimeout(res, Math.max(0, 1000 - (performance.now() - t0))));
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { count: latencies.length, errors, perSecond: latencies.length / SECONDS, p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99) };
}

async function runRaw(url: string, writers: Writer[]) {
  const sql = postgres(url, { max: 10 });
  let count = 0;
  const until = performance.now() + SECONDS * 1000;
  const doc = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: ANSWER }] }] };
  await Promise.all(
    writers.map(async (w) => {
      while (performance.now() < until) {
        w.revision++;
        await sql`update interview_items set answer_doc = ${sql.json(doc)}, answer_text = ${ANSWER}, answer_revision = ${w.revision}, answer_saved_at = now()
                  where id = ${w.itemId} and answer_revision < ${w.revision}`;
        count++;
      }
    }),
  );
  await sql.end();
  return { count, perSecond: count / SECONDS };
}

async function main() {
  const url = process.env.DATABASE_URL ?? freshDatabase("mockline_bench_autosave");
  console.log(`setting up ${WRITERS} writers…`);
  const writers = await setup(url);
  const server = await startServer(url, PORT);
  try {
    // Warm up the route (first requests compile and fill caches).
    await Promise.all(writers.slice(0, 10).map((w) => save(w)));
    const paced = await runHttp(writers, true);
    const saturating = await runHttp(writers, false);
    stopServer(server);
    await new Promise((r) => setTimeout(r, 1000));
    const raw = await runRaw(url, writers);
    const lines = [
      `writers: ${WRITERS}, ${SECONDS} s per phase, node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
      `paced (1 save/s/writer): ${paced.count} saves, ${paced.errors} errors, ${fmt(paced.perSecond)} saves/s, p50 ${fmt(paced.p50)} ms, p95 ${fmt(paced.p95)} ms, p99 ${fmt(paced.p99)} ms`,
      `saturating: ${saturating.count} saves, ${saturating.errors} errors, ${fmt(saturating.perSecond)} saves/s, p50 ${fmt(saturating.p50)} ms, p95 ${fmt(saturating.p95)} ms, p99 ${fmt(saturating.p99)} ms`,
      `raw postgres.js UPDATE loop (pool 10): ${raw.count} updates, ${fmt(raw.perSecond)} updates/s`,
      `app / raw throughput: ${fmt(saturating.perSecond / raw.perSecond, 2)}`,
    ];
    console.log(lines.join("\n"));
  } finally {
    stopServer(server);
    agent.destroy();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
