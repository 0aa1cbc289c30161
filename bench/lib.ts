/** Shared by the benchmarks: a production server on a fresh database, and signed-in users without the sign-in form. */
import { spawn, type ChildProcess } from "node:child_process";
import { execSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { encode } from "@auth/core/jwt";
import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { openDatabase } from "../db/connection";
import { applyMigrations } from "../db/migrate";
import { seedQuestionBank } from "../db/seed/bank";
import { interviewItems, interviews, questions, users } from "../db/schema";

export const ROOT = path.resolve(import.meta.dirname, "..");
export const SECRET = "bench-secret-not-for-production-0123456789";

export function freshDatabase(name: string): string {
  execSync(`dropdb -h 127.0.0.1 -U postgres --if-exists ${name} && createdb -h 127.0.0.1 -U postgres ${name}`, { stdio: "inherit" });
  return `postgres://postgres@127.0.0.1:5432/${name}`;
}

export async function startServer(databaseUrl: string, port: number): Promise<ChildProcess> {
  // Another server on the port would answer the health check and be measured instead.
  const taken = await fetch(`http://localhost:${port}/api/health`).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`port ${port} is already in use; set BENCH_PORT`);
  // SERVER_NODE_ARGS are Node flags for the server and its workers, e.g. "--cpu-prof --cpu-prof-dir=.data/prof"
  // (Node refuses --cpu-prof in NODE_OPTIONS); each worker writes its profile when it stops.
  const nodeArgs = process.env.SERVER_NODE_ARGS?.split(/\s+/).filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeArgs, "scripts/start.mjs"], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: SECRET,
      PORT: String(port),
      DATABASE_POOL_SIZE: "10",
    },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`http://localhost:${port}/api/health`);
      if (res.ok) return child;
    } catch {}
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error("server did not start");
}

export function stopServer(child: ChildProcess) {
  try {
    process.kill(-child.pid!, "SIGTERM");
  } catch {}
}

/** A session cookie for a user, as Auth.js would set it after sign-in. */
export async function sessionCookie(userId: string, email: string): Promise<string> {
  const salt = "authjs.session-token";
  // gen, auth_time and sid as the sign-in callback writes them: a fresh account is at generation 0.
  const token = await encode({ token: { sub: userId, email, gen: 0, auth_time: Math.floor(Date.now() / 1000), sid: randomUUID() }, secret: SECRET, salt });
  return `${salt}=${token}`;
}

/** CPU time (ms) used so far by the server: its process and every descendant (the workers). */
export function serverCpuMs(rootPid: number): number {
  const pids = [rootPid];
  for (let i = 0; i < pids.length; i++) {
    const kids = execSync(`pgrep -P ${pids[i]} || true`).toString().trim().split(/\s+/).filter(Boolean).map(Number);
    pids.push(...kids);
  }
  const tick = 1000 / Number(execSync("getconf CLK_TCK").toString().trim() || 100);
  return pids.reduce((sum, pid) => {
    try {
      const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      return sum + (Number(fields[11]) + Number(fields[12])) * tick;
    } catch {
      return sum;
    }
  }, 0);
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx]!;
}

export const fmt = (n: number, d = 1) => n.toFixed(d);

/**
 * `count` people, each signed in (a session cookie) with an active interview
 * of one open question, made straight in the database (migrated and seeded first).
 */
export async function benchPeople(url: string, count: number): Promise<{ cookie: string; interviewId: string; itemId: string }[]> {
  const handle = await openDatabase({ url, max: 4 });
  await applyMigrations(handle);
  await seedQuestionBank(handle.db);
  const db = handle.db;
  const [q] = await db.select({ id: questions.id }).from(questions).limit(1);
  const now = new Date();
  const deadlineAt = new Date(now.getTime() + 4 * 3600_000);
  const people: { cookie: string; interviewId: string; itemId: string }[] = [];
  for (let i = 0; i < count; i++) {
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
        deadlineAt,
      })
      .returning();
    const [item] = await db.insert(interviewItems).values({ interviewId: iv!.id, userId: iv!.userId, questionId: q!.id, position: 0, startedAt: now, deadlineAt }).returning();
    people.push({ cookie: await sessionCookie(u!.id, u!.email), interviewId: iv!.id, itemId: item!.id });
  }
  await handle.close();
  return people;
}

export interface LoadResult {
  count: number;
  errors: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
}

/**
 * Every worker calls `once` for `seconds`: paced (once a second each, their starts spread over the first
 * second, as a debounced editor or a recorder does) or saturating (again as soon as the last call answered).
 */
export async function runLoad<W>(workers: W[], seconds: number, paced: boolean, once: (w: W) => Promise<{ ms: number; ok: boolean }>): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    workers.map(async (w, i) => {
      if (paced) await new Promise((r) => setTimeout(r, (i / workers.length) * 1000));
      while (performance.now() < until) {
        const t0 = performance.now();
        const r = await once(w);
        latencies.push(r.ms);
        if (!r.ok) errors++;
        if (paced) await new Promise((res) => setTimeout(res, Math.max(0, 1000 - (performance.now() - t0))));
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { count: latencies.length, errors, perSecond: latencies.length / seconds, p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99) };
}

/** In a browser page: sign up as a new person and start "Quick 15-min concepts"; resolves on the live page. */
export async function signUpAndStartInterview(page: Page, base: string, email: string): Promise<void> {
  await page.goto(`${base}/sign-up`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("bench-password-1");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL(/dashboard/);
  await page.goto(`${base}/interviews/new`);
  await page.getByRole("button", { name: /Quick 15-min concepts/ }).click();
  await page.getByRole("button", { name: "Start interview" }).click();
  await page.waitForURL(/interviews\/[0-9a-f-]{36}$/);
}
