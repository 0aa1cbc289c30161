import "server-only";
import { dbConfigFromEnv, openDatabase, type Database, type DbHandle } from "./connection";

/**
 * The app's one database client, opened lazily and cached on globalThis so
 * hot reloads and route bundles share it. PGlite has no lock between
 * processes, so exactly one process (the server) may hold its folder.
 */
const g = globalThis as unknown as { __mocklineDb?: Promise<DbHandle> };

export function getHandle(): Promise<DbHandle> {
  g.__mocklineDb ??= openDatabase(dbConfigFromEnv()).catch((err) => {
    g.__mocklineDb = undefined;
    throw err;
  });
  return g.__mocklineDb;
}

export async function getDb(): Promise<Database> {
  return (await getHandle()).db;
}
