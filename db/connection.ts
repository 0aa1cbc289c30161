import fs from "node:fs";
import path from "node:path";
import { drizzle as drizzlePg } from "drizzle-orm/postgres-js";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "./schema";

/**
 * Opening a database: postgres.js when a URL is given, PGlite (embedded
 * Postgres in WASM, persisted in a folder, or in memory) otherwise. Kept free
 * of `server-only` so scripts and tests can open their own connections.
 */

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DbConfig {
  /** postgres:// URL; when absent the embedded database is used. */
  url?: string;
  /** PGlite data folder, or "memory://" for a throwaway database. */
  dataDir?: string;
  /** Connection pool size for postgres.js. */
  max?: number;
}

export interface DbHandle {
  db: Database;
  driver: "postgres" | "pglite";
  close: () => Promise<void>;
}

export const DEFAULT_DATA_DIR = ".data";

export function dbConfigFromEnv(env: Record<string, string | undefined> = process.env): DbConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) return { url, max: env.DATABASE_POOL_SIZE ? Number(env.DATABASE_POOL_SIZE) : undefined };
  return { dataDir: pgliteDir(env) };
}

/** Where PGlite keeps its files: MOCKLINE_DATA_DIR, else `.data/pglite`. */
export function pgliteDir(env: Record<string, string | undefined> = process.env): string {
  const base = env.MOCKLINE_DATA_DIR?.trim() || DEFAULT_DATA_DIR;
  if (base.startsWith("memory://")) return base;
  return path.resolve(base, "pglite");
}

export async function openDatabase(config: DbConfig): Promise<DbHandle> {
  if (config.url) {
    const { default: postgres } = await import("postgres");
    const client = postgres(config.url, { max: config.max ?? 10, onnotice: () => {} });
    const db = drizzlePg(client, { schema }) as unknown as Database;
    return { db, driver: "postgres", close: () => client.end({ timeout: 5 }) };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const dir = config.dataDir ?? pgliteDir();
  if (!dir.startsWith("memory://")) fs.mkdirSync(path.dirname(dir), { recursive: true });
  // Durability, checked against PGlite 0.5's source: every commit's WAL is
  // written to the folder (plain write() calls) before the query returns, so
  // an acknowledged save survives the process being killed. PGlite runs
  // Postgres with fsync off and its Node file system has no fsync, so a crash
  // of the whole machine or a power loss can lose recent commits or damage
  // the folder: use PostgreSQL where that matters (see the README).
  // relaxedDurability stays off so no query returns before its write is handed over.
  const release = dir.startsWith("memory://") ? () => {} : claimDataDir(dir);
  try {
    const client = new PGlite(dir, { relaxedDurability: false });
    await client.waitReady;
    const db = drizzlePglite(client, { schema }) as unknown as Database;
    return {
      db,
      driver: "pglite",
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}

/** Thrown when another live process holds the embedded database's folder. */
export class DataDirInUseError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(
      `The embedded database in ${dir} is in use by process ${pid} (a running Mockline server, most likely). ` +
        "PGlite allows one process at a time: stop that server first, or use PostgreSQL (DATABASE_URL).",
    );
    this.name = "DataDirInUseError";
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists, under another user.
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * PGlite has no lock between processes (two holders both "work" while one
 * loses writes), so the process that opens a folder leaves its pid beside it,
 * in `<folder>.holder`, and another process refuses to open it while that pid
 * lives. A holder that died (a crash, SIGKILL) leaves a stale file, taken over.
 */
export function claimDataDir(dir: string): () => void {
  const file = `${dir}.holder`;
  try {
    const held = JSON.parse(fs.readFileSync(file, "utf8")) as { pid?: unknown };
    if (typeof held.pid === "number" && held.pid !== process.pid && alive(held.pid)) throw new DataDirInUseError(dir, held.pid);
  } catch (err) {
    if (err instanceof DataDirInUseError) throw err;
    // No file, or not one we can read: nobody holds the folder.
  }
  fs.writeFileSync(file, JSON.stringify({ pid: process.pid, since: new Date().toISOString() }));
  return () => {
    try {
      const held = JSON.parse(fs.readFileSync(file, "utf8")) as { pid?: unknown };
      if (held.pid === process.pid) fs.rmSync(file, { force: true });
    } catch {
      // already gone
    }
  };
}

/** Rows of a raw `db.execute(sql)` call, whichever driver ran it. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
