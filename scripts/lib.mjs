// Shared by the demo, start and test scripts: secrets, builds and child processes.
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { copyExcalidrawAssets } from "./copy-excalidraw-assets.mjs";

export const ROOT = path.resolve(import.meta.dirname, "..");

export function dataDir(env = process.env) {
  const dir = env.MOCKLINE_DATA_DIR?.trim() || ".data";
  return path.resolve(ROOT, dir);
}

/** AUTH_SECRET from the environment, else one generated once and kept in the data folder. */
export function ensureAuthSecret(env = process.env) {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  const dir = dataDir(env);
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "auth-secret");
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  return fs.readFileSync(file, "utf8").trim();
}

const SOURCE_DIRS = ["app", "lib", "db", "components", "public"];
const SOURCE_FILES = ["next.config.ts", "package.json", "proxy.ts", "package-lock.json"];

function newestMtime(p) {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = 0;
  for (const name of fs.readdirSync(p)) max = Math.max(max, newestMtime(path.join(p, name)));
  return max;
}

/** True when .next is missing or older than any source file. */
export function buildIsStale() {
  const marker = path.join(ROOT, ".next", "BUILD_ID");
  if (!fs.existsSync(marker)) return true;
  const built = fs.statSync(marker).mtimeMs;
  const newest = Math.max(
    ...SOURCE_DIRS.map((d) => newestMtime(path.join(ROOT, d))),
    ...SOURCE_FILES.map((f) => newestMtime(path.join(ROOT, f))),
  );
  return newest > built;
}

export function run(cmd, args, opts = {}) {
  const res = spawnSync(cmd, args, { cwd: ROOT, stdio: "inherit", ...opts });
  if (res.status !== 0) {
    console.error(`[mockline] ${cmd} ${args.join(" ")} failed (exit ${res.status ?? res.signal})`);
    process.exit(res.status ?? 1);
  }
}

export function ensureBuilt(env = process.env) {
  copyExcalidrawAssets(ROOT);
  if (!buildIsStale()) {
    console.log("[mockline] production build is up to date");
    return;
  }
  console.log("[mockline] building the app (about a minute the first time)…");
  run("npx", ["--no-install", "next", "build"], { env: { ...env, NEXT_TELEMETRY_DISABLED: "1" } });
}

/** Migrate and seed in a process of its own, so the server is the folder's only holder afterwards. */
export function prepareDatabase(env = process.env) {
  // Every way of serving the app passes here, so the canvas fonts are always in place.
  copyExcalidrawAssets(ROOT);
  run(process.execPath, ["--import", "tsx", "db/setup.ts"], { env });
}

export function startChild(cmd, args, env) {
  const child = spawn(cmd, args, { cwd: ROOT, stdio: "inherit", env });
  const forward = (sig) => child.kill(sig);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  return child;
}
