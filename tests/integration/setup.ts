import { afterAll, beforeAll } from "vitest";

// Point the app's database client at the test database before anything opens it.
const url = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
if (url) {
  process.env.DATABASE_URL = url;
  process.env.DATABASE_POOL_SIZE = "5";
} else {
  delete process.env.DATABASE_URL;
  process.env.MOCKLINE_DATA_DIR = "memory://";
}

beforeAll(async () => {
  const { getHandle } = await import("@/db/client");
  const handle = await getHandle();
  if (handle.driver === "pglite") {
    const { applyMigrations } = await import("@/db/migrate");
    const { seedQuestionBank } = await import("@/db/seed/bank");
    await applyMigrations(handle);
    await seedQuestionBank(handle.db);
  }
});

afterAll(async () => {
  const g = globalThis as unknown as { __mocklineDb?: Promise<{ close: () => Promise<void> }> };
  const handle = await g.__mocklineDb;
  g.__mocklineDb = undefined;
  await handle?.close();
});
