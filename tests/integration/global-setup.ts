import { dbConfigFromEnv, openDatabase } from "@/db/connection";
import { applyMigrations } from "@/db/migrate";
import { seedQuestionBank } from "@/db/seed/bank";

/**
 * On PostgreSQL, migrate and seed once before any file runs (files share the
 * database and keep apart by creating their own users). On PGlite each file
 * gets its own in-memory database, prepared in setup.ts.
 */
export default async function globalSetup() {
  const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!url) return;
  const handle = await openDatabase({ ...dbConfigFromEnv({ DATABASE_URL: url }), max: 2 });
  try {
    await applyMigrations(handle);
    await seedQuestionBank(handle.db);
  } finally {
    await handle.close();
  }
}
