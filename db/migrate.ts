import path from "node:path";
import { migrate as migratePg } from "drizzle-orm/postgres-js/migrator";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import type { DbHandle } from "./connection";

export const MIGRATIONS_FOLDER = path.resolve(import.meta.dirname ?? __dirname, "migrations");

/** Apply the committed migrations with the migrator of the handle's driver. */
export async function applyMigrations(handle: DbHandle): Promise<void> {
  const config = { migrationsFolder: MIGRATIONS_FOLDER };
  if (handle.driver === "postgres") await migratePg(handle.db as unknown as PostgresJsDatabase, config);
  else await migratePglite(handle.db as unknown as PgliteDatabase, config);
}
