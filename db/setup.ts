/**
 * Prepare a database before the server serves: apply migrations, then seed
 * the built-in question bank (idempotent). Run as its own process, before
 * `next start` / `next dev`, because PGlite's folder may have one holder only.
 */
import { dbConfigFromEnv, openDatabase } from "./connection";
import { applyMigrations } from "./migrate";
import { seedQuestionBank } from "./seed/bank";

async function main() {
  const started = Date.now();
  const config = dbConfigFromEnv();
  const handle = await openDatabase(config);
  try {
    await applyMigrations(handle);
    const { upserted } = await seedQuestionBank(handle.db);
    const where = config.url ? "PostgreSQL" : `PGlite at ${config.dataDir}`;
    console.log(`[mockline] database ready (${where}): migrations applied, ${upserted} built-in questions seeded in ${Date.now() - started} ms`);
  } finally {
    await handle.close();
  }
}

main().catch((err) => {
  console.error("[mockline] database setup failed:", err instanceof Error ? err.message : err);
  process.exit(1);
});
