/**
 * JavaScript (gzipped) that the live interview page loads, on load and once
 * the editor has been opened, measured from the browser's own request log in
 * headless Chromium against the production build.
 *
 *   npm run build && node --import tsx bench/page-weight.ts      (BENCH_PORT, default 3203)
 */
import fs from "node:fs";
import zlib from "node:zlib";
import { chromium } from "@playwright/test";
import { freshDatabase, signUpAndStartInterview, startServer, stopServer } from "./lib";

const PORT = Number(process.env.BENCH_PORT ?? 3203);
const base = `http://localhost:${PORT}`;

async function main() {
  const url = process.env.DATABASE_URL ?? freshDatabase("mockline_bench_weight");
  const server = await startServer(url, PORT);
  const browser = await chromium.launch({
    executablePath: fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    const page = await browser.newPage();
    await signUpAndStartInterview(page, base, `weight-${Date.now()}@example.test`);
    const liveUrl = page.url();

    // A fresh page with an empty cache: everything the live page needs.
    const fresh = await browser.newContext({ storageState: await page.context().storageState() });
    const p2 = await fresh.newPage();
    const sizes = { js: 0, jsGzip: 0, css: 0, cssGzip: 0, requests: 0 };
    p2.on("response", async (res) => {
      const type = res.request().resourceType();
      if (type !== "script" && type !== "stylesheet") return;
      const body = await res.body().catch(() => null);
      if (!body) return;
      sizes.requests++;
      const gz = zlib.gzipSync(body, { level: 9 }).length;
      if (type === "script") {
        sizes.js += body.length;
        sizes.jsGzip += gz;
      } else {
        sizes.css += body.length;
        sizes.cssGzip += gz;
      }
    });
    await p2.goto(liveUrl, { waitUntil: "networkidle" });
    await p2.getByRole("textbox", { name: /Answer to/ }).waitFor();
    const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
    const report = (when: string) =>
      console.log(`live interview page, ${when}: ${sizes.requests} script/style files; JS ${kb(sizes.js)} raw, ${kb(sizes.jsGzip)} gzipped; CSS ${kb(sizes.css)} raw, ${kb(sizes.cssGzip)} gzipped`);
    report("on load");
    // The editor's code is fetched when a person reaches for the answer box.
    await p2.getByRole("textbox", { name: /Answer to/ }).click();
    await p2.locator(".ProseMirror[contenteditable='true']").waitFor();
    await p2.waitForLoadState("networkidle");
    report("with the editor");
    await fresh.close();
  } finally {
    await browser.close();
    stopServer(server);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
