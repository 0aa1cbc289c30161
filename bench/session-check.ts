/**
 * What the session check costs per authenticated request (issue 18): the
 * stateless part (decode the cookie, absolute lifetime) and the generation
 * check, remembered per process for GENERATION_TTL_MS, with one primary-key
 * read when the memo is cold. Calls the app's own functions.
 *
 *   node --conditions=react-server --import tsx bench/session-check.ts                 # embedded PGlite (in memory)
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/mockline_bench node --conditions=react-server --import tsx bench/session-check.ts
 */
import { performance } from "node:perf_hooks";
import { encode, decode } from "@auth/core/jwt";
import { fmt, percentile } from "./lib";

const url = process.env.BENCH_DATABASE_URL;
if (url) process.env.DATABASE_URL = url;
else {
  delete process.env.DATABASE_URL;
  process.env.MOCKLINE_DATA_DIR = "memory://";
}

const RUNS = Number(process.env.RUNS ?? 20_000);
const SECRET = "bench-secret-not-for-production-0123456789";
const SALT = "authjs.session-token";

async function time(label: string, runs: number, fn: (i: number) => Promise<unknown>) {
  for (let i = 0; i < Math.min(200, runs); i++) await fn(i);
  const samples: number[] = [];
  const start = performance.now();
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn(i);
    samples.push(performance.now() - t);
  }
  const total = performance.now() - start;
  samples.sort((a, b) => a - b);
  const row = { label, meanUs: (total / runs) * 1000, p50Us: percentile(samples, 50) * 1000, p99Us: percentile(samples, 99) * 1000 };
  console.log(`${label.padEnd(58)} mean ${fmt(row.meanUs, 2).padStart(8)} µs  p50 ${fmt(row.p50Us, 2).padStart(8)} µs  p99 ${fmt(row.p99Us, 2).padStart(8)} µs`);
  return row;
}

async function main() {
  const { getHandle } = await import("../db/client");
  const handle = await getHandle();
  if (handle.driver === "pglite") {
    const { applyMigrations } = await import("../db/migrate");
    await applyMigrations(handle);
  }
  const { users } = await import("../db/schema");
  const { getStoredSessionsByUser } = await import("../db/queries/account");
  const { isSessionCurrent } = await import("../server/auth/session-generation");
  const { decodeSession } = await import("../server/auth/jwt");
  const { sessionVerdict } = await import("../lib/auth/session-policy");

  const people = await handle.db
    .insert(users)
    .values(Array.from({ length: 200 }, (_, i) => ({ email: `session-bench-${Date.now()}-${i}@example.test` })))
    .returning({ id: users.id });
  const now = Math.floor(Date.now() / 1000);
  const tokens = await Promise.all(people.map((p) => encode({ token: { sub: p.id, gen: 0, auth_time: now, sid: crypto.randomUUID() }, secret: SECRET, salt: SALT })));
  console.log(`session check on ${handle.driver}, ${RUNS} runs each (Node ${process.version})`);

  const cold = await time("decode the cookie, no memo (JWE decrypt)", 2_000, (i) => decode({ token: tokens[i % tokens.length]!, secret: SECRET, salt: SALT }));
  const before = await time("before #18: decode through the memo (hit)", RUNS, (i) => decodeSession({ token: tokens[i % tokens.length]!, secret: SECRET, salt: SALT }));
  const after = await time("now: memo decode + lifetime + generation (memo hit)", RUNS, async (i) => {
    const claims = await decodeSession({ token: tokens[i % tokens.length]!, secret: SECRET, salt: SALT });
    const v = sessionVerdict(claims, now);
    if (!v.ok || !(await isSessionCurrent(v))) throw new Error("refused");
  });
  const read = await time("memo cold: one read (generation + signed-out sessions)", Math.min(RUNS, 5_000), (i) => getStoredSessionsByUser({ userId: people[i % people.length]!.id }));
  console.log(`\nadded per request when the memo is warm: ${fmt(after.meanUs - before.meanUs, 2)} µs; a cold memo (once per person per 3 s per process) adds ${fmt(read.meanUs, 1)} µs;`);
  console.log(`for scale, decoding a cookie without the memo costs ${fmt(cold.meanUs, 1)} µs.`);
  await handle.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
