/**
 * SQL statements per request, read from PostgreSQL's own log: each page of bench/pages.ts (run that first: this
 * uses the database it leaves, `mockline_bench_pages`, and its person) and the interview-state route.
 *
 *   node --conditions=react-server --import tsx bench/statements.ts     # PG_LOG=/var/log/postgresql/postgresql-15-main.log
 *
 * It turns `log_statement = 'all'` on for that database alone (and off again after), warms each path, then counts
 * the statements the server logs for five requests. Only 127.0.0.1 is contacted. SHOW=1 prints one request's.
 */
import fs from "node:fs";
import postgres from "postgres";
import { sessionCookie, startServer, stopServer } from "./lib";

const URL = "postgres://postgres@127.0.0.1:5432/mockline_bench_pages";
const LOG = process.env.PG_LOG ?? "/var/log/postgresql/postgresql-15-main.log";
const PORT = Number(process.env.BENCH_PORT ?? 3210);
const N = 5;

async function main() {
  const sql = postgres(URL, { max: 1, onnotice: () => {} });
  const [u] = await sql`select id, email from users where email = 'pages@bench.test'`;
  if (!u) throw new Error("run bench/pages.ts first: its database has no bench person");
  const ivs = await sql`select i.id, i.status, count(ii.id)::int as n from interviews i join interview_items ii on ii.interview_id = i.id
    where i.user_id = ${u.id} group by i.id, i.created_at order by i.created_at desc limit 4`;
  const live = ivs.find((r) => r.status === "active")!.id;
  const review3 = ivs.find((r) => r.status === "review" && r.n === 3)!.id;
  const review10 = ivs.find((r) => r.status === "review" && r.n === 10)!.id;
  await sql.unsafe(`alter database mockline_bench_pages set log_statement = 'all'`);
  await sql.end();
  const cookie = await sessionCookie(u.id, u.email);
  const server = await startServer(URL, PORT);
  const paths: [string, string][] = [
    ["dashboard", "/dashboard"],
    ["new interview", "/interviews/new"],
    ["live interview", `/interviews/${live}`],
    ["review of 3", `/interviews/${review3}/review`],
    ["review of 10", `/interviews/${review10}/review`],
    ["history", "/history"],
    ["topics", "/topics"],
    ["schedule", "/schedule"],
    ["question bank", "/questions"],
    ["question page", "/questions/url-shortener"],
    ["settings", "/settings"],
    ["GET /api/interviews/:id (state)", `/api/interviews/${live}`],
  ];
  try {
    console.log("| request | SQL statements |\n|---|---|");
    for (const [name, path] of paths) {
      const get = async () => {
        const res = await fetch(`http://localhost:${PORT}${path}`, { headers: { cookie }, redirect: "manual" });
        await res.text();
        if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
      };
      for (let i = 0; i < 3; i++) await get();
      await new Promise((r) => setTimeout(r, 300));
      const from = fs.statSync(LOG).size;
      for (let i = 0; i < N; i++) await get();
      await new Promise((r) => setTimeout(r, 500));
      const buf = Buffer.alloc(fs.statSync(LOG).size - from);
      const fd = fs.openSync(LOG, "r");
      fs.readSync(fd, buf, 0, buf.length, from);
      fs.closeSync(fd);
      const lines = buf.toString().split("\n").filter((l) => /LOG: {2}(statement|execute)/.test(l));
      console.log(`| ${name} | ${lines.length / N} |`);
      if (process.env.SHOW) for (const l of lines.slice(0, lines.length / N)) console.log(`    ${l.replace(/^.*?LOG: {2}/, "").slice(0, 150)}`);
    }
  } finally {
    stopServer(server);
    const again = postgres(URL, { max: 1, onnotice: () => {} });
    await again.unsafe(`alter database mockline_bench_pages reset log_statement`);
    await again.end();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
