/**
 * Lighthouse (12.2.3, Debian's Chromium) on the landing page, the dashboard,
 * a live interview page and a review page of the production build on a fresh
 * PostgreSQL database.
 *
 *   npx next build && node --import tsx bench/lighthouse.ts     # RUNS=3 (median per page); PAGES=review,landing for some
 *
 * Lighthouse is fetched by npx on first use (it is a benchmark tool, not a
 * dependency of the app). Signed-in pages get the session cookie of a person
 * who signed in through Auth.js's credentials endpoint; the interview and the
 * review are created through the app's own API.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { hash } from "@node-rs/argon2";
import { openDatabase } from "../db/connection";
import { applyMigrations } from "../db/migrate";
import { seedQuestionBank } from "../db/seed/bank";
import { users } from "../db/schema";
import { freshDatabase, startServer, stopServer } from "./lib";

const PORT = Number(process.env.BENCH_PORT ?? 3206);
const BASE = `http://localhost:${PORT}`;
const RUNS = Number(process.env.RUNS ?? 3);
const CHROME = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const CATEGORIES = ["performance", "accessibility", "best-practices"] as const;

let cookie = "";

async function call(pathname: string, init: RequestInit & { json?: unknown } = {}, expect = 200): Promise<Response> {
  const headers = new Headers(init.headers);
  if (cookie) headers.set("cookie", cookie);
  if (init.json !== undefined) headers.set("content-type", "application/json");
  const res = await fetch(BASE + pathname, { ...init, headers, body: init.json !== undefined ? JSON.stringify(init.json) : init.body, redirect: "manual" });
  if (res.status !== expect) throw new Error(`${pathname}: HTTP ${res.status} ${await res.text()}`);
  const set = res.headers.getSetCookie().map((c) => c.split(";")[0]!);
  if (set.length) cookie = [...cookie.split("; ").filter(Boolean), ...set].join("; ");
  return res;
}

async function interview(): Promise<{ id: string; items: Array<{ id: string }> }> {
  const soon = new Date(Date.now() + 10 * 60_000);
  const booked = await call(
    "/api/schedule",
    { method: "POST", json: { date: soon.toISOString().slice(0, 10), time: soon.toISOString().slice(11, 16), timeZone: "UTC", preset: "quick-concepts" } },
    201,
  );
  const { id } = (await booked.json()) as { id: string };
  await call(`/api/interviews/${id}/start`, { method: "POST" });
  return (await (await call(`/api/interviews/${id}`)).json()) as { id: string; items: Array<{ id: string }> };
}

function lighthouse(url: string, headers: Record<string, string>): Record<string, number> {
  const out = path.join(os.tmpdir(), `mockline-lh-${process.pid}.json`);
  execFileSync(
    "npx",
    [
      "--yes",
      "lighthouse@12.2.3",
      url,
      "--quiet",
      "--output=json",
      `--output-path=${out}`,
      `--only-categories=${CATEGORIES.join(",")}`,
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
      `--extra-headers=${JSON.stringify(headers)}`,
    ],
    { env: { ...process.env, CHROME_PATH: CHROME }, stdio: ["ignore", "ignore", "inherit"] },
  );
  const report = JSON.parse(fs.readFileSync(out, "utf8")) as { categories: Record<string, { score: number }> };
  // LH_REPORT_DIR keeps each whole report, to see which audits cost points.
  if (process.env.LH_REPORT_DIR) {
    fs.mkdirSync(process.env.LH_REPORT_DIR, { recursive: true });
    fs.copyFileSync(out, path.join(process.env.LH_REPORT_DIR, `${new URL(url).pathname.replaceAll("/", "_") || "_"}-${Date.now()}.json`));
  }
  fs.rmSync(out, { force: true });
  return Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(report.categories[c]!.score * 100)]));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const url = process.env.DATABASE_URL ?? freshDatabase("mockline_bench_lighthouse");
  const handle = await openDatabase({ url, max: 2 });
  await applyMigrations(handle);
  await seedQuestionBank(handle.db);
  const password = "lighthouse-password-42";
  await handle.db.insert(users).values({ email: "lighthouse@example.test", name: "Lighthouse", passwordHash: await hash(password) }).onConflictDoNothing();
  await handle.close();

  const server = await startServer(url, PORT);
  try {
    const csrf = (await (await call("/api/auth/csrf")).json()) as { csrfToken: string };
    await call(
      "/api/auth/callback/credentials",
      { method: "POST", body: new URLSearchParams({ ...csrf, email: "lighthouse@example.test", password, callbackUrl: "/dashboard" }), headers: { "content-type": "application/x-www-form-urlencoded" } },
      302,
    );
    const reviewed = await interview();
    await call(`/api/interviews/${reviewed.id}/items/${reviewed.items[0]!.id}/answer`, {
      method: "PUT",
      json: { revision: 1, doc: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Retries are safe when the method is idempotent." }] }] } },
    });
    await call(`/api/interviews/${reviewed.id}/finish`, { method: "POST" });
    const live = await interview();
    const session = cookie.split("; ").find((c) => c.includes("authjs.session-token="))!;

    const pages: Array<[string, string, Record<string, string>]> = [
      ["landing", "/", {}],
      ["dashboard", "/dashboard", { cookie: session }],
      ["live interview", `/interviews/${live.id}`, { cookie: session }],
      ["review", `/interviews/${reviewed.id}/review`, { cookie: session }],
    ];
    const rows: string[] = ["| page | performance | accessibility | best practices |", "|---|---|---|---|"];
    // PAGES=review,landing measures only those.
    const only = process.env.PAGES?.split(",").map((p) => p.trim());
    for (const [name, pathname, headers] of pages.filter(([name]) => !only || only.includes(name))) {
      const runs = Array.from({ length: RUNS }, () => lighthouse(BASE + pathname, headers));
      const cell = (c: (typeof CATEGORIES)[number]) => `${median(runs.map((r) => r[c]!))} (${runs.map((r) => r[c]).join(", ")})`;
      rows.push(`| ${name} | ${cell("performance")} | ${cell("accessibility")} | ${cell("best-practices")} |`);
      console.error(`[lighthouse] ${name} done`);
    }
    console.log(`Lighthouse 12.2.3, ${CHROME}, median of ${RUNS} (each run in brackets), ${new Date().toISOString().slice(0, 10)}`);
    console.log(rows.join("\n"));
  } finally {
    stopServer(server);
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
