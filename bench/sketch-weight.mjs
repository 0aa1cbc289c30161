// What a canvas costs: the gzipped JS and CSS a design-question interview page
// loads on top of a text-only one, and the time from navigation to a drawable
// canvas (median of 5) beside the time to a ready editor on the text-only page (clicked as soon as its box shows).
// Runs the production build on a fresh embedded database, in headless Chromium.
//
//   npx next build && node bench/sketch-weight.mjs      (BENCH_PORT, default 3190)
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { chromium } from "@playwright/test";

const ROOT = path.resolve(import.meta.dirname, "..");
const PORT = Number(process.env.BENCH_PORT ?? 3190);
const BASE = `http://localhost:${PORT}`;
const RUNS = 5;
const chromiumPath = process.env.CHROMIUM_PATH ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

async function waitForServer(child) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error("the server exited");
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error("the server did not start");
}

async function startInterview(page, kindLabel) {
  await page.goto(`${BASE}/interviews/new`);
  const types = page.getByRole("group", { name: "Question types" });
  for (const kind of ["Concept", "Coding", "System design"]) await types.getByRole("checkbox", { name: kind, exact: true }).setChecked(kind === kindLabel);
  await page.getByLabel("Number of questions").fill("1");
  await page.getByRole("radio", { name: /Untimed/ }).check();
  await page.getByRole("button", { name: "Start interview" }).click();
  await page.waitForURL(/\/interviews\/[0-9a-f-]{36}$/);
  return page.url();
}

/** Every script and stylesheet a page loads, gzipped here so the figure does not depend on the server's compression. */
async function loadAndWeigh(context, url, readySelector, reach) {
  const page = await context.newPage();
  const assets = new Map();
  page.on("response", async (r) => {
    const type = r.request().resourceType();
    if (type !== "script" && type !== "stylesheet") return;
    const body = await r.body().catch(() => null);
    if (body) assets.set(r.url(), { type, gz: zlib.gzipSync(body).length });
  });
  const t0 = Date.now();
  await page.goto(url);
  // The answer box's editor loads when a person reaches for it: click as soon as the box is there.
  if (reach) await page.locator(reach).first().click({ timeout: 60_000 });
  await page.locator(readySelector).first().waitFor({ state: "visible", timeout: 60_000 });
  const ms = Date.now() - t0;
  await page.waitForLoadState("networkidle");
  await page.close();
  return { ms, assets };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;

async function newUserWithInterview(browser, kindLabel) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  const id = Math.random().toString(36).slice(2, 10);
  await page.goto(`${BASE}/sign-up`);
  await page.getByLabel("Email").fill(`bench-${id}@example.test`);
  await page.getByLabel("Password").fill(`bench-${id}-password`);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL(/\/dashboard/);
  const url = await startInterview(page, kindLabel);
  const state = await ctx.storageState();
  await ctx.close();
  return { url, state };
}

const env = { ...process.env, E2E_PORT: String(PORT) };
delete env.DATABASE_URL;
// e2e-server.mjs serves the production build on a fresh embedded database in .data/e2e.
const server = spawn(process.execPath, ["scripts/e2e-server.mjs"], { cwd: ROOT, env, stdio: ["ignore", "ignore", "inherit"], detached: true });
try {
  await waitForServer(server);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: chromiumPath ? ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] : [],
  });
  // Two people, so each has one untimed interview: a concept question (text only) and a design question (text and canvas).
  const pages = {
    text: { ...(await newUserWithInterview(browser, "Concept")), ready: ".ProseMirror[contenteditable='true']", reach: "[role=textbox][aria-label^='Answer to']" },
    canvas: { ...(await newUserWithInterview(browser, "System design")), ready: ".sketch-canvas canvas.interactive" },
  };
  const times = { text: [], canvas: [] };
  const assets = {};
  // One warm-up each (the server compiles nothing, but its caches fill), then alternate runs.
  for (let i = 0; i <= RUNS; i++) {
    for (const kind of ["text", "canvas"]) {
      // A fresh context per run: a cold browser cache against a warm server.
      const ctx = await browser.newContext({ storageState: pages[kind].state });
      const r = await loadAndWeigh(ctx, pages[kind].url, pages[kind].ready, pages[kind].reach);
      await ctx.close();
      if (i === 0) continue;
      times[kind].push(r.ms);
      assets[kind] = r.assets;
    }
  }
  await browser.close();

  const sum = (m, type, skip = new Set()) => [...m].filter(([u, a]) => a.type === type && !skip.has(u)).reduce((n, [, a]) => n + a.gz, 0);
  const textUrls = new Set(assets.text.keys());
  const extraJs = sum(assets.canvas, "script", textUrls);
  const extraCss = sum(assets.canvas, "stylesheet", textUrls);
  const out = {
    when: new Date().toISOString(),
    chromium: chromiumPath ?? "playwright",
    textPage: { js: sum(assets.text, "script"), css: sum(assets.text, "stylesheet"), readyMs: times.text, medianMs: median(times.text) },
    canvasPage: { js: sum(assets.canvas, "script"), css: sum(assets.canvas, "stylesheet"), readyMs: times.canvas, medianMs: median(times.canvas) },
    canvasExtra: { js: extraJs, css: extraCss },
  };
  console.log(JSON.stringify(out, null, 2));
  console.log(`\ncanvas page loads on top of a text-only interview page: JS ${kb(extraJs)} gz, CSS ${kb(extraCss)} gz`);
  console.log(`navigation → ready (median of ${RUNS}): text-only editor ${out.textPage.medianMs} ms; drawable canvas ${out.canvasPage.medianMs} ms`);
} finally {
  try {
    process.kill(-server.pid, "SIGTERM");
  } catch {}
}
