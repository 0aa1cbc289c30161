/**
 * Page throughput against the framework's own floor: every signed-in page at the same concurrency as the
 * landing page, in one run on one production instance (PostgreSQL), with each page's ratio to the landing page
 * and the HTML it sends (the inline RSC payload included).
 *
 *   npx next build && node --conditions=react-server --import tsx bench/pages.ts
 *   # SECONDS=8 CONNECTIONS=16 BENCH_PORT=3207 PAGES=dashboard,review-3 DUMP=.data/pages (each page's HTML kept there)
 *   # WARMUP_SECONDS=3: each page is first loaded that long, unmeasured (0: not)
 *   # PROFILE=1 with SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=.data/prof": the chosen pages alone, no landing runs,
 *   #   so the profiles hold nothing else
 *
 * "review of 3: the later questions" is the server action the review calls for a question below the fold (the review of 3's
 * last one, a design question), so a whole read of a review is the page plus one such call per later question.
 *
 * One person with a history (30 rated interviews, a live one, reviews of 3 and 10 questions, a booking) is made
 * through the app's own queries; then autocannon hits each page in turn, the landing page first and last (its
 * two runs are averaged: the spread between them shows how noisy the machine was). Only 127.0.0.1 is contacted.
 * (--conditions=react-server lets the `server-only` query modules load outside Next.)
 */
import fs from "node:fs";
import autocannon from "autocannon";
import { serverActionIds } from "../tests/e2e/support/surface";
import { fmt, freshDatabase, serverCpuMs, sessionCookie, startServer, stopServer } from "./lib";

const SECONDS = Number(process.env.SECONDS ?? 8);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 16);
const PORT = Number(process.env.BENCH_PORT ?? 3207);
const BASE = `http://localhost:${PORT}`;
const ONLY = process.env.PAGES?.split(",");
const DUMP = process.env.DUMP;
const PROFILE = process.env.PROFILE === "1";
/** Seconds each measured page is loaded, unmeasured, before the first measurement (0 turns it off). */
const WARMUP_SECONDS = Number(process.env.WARMUP_SECONDS ?? 3);

async function makeHistory(url: string) {
  process.env.DATABASE_URL = url;
  process.env.DATABASE_POOL_SIZE = "4";
  const { getHandle, getDb } = await import("../db/client");
  const { applyMigrations } = await import("../db/migrate");
  const { seedQuestionBank } = await import("../db/seed/bank");
  const { createInterview, listDrawCandidates, getInterviewWithItemsForUser } = await import("../db/queries/interviews");
  const { finishInterviewForUser } = await import("../db/queries/interview-transitions");
  const { saveAnswerForUser } = await import("../db/queries/answers");
  const { rateItemForUser } = await import("../db/queries/ratings");
  const { scheduleInterview } = await import("../server/interviews/schedule-interview");
  const { users, questions } = await import("../db/schema");
  const { EVERY_QUESTION } = await import("../lib/interview/config");
  const { markdownToDoc } = await import("../lib/rich-text/markdown");
  const { eq } = await import("drizzle-orm");
  const handle = await getHandle();
  await applyMigrations(handle);
  await seedQuestionBank(handle.db);
  const db = await getDb();
  const [u] = await db.insert(users).values({ email: "pages@bench.test", name: "Page bench", timeZone: "Europe/Paris" }).returning();
  const userId = u!.id;
  const bank = await listDrawCandidates();
  const concept = bank.filter((q) => q.kind === "concept").map((q) => q.id);
  const design = bank.filter((q) => q.kind === "design").map((q) => q.id);
  const answer = markdownToDoc(
    "Idempotency means a retry has the same effect as the first call: PUT and DELETE are idempotent, POST is not unless the client sends an idempotency key that the server stores with the result.\n\n- cache-aside with a TTL\n- a write-through cache for hot keys",
  );
  const start = new Date(Date.now() - 40 * 24 * 3600_000);
  const interview = async (ids: string[], at: Date, rate: boolean) => {
    const iv = await createInterview({ userId, title: `Bench ${ids.length}`, config: { ...EVERY_QUESTION, count: ids.length }, seed: 1, questionIds: ids, now: at });
    const loaded = (await getInterviewWithItemsForUser({ userId, interviewId: iv.id, now: at }))!;
    for (const it of loaded.items) await saveAnswerForUser({ userId, interviewId: iv.id, itemId: it.id, revision: 1, doc: answer, text: "idempotency", now: at });
    await finishInterviewForUser({ userId, interviewId: iv.id, now: new Date(at.getTime() + 20 * 60_000) });
    if (rate)
      for (const [i, it] of loaded.items.entries())
        await rateItemForUser({ userId, interviewId: iv.id, itemId: it.id, rating: ((i % 4) + 1) as 1 | 2 | 3 | 4, keyPointsTicked: [0], now: new Date(at.getTime() + 30 * 60_000) });
    return iv.id;
  };
  for (let i = 0; i < 30; i++) await interview([concept[(i * 3) % concept.length]!, concept[(i * 3 + 1) % concept.length]!, design[i % design.length]!], new Date(start.getTime() + i * 24 * 3600_000), true);
  const review3 = await interview([concept[1]!, concept[2]!, design[0]!], new Date(Date.now() - 3600_000), false);
  const review10 = await interview([...concept.slice(10, 18), design[1]!, design[2]!], new Date(Date.now() - 3600_000), false);
  const live = await createInterview({ userId, title: "Live", config: { ...EVERY_QUESTION, count: 3, totalMinutes: 600 }, seed: 2, questionIds: [concept[5]!, concept[6]!, design[3]!], now: new Date() });
  const tomorrow = new Date(Date.now() + 24 * 3600_000).toISOString().slice(0, 10);
  await scheduleInterview({ userId, request: { date: tomorrow, time: "09:00", timeZone: "Europe/Paris", preset: "mixed-45" }, now: new Date() });
  const [q] = await db.select({ slug: questions.slug }).from(questions).where(eq(questions.slug, "url-shortener"));
  // The review of 3's later questions (a concept and a design question): what the review fetches when the person
  // scrolls down.
  const laterOf3 = (await getInterviewWithItemsForUser({ userId, interviewId: review3, now: new Date() }))!.items.slice(1).map((it) => it.id);
  await handle.close();
  return { userId, email: u!.email, review3, review10, laterOf3, live: live.id, question: q!.slug };
}

let serverPid = 0;

/** One page under load: its throughput, and the server's CPU per request (its workers' time over the run). */
/** A POST instead of a GET: a server action, called as Next's client calls it. */
interface Post {
  body: string;
  headers: Record<string, string>;
}

async function hit(path: string, cookie: string | null, duration = SECONDS, post?: Post): Promise<{ rps: number; p95: number; errors: number; cpuMs: number }> {
  const cpu0 = serverCpuMs(serverPid);
  const r = await cannon(path, cookie, duration, post);
  return { ...r, cpuMs: (serverCpuMs(serverPid) - cpu0) / Math.max(1, r.total) };
}

function cannon(path: string, cookie: string | null, duration: number, post?: Post): Promise<{ rps: number; p95: number; errors: number; total: number }> {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: `${BASE}${path}`,
        connections: CONNECTIONS,
        duration,
        headers: { ...(cookie ? { cookie } : {}), ...post?.headers },
        timeout: 20,
        ...(post ? { method: "POST" as const, body: post.body } : {}),
      },
      (err, r) => {
        if (err) return reject(err);
        const bad = r.non2xx + r.errors + r.timeouts;
        resolve({ rps: r.requests.average, p95: r.latency.p97_5 ?? r.latency.p99, errors: bad, total: r.requests.total });
      },
    );
  });
}

async function main() {
  const url = freshDatabase("mockline_bench_pages");
  const data = await makeHistory(url);
  const cookie = await sessionCookie(data.userId, data.email);
  const server = await startServer(url, PORT);
  serverPid = server.pid!;
  // The review's action for a question below the fold, in React's reply encoding (its form, then the root "0").
  const boundary = "----mocklinebench";
  const part = (name: string, value: string) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const reviewItem: Post = {
    body: `${part("_1_id", data.review3)}${data.laterOf3.map((id) => part("_1_itemId", id)).join("")}${part("0", JSON.stringify([{}, "$K1"]))}--${boundary}--\r\n`,
    headers: {
      "content-type": `multipart/form-data; boundary=${boundary}`,
      "next-action": serverActionIds().get("app/(app)/interviews/[id]/review/actions.tsx#loadReviewItemsAction")!,
      accept: "text/x-component",
      origin: BASE,
    },
  };
  const pages: [string, string, Post?][] = [
    ["dashboard", "/dashboard"],
    ["new interview", "/interviews/new"],
    ["live interview", `/interviews/${data.live}`],
    ["review-3", `/interviews/${data.review3}/review`],
    ["review-10", `/interviews/${data.review10}/review`],
    // (A build from before the action existed has no id for it: the row is left out.)
    ...(reviewItem.headers["next-action"] ? [["review of 3: the later questions", `/interviews/${data.review3}/review`, reviewItem] as [string, string, Post]] : []),
    ["history", "/history"],
    ["topics", "/topics"],
    ["schedule", "/schedule"],
    ["question bank", "/questions"],
    ["question page", `/questions/${data.question}`],
    ["settings", "/settings"],
  ];
  try {
    const size = async (path: string, c: string | null, post?: Post) => {
      const res = await fetch(`${BASE}${path}`, { headers: { ...(c ? { cookie: c } : {}), ...post?.headers }, redirect: "manual", ...(post ? { method: "POST", body: post.body } : {}) });
      const body = await res.text();
      if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
      if (post && !body.includes("Sample answer")) throw new Error(`${path}: the action sent no question: ${body.slice(0, 200)}`);
      if (DUMP) {
        fs.mkdirSync(DUMP, { recursive: true });
        fs.writeFileSync(`${DUMP}/${(path.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "") || "landing").slice(0, 60)}${post ? "-action" : ""}.html`, body);
      }
      return Buffer.byteLength(body);
    };
    // Warm every route (compilation caches, the pool) before anything is measured.
    for (const [, p, post] of pages) for (let i = 0; i < 5; i++) await size(p, cookie, post);
    if (!PROFILE) for (let i = 0; i < 20; i++) await size("/", null);
    // A discarded run under load first: the landing page's first measured run used to be the server's warm-up
    // (121 against 257 req/s in its last run), which made every ratio look worse than it is.
    if (!PROFILE) await hit("/", null, Math.max(3, SECONDS / 2));
    // Then every page under load for a moment, discarded too: the first page measured used to meet code that the
    // JIT had not yet optimised (the same page measured twice in a row differed by up to ~1.4×), so the order of
    // the list weighed on its figures.
    if (WARMUP_SECONDS > 0) for (const [name, path, post] of pages) if (!ONLY || ONLY.includes(name)) await cannon(path, cookie, WARMUP_SECONDS, post);
    const none = { rps: Number.NaN, p95: 0, errors: 0, cpuMs: Number.NaN };
    const landingA = PROFILE ? none : await hit("/", null);
    const rows: { page: string; rps: number; p95: number; errors: number; cpuMs: number; kb: number }[] = [];
    for (const [name, path, post] of pages) {
      if (ONLY && !ONLY.includes(name)) continue;
      const r = await hit(path, cookie, SECONDS, post);
      rows.push({ page: name, ...r, kb: (await size(path, cookie, post)) / 1024 });
    }
    const landingB = PROFILE ? none : await hit("/", null);
    const landing = (landingA.rps + landingB.rps) / 2;
    const landingCpu = (landingA.cpuMs + landingB.cpuMs) / 2;
    console.log(
      `\n${CONNECTIONS} connections, ${SECONDS} s a page; landing page ${fmt(landingA.rps, 0)} and ${fmt(landingB.rps, 0)} req/s (first and last run), ` +
        `${fmt(landingA.cpuMs, 2)} and ${fmt(landingB.cpuMs, 2)} ms of server CPU a request, ${fmt((await size("/", null)) / 1024)} KB of HTML\n`,
    );
    // Two ratios: throughput (what the target names; it moves with whatever else the machine runs) and the
    // server's CPU per request, landing over page (steadier: the load generator's own CPU is not in it).
    console.log("| page | req/s | ratio to landing | CPU ms a request | CPU ratio | p97.5 ms | errors | HTML KB |");
    console.log("|---|---|---|---|---|---|---|---|");
    for (const r of rows)
      console.log(`| ${r.page} | ${fmt(r.rps, 0)} | ${fmt(r.rps / landing, 2)} | ${fmt(r.cpuMs, 2)} | ${fmt(landingCpu / r.cpuMs, 2)} | ${fmt(r.p95, 0)} | ${r.errors} | ${fmt(r.kb)} |`);
  } finally {
    stopServer(server);
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
