/**
 * Prepare a database before the server serves: apply migrations, then seed
 * the built-in question bank (idempotent). Run as its own process, before
 * `next start` / `next dev`, because PGlite's folder may have one holder only.
 *
 * On PostgreSQL several instances may start at once: the migrator has no lock
 * of its own (two would both try to create its table and apply the same
 * migration), so the whole setup runs under one advisory lock, on a single
 * connection because the lock belongs to the session that took it.
 */

// Any fixed 64-bit number; it only has to be the same in every instance.
const SETUP_LOCK_KEY = 7_246_001_517;
import { sql } from "drizzle-orm";
import { dbConfigFromEnv, openDatabase } from "./connection";
import { applyMigrations } from "./migrate";
import { seedQuestionBank } from "./seed/bank";

async function main() {
  const started = Date.now();
  const config = dbConfigFromEnv();
  const handle = await openDatabase({ ...config, max: 1 });
  try {
    if (handle.driver === "postgres") await handle.db.execute(sql`select pg_advisory_lock(${sql.raw(String(SETUP_LOCK_KEY))})`);
    await applyMigrations(handle);
    const { upserted } = await seedQuestionBank(handle.db);
    const where = config.url ? "PostgreSQL" : `PGlite at ${config.dataDir}`;
    console.log(`[mockline] database ready (${where}): migrations applied, ${upserted} built-in questions seeded in ${Date.now() - started} ms`);
  } finally {
    // Closing the connection releases the lock too; unlocking first lets a waiting instance go on at once.
    if (handle.driver === "postgres") await handle.db.execute(sql`select pg_advisory_unlock(${sql.raw(String(SETUP_LOCK_KEY))})`).catch(() => {});
    await handle.close();
  }
}

main().catch((err) => {
  console.error("[mockline] database setup failed:", err instanceof Error ? err.message : err);
  process.exit(1);
});
