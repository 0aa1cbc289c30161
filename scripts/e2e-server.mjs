// The server the end-to-end tests drive: the production build on a fresh
// embedded database (or on DATABASE_URL when set), with a throwaway secret.
import fs from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import { ROOT, prepareDatabase } from "./lib.mjs";

const env = {
  ...process.env,
  AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-secret-not-for-production-0123456789",
  AUTH_TRUST_HOST: "true",
  // Each test signs in from its own forwarded address, so per-address limits do not leak between tests.
  TRUST_PROXY: "1",
  NEXT_TELEMETRY_DISABLED: "1",
  // Mail goes to the SMTP listener that tests/e2e/account.spec.ts starts on this port (nothing listens otherwise).
  SMTP_URL: process.env.SMTP_URL ?? `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT ?? "2526"}`,
  MAIL_FROM: process.env.MAIL_FROM ?? "Mockline <no-reply@mockline.test>",
};
if (!env.DATABASE_URL) {
  const dir = path.join(ROOT, ".data", "e2e");
  fs.rmSync(dir, { recursive: true, force: true });
  env.MOCKLINE_DATA_DIR = dir;
}
prepareDatabase(env);
// The server's log is also kept in a file, so a test can check what is (and is never) logged.
const logFile = path.join(ROOT, ".data", `e2e-server-${process.env.E2E_PORT ?? "3100"}.log`);
fs.mkdirSync(path.dirname(logFile), { recursive: true });
const log = fs.createWriteStream(logFile, { flags: "w" });
const child = spawn(process.execPath, ["scripts/serve.mjs"], { cwd: ROOT, env: { ...env, PORT: process.env.E2E_PORT ?? "3100" }, stdio: ["ignore", "pipe", "pipe"] });
for (const [from, to] of [[child.stdout, process.stdout], [child.stderr, process.stderr]]) {
  from.on("data", (chunk) => {
    to.write(chunk);
    log.write(chunk);
  });
}
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code, signal) => log.end(() => process.exit(code ?? (signal ? 1 : 0))));
