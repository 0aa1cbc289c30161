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
  const client = new PGlite(dir, { relaxedDurability: false });
  await client.waitReady;
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  return { db, driver: "pglite", close: () => client.close() };
}

/** Rows of a raw `db.execute(sql)` call, whichever driver ran it. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
