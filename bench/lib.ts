/** Shared by the benchmarks: a production server on a fresh database, and signed-in users without the sign-in form. */
import { spawn, type ChildProcess } from "node:child_process";
import { execSync } from "node:child_process";
import path from "node:path";
import { encode } from "@auth/core/jwt";
import { randomUUID } from "node:crypto";

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
  const child = spawn(process.execPath, ["scripts/start.mjs"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: SECRET, PORT: String(port), DATABASE_POOL_SIZE: "10" },
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

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx]!;
}

export const fmt = (n: number, d = 1) => n.toFixed(d);
