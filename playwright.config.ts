import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end tests drive the production build in Chromium. Debian's Chromium
 * (/usr/bin/chromium) is used where it is installed; elsewhere Playwright's own
 * browser (`npx playwright install chromium`).
 */
const systemChromium = process.env.CHROMIUM_PATH ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const PORT = Number(process.env.E2E_PORT ?? 3100);
export const BASE_URL = `http://localhost:${PORT}`;
/** Where the e2e server sends mail; tests/e2e/account.spec.ts listens there with a real SMTP server. */
export const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2526);

/** How every spec launches Chromium; a spec that needs more (a fake microphone) extends these for itself. */
export const LAUNCH_OPTIONS = {
  executablePath: systemChromium,
  args: systemChromium
    ? ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"]
    : [],
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: LAUNCH_OPTIONS,
  },
  webServer: {
    command: "node scripts/e2e-server.mjs",
    url: `${BASE_URL}/api/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    // The server logs every request (JSON); they are kept in .data/e2e-server-<port>.log.
    stdout: "ignore",
    stderr: "pipe",
    env: { E2E_PORT: String(PORT), E2E_SMTP_PORT: String(SMTP_PORT) },
  },
});
