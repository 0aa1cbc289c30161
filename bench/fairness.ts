/**
 * One noisy client: 200 connections from one session cookie request /dashboard
 * back to back for SECONDS, against one production instance (scripts/start.mjs)
 * on a real PostgreSQL, from 127.0.0.1 only, while /api/health is asked every
 * 250 ms from another client. Reports the health check's latency and the noisy
 * client's answers. Run once with the per-session limit (default) and once
 * without (FAIR_IN_PROGRESS=0) to compare.
 *
 *   npx next build && node --import tsx bench/fairness.ts      # BENCH_PORT=3292 CONNECTIONS=200 SECONDS=20
 */
import http from "node:http";
import { benchPeople, fmt, freshDatabase, percentile, startServer, stopServer } from "./lib";

const PORT = Number(process.env.BENCH_PORT ?? 3292);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 200);
const SECONDS = Number(process.env.SECONDS ?? 20);
const TIMEOUT_MS = 10_000;

function get(agent: http.Agent, path: string, headers: Record<string, string> = {}): Promise<{ status: number; ms: number }> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const req = http.get({ host: "127.0.0.1", port: PORT, path, agent, headers, timeout: TIMEOUT_MS }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - t0 }));
    });
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", () => resolve({ status: 0, ms: performance.now() - t0 }));
  });
}

async function main() {
  const url = process.env.DATABASE_URL ?? freshDatabase(process.env.BENCH_DB ?? "mockline_limits");
  const [person] = await benchPeople(url, 1);
  const server = await startServer(url, PORT);
  try {
    const noisy = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
    const calm = new http.Agent({ keepAlive: true, maxSockets: 1 });
    // Warm the page and the health check.
    for (let i = 0; i < 3; i++) await get(noisy, "/dashboard", { cookie: person!.cookie });
    await get(calm, "/api/health");
    const until = performance.now() + SECONDS * 1000;
    const answers = new Map<number, number>();
    const pageMs: number[] = [];
    const health: number[] = [];
    let healthBad = 0;
    const hammer = Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < until) {
        const r = await get(noisy, "/dashboard", { cookie: person!.cookie });
        answers.set(r.status, (answers.get(r.status) ?? 0) + 1);
        if (r.status === 200) pageMs.push(r.ms);
        // A refused client that retries at once is the worst case; a polite one would wait Retry-After.
      }
    });
    const probe = (async () => {
      await new Promise((r) => setTimeout(r, 1000));
      while (performance.now() < until) {
        const r = await get(calm, "/api/health");
        health.push(r.ms);
        if (r.status !== 200) healthBad++;
        await new Promise((res) => setTimeout(res, 250));
      }
    })();
    await Promise.all([...hammer, probe]);
    health.sort((a, b) => a - b);
    pageMs.sort((a, b) => a - b);
    const mode = process.env.FAIR_IN_PROGRESS === "0" ? "off" : `on (${process.env.FAIR_IN_PROGRESS ?? 6} in progress, ${process.env.FAIR_WAITING ?? 48} waiting per session per worker)`;
    console.log(`per-session limit ${mode}; ${CONNECTIONS} connections on /dashboard for ${SECONDS} s`);
    console.log(`noisy client answers: ${[...answers].map(([s, n]) => `${n}× ${s === 0 ? "timeout/error" : s}`).join(", ")}; 200s p50 ${fmt(percentile(pageMs, 50), 0)} ms p95 ${fmt(percentile(pageMs, 95), 0)} ms`);
    console.log(`/api/health (${health.length} probes, ${healthBad} not 200): p50 ${fmt(percentile(health, 50))} ms, p95 ${fmt(percentile(health, 95))} ms, max ${fmt(health.at(-1) ?? NaN)} ms`);
  } finally {
    stopServer(server);
  }
}

await main();
