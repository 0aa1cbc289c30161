// How many worker processes the production server (scripts/serve.mjs) runs.
import os from "node:os";

/** The embedded PGlite allows one process; PostgreSQL gets WEB_CONCURRENCY, else one per core (at most 4). */
export function workerCount(env = process.env, cores = os.availableParallelism()) {
  if (!env.DATABASE_URL) return 1;
  const asked = Number(env.WEB_CONCURRENCY);
  if (Number.isInteger(asked) && asked > 0) return asked;
  // One per core, at most 4 by default: each worker opens its own pool (DATABASE_POOL_SIZE, 10), and a
  // many-core host must not exhaust PostgreSQL's 100 default connections by starting.
  return Math.min(4, Math.max(1, cores));
}
