// The whole test suite: types, unit and integration tests (Vitest), then
// end-to-end tests (Playwright in Chromium) against the production build.
// With DATABASE_URL (or TEST_DATABASE_URL) set, everything runs on that
// PostgreSQL; without, on the embedded PGlite.
import fs from "node:fs";
import { ROOT, ensureBuilt, run } from "./lib.mjs";

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
run("npx", ["--no-install", "vitest", "run"]);
ensureBuilt();
run("npx", ["--no-install", "playwright", "test"], { env: { ...process.env, CHROMIUM_PATH: browser.startsWith("/usr/bin") ? browser : "" } });
console.log(`\n[mockline] all tests passed on ${db ? "PostgreSQL" : "PGlite"} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
void ROOT;
