// One command for a fresh clone: embedded database, seeded bank, production build, served.
import { ensureAuthSecret, ensureBuilt, prepareDatabase, startChild } from "./lib.mjs";

const port = process.env.PORT ?? "3000";
const env = {
  ...process.env,
  AUTH_SECRET: ensureAuthSecret(),
  AUTH_TRUST_HOST: "true",
  NEXT_TELEMETRY_DISABLED: "1",
};
if (!env.DATABASE_URL) console.log("[mockline] using the embedded database (PGlite) in .data/ — set DATABASE_URL to use PostgreSQL");
ensureBuilt(env);
prepareDatabase(env);
const child = startChild(process.execPath, ["scripts/serve.mjs"], { ...env, PORT: port });
// Wait until the server answers, then say where to go.
const url = `http://localhost:${port}`;
const started = Date.now();
const poll = async () => {
  try {
    const res = await fetch(`${url}/api/health`);
    if (res.ok) {
      console.log(`\n  Mockline is ready: open ${url}  (${((Date.now() - started) / 1000).toFixed(1)} s to first answer)\n`);
      return;
    }
  } catch {}
  if (child.exitCode === null) setTimeout(poll, 300);
};
poll();
