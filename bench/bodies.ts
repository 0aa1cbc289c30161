/**
 * Oversized bodies: 20 parallel 256 MB chunked bodies (no Content-Length) to
 * every write route of one production instance (scripts/start.mjs) on a real
 * PostgreSQL, from 127.0.0.1 only, signed in, so each body reaches the route.
 * Reports per route: the answers, the slowest answer, how much of each body
 * went out before its answer, and the server's peak RSS rise (all its
 * processes, sampled every 20 ms) over the RSS before the route's round.
 *
 *   npx next build && node --import tsx bench/bodies.ts      # BENCH_PORT=3291 PARALLEL=20 OFFER_MB=256
 */
import { execSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import { benchPeople, fmt, freshDatabase, startServer, stopServer } from "./lib";

const PORT = Number(process.env.BENCH_PORT ?? 3291);
const PARALLEL = Number(process.env.PARALLEL ?? 20);
const OFFER = Number(process.env.OFFER_MB ?? 256) * 1024 * 1024;
const PIECE = Buffer.alloc(64 * 1024, 0x20); // spaces: valid JSON padding, so only the size can refuse it

function treeRssBytes(rootPid: number): number {
  const pids = [rootPid];
  for (let i = 0; i < pids.length; i++) {
    pids.push(...execSync(`pgrep -P ${pids[i]} || true`).toString().trim().split(/\s+/).filter(Boolean).map(Number));
  }
  let kb = 0;
  for (const pid of pids) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
    } catch {}
  }
  return kb * 1024;
}

/** One chunked body of up to OFFER bytes, written as fast as the server takes it, stopped at its answer. */
function oversized(method: string, path: string, headers: Record<string, string>): Promise<{ status: number; ms: number; sentMb: number }> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    let sent = 0;
    let answered = false;
    const req = http.request({ host: "127.0.0.1", port: PORT, method, path, headers: { ...headers, "transfer-encoding": "chunked" } });
    const finish = (status: number) => {
      if (answered) return;
      answered = true;
      resolve({ status, ms: performance.now() - t0, sentMb: sent / 1024 / 1024 });
      req.destroy();
    };
    req.on("response", (res) => {
      res.resume();
      finish(res.statusCode ?? 0);
    });
    req.on("error", () => finish(0));
    const pump = () => {
      while (!answered && sent < OFFER) {
        sent += PIECE.length;
        if (!req.write(PIECE)) return void req.once("drain", pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

async function main() {
  const url = process.env.DATABASE_URL ?? freshDatabase(process.env.BENCH_DB ?? "mockline_limits");
  const [person] = await benchPeople(url, 1);
  const server = await startServer(url, PORT);
  const base = `http://127.0.0.1:${PORT}`;
  const item = `/api/interviews/${person!.interviewId}/items/${person!.itemId}`;
  const json = { cookie: person!.cookie, "content-type": "application/json", origin: base, "sec-fetch-site": "same-origin" };
  const routes: Array<[string, string, Record<string, string>]> = [
    ["PUT", `${item}/sketch`, json],
    ["PUT", `${item}/answer`, json],
    ["PUT", `${item}/recording?seq=0&part=0&startMs=0&endMs=1000`, { ...json, "content-type": "audio/webm" }],
    ["POST", `${item}/rating`, json],
    ["PUT", `${item}/language`, json],
    ["POST", "/api/schedule", json],
    ["POST", `/api/interviews/${person!.interviewId}/schedule`, json],
    ["POST", "/api/auth/callback/credentials", { "content-type": "application/x-www-form-urlencoded", origin: base }],
    ["POST", "/schedule", { cookie: person!.cookie, "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8", origin: base }],
  ];
  try {
    // Warm every route once, so the round measures bodies, not first compiles and caches.
    for (const [m, p, h] of routes) await oversized(m, p, h);
    console.log(`${PARALLEL} parallel ${OFFER / 1024 / 1024} MB chunked bodies per route; server ${server.pid}\n`);
    console.log("| route | answers | slowest answer ms | MB sent per body (max) | RSS before MB | peak RSS rise MB |");
    console.log("|---|---|---|---|---|---|");
    for (const [m, p, h] of routes) {
      await new Promise((r) => setTimeout(r, 1500));
      const before = treeRssBytes(server.pid!);
      let peak = before;
      const sampler = setInterval(() => (peak = Math.max(peak, treeRssBytes(server.pid!))), 20);
      const results = await Promise.all(Array.from({ length: PARALLEL }, () => oversized(m, p, h)));
      await new Promise((r) => setTimeout(r, 300));
      clearInterval(sampler);
      const statuses = new Map<number, number>();
      for (const r of results) statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
      const answers = [...statuses].map(([s, n]) => `${n}× ${s}`).join(", ");
      const name = `${m} ${p.replace(person!.interviewId, ":id").replace(person!.itemId, ":item").split("?")[0]}`;
      console.log(
        `| ${name} | ${answers} | ${fmt(Math.max(...results.map((r) => r.ms)), 0)} | ${fmt(Math.max(...results.map((r) => r.sentMb)))} | ${fmt(before / 1024 / 1024, 0)} | ${fmt((peak - before) / 1024 / 1024)} |`,
      );
    }
  } finally {
    stopServer(server);
  }
}

await main();
