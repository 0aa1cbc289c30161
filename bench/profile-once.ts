// Quick sequential latency probe of the autosave route (not a benchmark): node --import tsx bench/profile-once.ts
import http from "node:http";
import { openDatabase } from "../db/connection";
import { interviewItems, interviews, questions, users } from "../db/schema";
import { sessionCookie, startServer, stopServer } from "./lib";

const url = "postgres://postgres@127.0.0.1:5432/mockline_bench_autosave";
const handle = await openDatabase({ url, max: 2 });
const [item] = await handle.db.select({ id: interviewItems.id, interviewId: interviewItems.interviewId, userId: interviews.userId, email: users.email, rev: interviewItems.answerRevision }).from(interviewItems).innerJoin(interviews, (await import("drizzle-orm")).eq(interviews.id, interviewItems.interviewId)).innerJoin(users, (await import("drizzle-orm")).eq(users.id, interviews.userId)).limit(1);
await handle.close();
void questions;
const server = await startServer(url, 3202);
const cookie = await sessionCookie(item!.userId, item!.email);
const agent = new http.Agent({ keepAlive: true });
let rev = item!.rev + 1;
const times: number[] = [];
for (let i = 0; i < 60; i++) {
  const body = JSON.stringify({ revision: rev++, doc: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "hello" }] }] } });
  const t0 = performance.now();
  await new Promise<void>((resolve) => {
    const req = http.request({ host: "127.0.0.1", port: 3202, method: "PUT", path: `/api/interviews/${item!.interviewId}/items/${item!.id}/answer`, agent, headers: { cookie, "content-type": "application/json" } }, (res) => { res.resume(); res.on("end", () => resolve()); });
    req.end(body);
  });
  times.push(performance.now() - t0);
}
const t2: number[] = [];
for (let i = 0; i < 30; i++) { const t0 = performance.now(); await fetch("http://127.0.0.1:3202/api/time"); t2.push(performance.now() - t0); }
console.log("answer PUT ms (last 40):", times.slice(20).map((t) => t.toFixed(1)).join(" "));
console.log("GET /api/time ms:", t2.slice(10).map((t) => t.toFixed(1)).join(" "));
stopServer(server);
process.exit(0);
