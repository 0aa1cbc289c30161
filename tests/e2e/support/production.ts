/**
 * For the tests that run their own production servers (crash safety, several
 * instances): start `node scripts/start.mjs` in a process group of its own,
 * kill that whole group, and give each test a fresh database that is removed
 * afterwards. Everything a test does goes over HTTP, as a browser would.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";

export const ROOT = path.resolve(import.meta.dirname, "..", "..", "..");
export const TEST_SECRET = "own-server-test-secret-not-for-production-42";

export interface Server {
  port: number;
  url: string;
  child: ChildProcess;
  /** Everything the server printed, for a failure message. */
  output: () => string;
  /** Milliseconds from spawn to a healthy /api/health. */
  startMs: number;
}

/** Where the servers keep their data: a fresh PostgreSQL database, or a fresh PGlite folder. */
export interface TestDatabase {
  kind: "postgres" | "pglite";
  env: Record<string, string | undefined>;
  /** postgres:// URL of the fresh database (PostgreSQL only). */
  url?: string;
  drop: () => Promise<void>;
}

/** The suite's database: PostgreSQL when DATABASE_URL is set, PGlite otherwise. */
export function suiteUsesPostgres(): boolean {
  return Boolean(process.env.DATABASE_URL?.trim());
}

/** A fresh database of the suite's kind: a new database on the suite's PostgreSQL server, or a temporary PGlite folder. */
export async function freshDatabase(label: string): Promise<TestDatabase> {
  const suiteUrl = process.env.DATABASE_URL?.trim();
  if (!suiteUrl) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `mockline-${label}-`));
    return {
      kind: "pglite",
      env: { DATABASE_URL: undefined, MOCKLINE_DATA_DIR: dir },
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `mockline_${label}_${process.pid}_${Date.now().toString(36)}`.replace(/[^a-z0-9_]/g, "_");
  const admin = new URL(suiteUrl);
  admin.pathname = "/postgres";
  const sql = postgres(admin.toString(), { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(`create database "${name}"`);
  } finally {
    await sql.end({ timeout: 5 });
  }
  const url = new URL(suiteUrl);
  url.pathname = `/${name}`;
  return {
    kind: "postgres",
    url: url.toString(),
    env: { DATABASE_URL: url.toString(), MOCKLINE_DATA_DIR: undefined },
    drop: async () => {
      const s = postgres(admin.toString(), { max: 1, onnotice: () => {} });
      try {
        await s.unsafe(`drop database if exists "${name}" with (force)`);
      } finally {
        await s.end({ timeout: 5 });
      }
    },
  };
}

// Servers still running if the test process itself is stopped (Ctrl-C, a timeout): killed on the way out.
const running = new Set<Server>();
process.once("exit", () => {
  for (const server of running) killGroup(server, "SIGKILL");
});

/** Start the production server (`node scripts/start.mjs`: database setup, then `next start`) and wait until it is healthy. */
export async function startServer(port: number, db: TestDatabase, extraEnv: Record<string, string> = {}): Promise<Server> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    AUTH_SECRET: TEST_SECRET,
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
    ...db.env,
    ...extraEnv,
  };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  // A server already on the port would answer the health checks below in this one's place.
  const busy = await fetch(`http://localhost:${port}/api/health`, { signal: AbortSignal.timeout(2_000) }).then(
    () => true,
    () => false,
  );
  if (busy) throw new Error(`port ${port} is already in use; stop what runs there first`);
  const started = Date.now();
  // detached: the server gets a process group of its own (node → npx → next-server), so one signal reaches all of it.
  const child = spawn(process.execPath, ["scripts/start.mjs"], { cwd: ROOT, env: env as NodeJS.ProcessEnv, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  const keep = (b: Buffer) => {
    log = (log + b.toString()).slice(-20_000);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const server: Server = { port, url: `http://localhost:${port}`, child, output: () => log, startMs: 0 };
  running.add(server);
  const until = Date.now() + 150_000;
  while (Date.now() < until) {
    if (child.exitCode !== null || child.signalCode !== null) {
      killGroup(server, "SIGKILL");
      await waitGroupGone(server, 5_000).catch(() => {});
      throw new Error(`server on ${port} exited while starting:\n${log}`);
    }
    try {
      const res = await fetch(`${server.url}/api/health`, { signal: AbortSignal.timeout(5_000) });
      if (res.ok) {
        server.startMs = Date.now() - started;
        return server;
      }
    } catch {}
    await sleep(250);
  }
  killGroup(server, "SIGKILL");
  await waitGroupGone(server, 5_000).catch(() => {});
  throw new Error(`server on ${port} did not become healthy:\n${log}`);
}

/** The processes of a server's group, as "pid command" lines. */
export function groupProcesses(server: Server): string[] {
  const pgid = server.child.pid!;
  const res = spawnSync("ps", ["-eo", "pid=,pgid=,args="], { encoding: "utf8" });
  return res.stdout
    .split("\n")
    .map((l) => l.trim().split(/\s+/))
    .filter((f) => Number(f[1]) === pgid)
    .map((f) => `${f[0]} ${f.slice(2).join(" ").slice(0, 80)}`);
}

/** Signal every process of the server's group (no-op when it is already gone). */
export function killGroup(server: Server, signal: NodeJS.Signals): void {
  try {
    process.kill(-server.child.pid!, signal);
  } catch {}
}

/** Wait until no process of the group is left; throws if one survives. */
export async function waitGroupGone(server: Server, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      process.kill(-server.child.pid!, 0);
    } catch {
      // Gone: forget it, so its group id (which the system may reuse) is never signalled again.
      running.delete(server);
      return;
    }
    await sleep(100);
  }
  throw new Error(`processes of the server on ${server.port} survived: ${groupProcesses(server).join("; ")}`);
}

/** Stop a server politely, then make sure nothing of it is left. */
export async function stopServer(server: Server | undefined): Promise<void> {
  if (!server) return;
  killGroup(server, "SIGTERM");
  try {
    await waitGroupGone(server, 10_000);
  } catch {
    killGroup(server, "SIGKILL");
    await waitGroupGone(server, 5_000).catch(() => {});
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Run tasks with at most `limit` at a time (sign-ups hash passwords; the machine has two cores). */
export async function inBatches<T, R>(items: T[], limit: number, fn: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]!, i);
      }
    }),
  );
  return out;
}
