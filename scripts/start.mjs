// Production start: refuse to run without AUTH_SECRET, prepare the database, then serve.
import { prepareDatabase, startChild } from "./lib.mjs";

if (!process.env.AUTH_SECRET) {
  console.error("[mockline] AUTH_SECRET is not set. Generate one with `openssl rand -base64 32` and set it; `npm run demo` makes one for you.");
  process.exit(1);
}
const env = { ...process.env, AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true", NEXT_TELEMETRY_DISABLED: "1" };
prepareDatabase(env);
const port = process.env.PORT ?? "3000";
// Node flags given to this script reach the server too (`node --cpu-prof scripts/start.mjs` profiles each worker).
startChild(process.execPath, [...process.execArgv, "scripts/serve.mjs"], { ...env, PORT: port });
