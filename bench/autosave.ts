/**
 * Autosave end to end over HTTP against a real PostgreSQL, and in the same
 * run a raw postgres.js loop doing the equivalent single-row write.
 *
 *   npm run build && node --import tsx bench/autosave.ts
 *   npm run build && BENCH_KIND=sketch node --import tsx bench/autosave.ts
 *
 * BENCH_KIND=answer (default) saves text answers; sketch saves a 40-element
 * scene in which each save moves one shape and every fifth adds one, as
 * drawing does (so each save also writes a whiteboard timeline entry).
 *
 * Two shapes of load with 100 writers:
 *  - paced: each writer saves once a second, as a debounced editor does;
 *  - saturating: each writer saves again as soon as the last save answered;
 * and, at saturation, ROUNDS (3) rounds of saves and two floors in turn, under the same load: a no-op GET, and
 * a no-op route that reads a body of the save's size (see floorRequest), each with its server CPU per request.
 */
import http from "node:http";
import postgres from "postgres";
import { benchPeople, fmt, freshDatabase, runLoad, serverCpuMs, startServer, stopServer } from "./lib";

const WRITERS = Number(process.env.WRITERS ?? 100);
const SECONDS = Number(process.env.SECONDS ?? 20);
const PORT = Number(process.env.BENCH_PORT ?? 3204);
const KIND = process.env.BENCH_KIND === "sketch" ? "sketch" : "answer";
/** Rounds of (saturating saves, the two floors), in turn. */
const ROUNDS = Number(process.env.ROUNDS ?? 3);

interface Writer {
  cookie: string;
  path: string;
  itemId: string;
  revision: number;
}

async function setup(url: string): Promise<Writer[]> {
  const people = await benchPeople(url, WRITERS);
  return people.map((p) => ({ cookie: p.cookie, path: `/api/interviews/${p.interviewId}/items/${p.itemId}/${KIND}`, itemId: p.itemId, revision: 0 }));
}

/**
 * The two floors a save is compared with, each under the same load as the saturating saves (every writer's
 * connection, back to back, for as long):
 *  - GET /api/time, a route handler that only returns the clock: what Next.js costs a request that carries nothing;
 *  - POST /api/csp-report with a body of the save's size: a route that reads a JSON body, checks its shape and
 *    answers 204 (it writes one log line, which the bench's server drops) — what carrying the body costs before
 *    any work of the save's own.
 */
function floorRequest(kind: "get" | "body") {
  const report = JSON.stringify({
    "csp-report": { "document-uri": "http://localhost/", "violated-directive": "img-src", "blocked-uri": "https://example.test/x.png", "original-policy": "p".repeat(Math.max(0, bodyFor(1).length - 160)) },
  });
  // Each with the writer's own session cookie, as its saves carry: the same headers to parse, the same per-session
  // admission in the server (scripts/fairness.mjs).
  return (w: Writer): Promise<{ ms: number; ok: boolean }> => {
    const started = performance.now();
    return new Promise((resolve) => {
      const req = http.request(
        kind === "get"
          ? { host: "127.0.0.1", port: PORT, path: "/api/time", agent, headers: { cookie: w.cookie } }
          : { host: "127.0.0.1", port: PORT, path: "/api/csp-report", method: "POST", agent, headers: { "content-type": "application/csp-report", "content-length": Buffer.byteLength(report), cookie: w.cookie } },
        (res) => {
          res.resume();
          res.on("end", () => resolve({ ms: performance.now() - started, ok: res.statusCode === 200 || res.statusCode === 204 }));
        },
      );
      req.on("error", () => resolve({ ms: performance.now() - started, ok: false }));
      req.end(kind === "get" ? undefined : report);
    });
  };
}

const ANSWER = "An idempotent PUT with a revision: the server keeps the highest revision it has seen. ".repeat(6);
const agent = new http.Agent({ keepAlive: true, maxSockets: WRITERS });

/** A drawing after `revision` saves: 40 shapes to start, one moved per save, one more every fifth save. */
function sceneAt(revision: number) {
  const count = 40 + Math.floor(revision / 5);
  const moved = revision % count;
  const elements = Array.from({ length: count }, (_, i) => ({
    id: `shape-${i}`,
    type: i % 3 === 0 ? "ellipse" : "rectangle",
    x: (i % 8) * 140 + (i === moved ? revision : 0),
    y: Math.floor(i / 8) * 100,
    width: 120,
    height: 70,
    angle: 0,
    version: i === moved ? revision + 1 : 1,
    versionNonce: i,
    isDeleted: false,
    strokeColor: "#1e1e1e",
    backgroundColor: "transparent",
    groupIds: [],
    boundElements: null,
  }));
  return { elements, appState: { viewBackgroundColor: "#ffffff" }, files: {} };
}

function bodyFor(revision: number): string {
  if (KIND === "sketch") return JSON.stringify({ revision, scene: sceneAt(revision), previewSvg: null });
  return JSON.stringify({ revision, doc: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: `${ANSWER} ${revision}` }] }] } });
}

function save(w: Writer): Promise<{ ms: number; ok: boolean }> {
  w.revision++;
  const body = bodyFor(w.revision);
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

async function runRaw(url: string, writers: Writer[]) {
  const sql = postgres(url, { max: 10 });
  let count = 0;
  const until = performance.now() + SECONDS * 1000;
  const doc = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: ANSWER }] }] };
  await Promise.all(
    writers.map(async (w) => {
      while (performance.now() < until) {
        w.revision++;
        if (KIND === "sketch") {
          await sql`insert into sketches (item_id, scene, revision, saved_at) values (${w.itemId}, ${sql.json(sceneAt(w.revision))}, ${w.revision}, now())
                    on conflict (item_id) do update set scene = excluded.scene, revision = excluded.revision, saved_at = excluded.saved_at
                    where sketches.revision < excluded.revision`;
        } else {
          await sql`update interview_items set answer_doc = ${sql.json(doc)}, answer_text = ${ANSWER}, answer_revision = ${w.revision}, answer_saved_at = now()
                    where id = ${w.itemId} and answer_revision < ${w.revision}`;
        }
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
    const paced = await runLoad(writers, SECONDS, true, save);
    // Saturating saves and the two floors in turn, ROUNDS times: the machine's drift between phases shows as the
    // spread between rounds instead of as a false ratio.
    const measure = async (once: (w: Writer) => Promise<{ ms: number; ok: boolean }>) => {
      const cpu0 = serverCpuMs(server.pid!);
      const r = await runLoad(writers, SECONDS, false, once);
      return { ...r, cpuMs: (serverCpuMs(server.pid!) - cpu0) / Math.max(1, r.count) };
    };
    const getFloor = floorRequest("get");
    const bodyFloor = floorRequest("body");
    // Each kind of request warmed under load first (the JIT, the pool), unmeasured.
    for (const once of [save, getFloor, bodyFloor]) await runLoad(writers, 3, false, once);
    const rounds: Record<"save" | "get" | "body", Awaited<ReturnType<typeof measure>>>[] = [];
    for (let i = 0; i < ROUNDS; i++) rounds.push({ save: await measure(save), get: await measure(getFloor), body: await measure(bodyFloor) });
    const saturating = rounds.map((r) => r.save).sort((a, b) => a.perSecond - b.perSecond)[Math.floor(ROUNDS / 2)]!;
    stopServer(server);
    await new Promise((r) => setTimeout(r, 1000));
    const raw = await runRaw(url, writers);
    const mean = (f: (r: (typeof rounds)[number]) => number) => rounds.reduce((sum, r) => sum + f(r), 0) / rounds.length;
    const lines = [
      `${KIND} saves; writers: ${WRITERS}, ${SECONDS} s per phase, server workers: ${process.env.WEB_CONCURRENCY ?? (await import("node:os")).availableParallelism()}, node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
      `paced (1 save/s/writer): ${paced.count} saves, ${paced.errors} errors, ${fmt(paced.perSecond)} saves/s, p50 ${fmt(paced.p50)} ms, p95 ${fmt(paced.p95)} ms, p99 ${fmt(paced.p99)} ms`,
      `saturating: ${saturating.count} saves, ${saturating.errors} errors, ${fmt(saturating.perSecond)} saves/s, p50 ${fmt(saturating.p50)} ms, p95 ${fmt(saturating.p95)} ms, p99 ${fmt(saturating.p99)} ms`,
      `raw postgres.js ${KIND === "sketch" ? "upsert" : "UPDATE"} loop (pool 10): ${raw.count} writes, ${fmt(raw.perSecond)} writes/s`,
      `app / raw throughput: ${fmt(saturating.perSecond / raw.perSecond, 2)}`,
      ...rounds.map(
        (r, i) =>
          `round ${i + 1}: saves ${fmt(r.save.perSecond, 0)}/s at ${fmt(r.save.cpuMs, 2)} ms of server CPU each; GET /api/time ${fmt(r.get.perSecond, 0)}/s at ${fmt(r.get.cpuMs, 2)} ms; ` +
          `a body of the same size read and dropped (POST /api/csp-report) ${fmt(r.body.perSecond, 0)}/s at ${fmt(r.body.cpuMs, 2)} ms; ` +
          `errors ${r.save.errors} / ${r.get.errors} / ${r.body.errors}`,
      ),
      `saves against GET /api/time (mean of ${ROUNDS} rounds): throughput ${fmt(mean((r) => r.save.perSecond / r.get.perSecond), 2)}, CPU ${fmt(mean((r) => r.get.cpuMs / r.save.cpuMs), 2)}`,
      `saves against a no-op that reads the same body: throughput ${fmt(mean((r) => r.save.perSecond / r.body.perSecond), 2)}, CPU ${fmt(mean((r) => r.body.cpuMs / r.save.cpuMs), 2)}`,
      `the body alone, against GET /api/time: throughput ${fmt(mean((r) => r.body.perSecond / r.get.perSecond), 2)}, CPU ${fmt(mean((r) => r.get.cpuMs / r.body.cpuMs), 2)}`,
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
