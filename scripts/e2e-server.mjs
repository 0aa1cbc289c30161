// The server the end-to-end tests drive: the production build on a fresh
// embedded database (or on DATABASE_URL when set), with a throwaway secret.
import fs from "node:fs";
import path from "node:path";
import { ROOT, prepareDatabase, startChild } from "./lib.mjs";

const env = {
  ...process.env,
  AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-secret-not-for-production-0123456789",
  AUTH_TRUST_HOST: "true",
  // Each test signs in from its own forwarded address, so per-address limits do not leak between tests.
  TRUST_PROXY: "1",
  NEXT_TELEMETRY_DISABLED: "1",
};
if (!env.DATABASE_URL) {
  const dir = path.join(ROOT, ".data", "e2e");
  fs.rmSync(dir, { recursive: true, force: true });
  env.MOCKLINE_DATA_DIR = dir;
}
prepareDatabase(env);
startChild("npx", ["--no-install", "next", "start", "-p", process.env.E2E_PORT ?? "3100"], env);
