// The whole test suite: types, unit and integration tests (Vitest), then
// end-to-end tests (Playwright in Chromium) against the production build.
// With DATABASE_URL (or TEST_DATABASE_URL) set, everything runs on that
// PostgreSQL; without, on the embedded PGlite.
import fs from "node:fs";
import postgres from "postgres";
import { ROOT, ensureBuilt, run } from "./lib.mjs";

/**
 * On PostgreSQL, the integration tests get a scratch database of their own on the
 * same server, so the rows they write (questions without key points, people,
 * interviews) never meet the end-to-end tests' app. Without the right to create
 * databases, they share the given one.
 */
async function withScratchDatabase(url, suffix, fn) {
  const base = new URL(url);
  const name = `${decodeURIComponent(base.pathname.slice(1)) || "mockline"}_${suffix}`.slice(0, 63);
  const adminUrl = new URL(url);
  adminUrl.pathname = "/postgres";
  const admin = postgres(adminUrl.toString(), { max: 1, onnotice: () => {} });
  const drop = () => admin.unsafe(`drop database if exists "${name}" with (force)`);
  try {
    await drop();
    await admin.unsafe(`create database "${name}"`);
  } catch (err) {
    console.log(`[mockline] could not create a scratch database (${err.message}); integration tests share ${base.pathname.slice(1)}`);
    await admin.end();
    return fn(url);
  }
  const scratch = new URL(url);
  scratch.pathname = `/${name}`;
  try {
    return fn(scratch.toString());
  } finally {
    await drop().catch(() => {});
    await admin.end();
  }
}

function findBrowser() {
  if (process.env.CHROMIUM_PATH && fs.existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  if (fs.existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  return null;
}

async function playwrightBrowser() {
  try {
    const { chromium } = await import("@playwright/test");
    const p = chromium.executablePath();
    return p && fs.existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

const started = Date.now();
const db = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
if (process.env.TEST_DATABASE_URL) process.env.DATABASE_URL = process.env.TEST_DATABASE_URL;
console.log(`\n[mockline] test suite on ${db ? "PostgreSQL" : "PGlite (embedded)"}\n`);

const browser = findBrowser() ?? (await playwrightBrowser());
if (!browser) {
  console.error(
    "[mockline] No Chromium found for the end-to-end tests.\n" +
      "  On Debian/Ubuntu: sudo apt-get install -y chromium   (used from /usr/bin/chromium)\n" +
      "  Elsewhere:        npx playwright install chromium\n" +
      "  Or point CHROMIUM_PATH at a Chromium or Chrome binary.",
  );
  process.exit(1);
}

run("npx", ["--no-install", "tsc", "--noEmit", "-p", "."]);
if (db) {
  await withScratchDatabase(db, "integration", (url) =>
    run("npx", ["--no-install", "vitest", "run"], { env: { ...process.env, DATABASE_URL: url, TEST_DATABASE_URL: url } }),
  );
} else {
  run("npx", ["--no-install", "vitest", "run"]);
}
ensureBuilt();
run("npx", ["--no-install", "playwright", "test"], { env: { ...process.env, CHROMIUM_PATH: browser.startsWith("/usr/bin") ? browser : "" } });
console.log(`\n[mockline] all tests passed on ${db ? "PostgreSQL" : "PGlite"} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
void ROOT;
