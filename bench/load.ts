/**
 * Load: simulated people doing the whole flow against one production instance
 * (scripts/start.mjs: one worker per core) on a real PostgreSQL.
 *
 *   npx next build && node --import tsx bench/load.ts        # USERS=200 SECONDS=60 THINK_MS=1000 INSTANCES=1
 *
 * Each person signs in through Auth.js's credentials endpoint (CSRF token,
 * argon2 check, session cookie), then, until the time is up, repeats:
 * book an interview ("Quick 15-min concepts") → start it → read its state →
 * autosave the first answer AUTOSAVES times, a second apart, as a typing person's
 * editor does → submit → finish → open the review page → load the later questions' reviews (the page's server
 * action, as a reader scrolling down calls it) → rate every answer (the rating's answer updates the page in the
 * browser; until 2026-12-06 each rating was followed by the page's RSC refresh, which this flow then sent too).
 * Between steps a person pauses THINK_MS (±50%). Every response must be the
 * expected status; anything else is an error. Latency is per step.
 */
import { hash } from "@node-rs/argon2";
import { openDatabase } from "../db/connection";
import { applyMigrations } from "../db/migrate";
import { seedQuestionBank } from "../db/seed/bank";
import { users } from "../db/schema";
import fs from "node:fs";
import { execSync } from "node:child_process";
import { serverActionIds } from "../tests/e2e/support/surface";
import { fmt, freshDatabase, percentile, startServer, stopServer } from "./lib";

function processTree(root: number): number[] {
  const pids = [root];
  for (let i = 0; i < pids.length; i++) pids.push(...execSync(`pgrep -P ${pids[i]} || true`).toString().trim().split(/\s+/).filter(Boolean).map(Number));
  return pids;
}

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) / 1024 : Number.NaN;
}

const USERS = Number(process.env.USERS ?? 200);
const SECONDS = Number(process.env.SECONDS ?? 60);
const THINK_MS = Number(process.env.THINK_MS ?? 1000);
const AUTOSAVES = Number(process.env.AUTOSAVES ?? 5);
/** 1: send the RSC refresh after each rating, as the rating form did before 2026-12-06 (for a before/after run). */
const REFRESH_AFTER_RATING = process.env.REFRESH_AFTER_RATING === "1";
const PORT = Number(process.env.BENCH_PORT ?? 3205);
/** INSTANCES=2: that many production instances on the same PostgreSQL (ports PORT, PORT+1, …), people split between them. */
const INSTANCES = Math.max(1, Number(process.env.INSTANCES ?? 1));
const baseOf = (instance: number) => `http://127.0.0.1:${PORT + instance}`;
const PASSWORD = "load-test-password-42";

type Step = "sign in" | "book" | "start" | "state" | "autosave" | "submit" | "finish" | "review page" | "review items" | "rate" | "refresh";
const STEPS: Step[] = ["sign in", "book", "start", "state", "autosave", "submit", "finish", "review page", "review items", "rate", "refresh"];
/** The review's action for the questions below the first (the page renders the first; a reader scrolls to the rest). */
const REVIEW_ITEMS_ACTION = serverActionIds().get("app/(app)/interviews/[id]/review/actions.tsx#loadReviewItemsAction");
const timings = new Map<Step, number[]>(STEPS.map((s) => [s, []]));
const errors = new Map<string, number>();
let flows = 0;

class Person {
  cookies = new Map<string, string>();
  constructor(
    readonly email: string,
    readonly base = baseOf(0),
  ) {}

  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  keep(res: Response) {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const eq = pair!.indexOf("=");
      const name = pair!.slice(0, eq);
      const value = pair!.slice(eq + 1);
      if (/expires=Thu, 01 Jan 1970/i.test(c) || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  /** One timed request; a status other than `expect` counts as an error and ends this flow. */
  async call(step: Step, path: string, init: RequestInit & { json?: unknown } = {}, expect = 200): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set("cookie", this.header());
    let body = init.body;
    if (init.json !== undefined) {
      headers.set("content-type", "application/json");
      body = JSON.stringify(init.json);
    }
    const t0 = performance.now();
    let res: Response;
    try {
      res = await fetch(this.base + path, { ...init, headers, body, redirect: "manual" });
      // Read the whole body: the time is to the last byte, as a browser would wait.
      const buf = await res.arrayBuffer();
      res = new Response(res.status === 204 || res.status === 304 ? null : buf, { status: res.status, headers: res.headers });
    } catch (err) {
      count(`${step}: ${(err as Error).message}`);
      throw new FlowError();
    }
    timings.get(step)!.push(performance.now() - t0);
    this.keep(res);
    if (res.status !== expect) {
      count(`${step}: HTTP ${res.status}`);
      throw new FlowError();
    }
    return res;
  }
}

class FlowError extends Error {}

function count(key: string) {
  errors.set(key, (errors.get(key) ?? 0) + 1);
}

const think = () => new Promise((r) => setTimeout(r, THINK_MS * (0.5 + Math.random())));

async function signIn(p: Person) {
  const csrf = await p.call("sign in", "/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const form = new URLSearchParams({ csrfToken, email: p.email, password: PASSWORD, callbackUrl: "/dashboard" });
  await p.call("sign in", "/api/auth/callback/credentials", { method: "POST", body: form, headers: { "content-type": "application/x-www-form-urlencoded" } }, 302);
  if (![...p.cookies.keys()].some((k) => k.endsWith("authjs.session-token"))) {
    count("sign in: no session cookie");
    throw new FlowError();
  }
}

async function flow(p: Person, n: number) {
  const soon = new Date(Date.now() + 10 * 60_000);
  const booked = await p.call(
    "book",
    "/api/schedule",
    { method: "POST", json: { date: soon.toISOString().slice(0, 10), time: soon.toISOString().slice(11, 16), timeZone: "UTC", preset: "quick-concepts" } },
    201,
  );
  const { id } = (await booked.json()) as { id: string };
  await think();
  await p.call("start", `/api/interviews/${id}/start`, { method: "POST" });
  const state = (await (await p.call("state", `/api/interviews/${id}`)).json()) as { items: Array<{ id: string }> };
  const first = state.items[0]!.id;
  for (let rev = 1; rev <= AUTOSAVES; rev++) {
    await new Promise((r) => setTimeout(r, 1000));
    const text = `Answer ${n}.${rev}: idempotency keys let a client retry a POST safely; the server stores the key with the result. `.repeat(rev);
    await p.call("autosave", `/api/interviews/${id}/items/${first}/answer`, {
      method: "PUT",
      json: { revision: rev, doc: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] } },
    });
  }
  await p.call("submit", `/api/interviews/${id}/items/${first}/submit`, { method: "POST" });
  await think();
  await p.call("finish", `/api/interviews/${id}/finish`, { method: "POST" });
  await p.call("review page", `/interviews/${id}/review`);
  // Reading on: the later questions' reviews come from the page's action, in one call, as the reader scrolls down
  // (a build from before the action existed sent every question with the page).
  if (REVIEW_ITEMS_ACTION && state.items.length > 1) {
    const form = new FormData();
    form.append("_1_id", id);
    for (const item of state.items.slice(1)) form.append("_1_itemId", item.id);
    form.append("0", JSON.stringify([{}, "$K1"]));
    const res = await p.call("review items", `/interviews/${id}/review`, {
      method: "POST",
      body: form,
      headers: { "next-action": REVIEW_ITEMS_ACTION, accept: "text/x-component", origin: p.base },
    });
    if (!(await res.text()).includes("Sample answer")) {
      count("review items: no question in the answer");
      throw new FlowError();
    }
  }
  await think();
  for (const item of state.items) {
    await p.call("rate", `/api/interviews/${id}/items/${item.id}/rating`, { method: "POST", json: { rating: 3, keyPointsTicked: [0] } });
    // A build from before 2026-12-06 refreshed the page after each rating (router.refresh, an RSC request; `_rsc` is
    // Next's cache-busting parameter, empty when no router headers are sent): REFRESH_AFTER_RATING=1 measures it so.
    if (REFRESH_AFTER_RATING) await p.call("refresh", `/interviews/${id}/review?_rsc=`, { headers: { rsc: "1" } });
  }
  flows++;
}

async function person(p: Person, until: number, startDelay: number) {
  await new Promise((r) => setTimeout(r, startDelay));
  try {
    await signIn(p);
  } catch {
    return;
  }
  let n = 0;
  while (performance.now() < until) {
    try {
      await flow(p, n++);
    } catch (err) {
      if (!(err instanceof FlowError)) throw err;
      await think();
    }
  }
}

async function main() {
  const url = process.env.DATABASE_URL ?? freshDatabase("mockline_bench_load");
  const handle = await openDatabase({ url, max: 4 });
  await applyMigrations(handle);
  await seedQuestionBank(handle.db);
  const passwordHash = await hash(PASSWORD);
  const people: Person[] = [];
  for (let i = 0; i < USERS; i += 100) {
    const rows = Array.from({ length: Math.min(100, USERS - i) }, (_, j) => ({ email: `load-${i + j}@example.test`, name: `Load ${i + j}`, passwordHash }));
    await handle.db.insert(users).values(rows).onConflictDoNothing();
    people.push(...rows.map((r, j) => new Person(r.email, baseOf((i + j) % INSTANCES))));
  }
  await handle.close();
  // BENCH_EXTERNAL=1: measure a server already running on BENCH_PORT (e.g. one started under a profiler).
  const servers = process.env.BENCH_EXTERNAL ? [] : await Promise.all(Array.from({ length: INSTANCES }, (_, i) => startServer(url, PORT + i)));
  try {
    // Warm every route once, so the first people do not pay for cold caches.
    for (let i = 0; i < INSTANCES; i++) {
      const warm = new Person(people[0]!.email, baseOf(i));
      await signIn(warm);
      await flow(warm, -1).catch(() => {});
    }
    for (const t of timings.values()) t.length = 0;
    errors.clear();
    flows = 0;

    const started = performance.now();
    const until = started + SECONDS * 1000;
    // People arrive over the first 10 seconds, not all in the same millisecond.
    await Promise.all(people.map((p, i) => person(p, until, (i / people.length) * 10_000)));
    const elapsed = (performance.now() - started) / 1000;

    const total = [...timings.values()].reduce((a, t) => a + t.length, 0);
    const errorCount = [...errors.values()].reduce((a, b) => a + b, 0);
    const lines = [
      `${USERS} people, ${SECONDS} s (ran ${fmt(elapsed)} s incl. finishing flows), think ${THINK_MS} ms, ${AUTOSAVES} autosaves/flow, node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
      `requests: ${total} (${fmt(total / elapsed)}/s), complete flows: ${flows} (${fmt((flows / elapsed) * 60)}/min), errors: ${errorCount}`,
      "| step | requests | p50 ms | p95 ms | p99 ms |",
      "|---|---|---|---|---|",
      ...STEPS.map((s) => {
        const t = timings.get(s)!.sort((a, b) => a - b);
        return `| ${s} | ${t.length} | ${fmt(percentile(t, 50))} | ${fmt(percentile(t, 95))} | ${fmt(percentile(t, 99))} |`;
      }),
    ];
    if (errorCount) lines.push(`errors: ${JSON.stringify(Object.fromEntries(errors))}`);
    // Memory after the load, per process of each instance (its primary and the workers it forked).
    for (const [i, server] of servers.entries()) {
      const rss = processTree(server.pid!).map((pid) => `${pid}: ${fmt(rssMb(pid), 0)} MB`);
      lines.push(`instance ${i + 1} RSS after the load: ${rss.join(", ")}`);
    }
    console.log(lines.join("\n"));
  } finally {
    for (const server of servers) stopServer(server);
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
