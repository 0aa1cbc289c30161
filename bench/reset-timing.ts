/**
 * "Forgot password?" must answer alike, in about the same time, whether or not
 * an account uses the email (issue 18). This serves the production build on a
 * fresh PostgreSQL database with a real SMTP listener, then posts the reset
 * request action as a browser does, alternating emails that have an account
 * and emails that do not (each email once: the per-email limit is 3 in 15 min).
 *
 *   npx next build && node --import tsx bench/reset-timing.ts
 */
import { randomUUID } from "node:crypto";
import { SMTPServer } from "smtp-server";
import { openDatabase } from "../db/connection";
import { users } from "../db/schema";
import { serverActionIds } from "../tests/e2e/support/surface";
import { fmt, freshDatabase, percentile, startServer, stopServer } from "./lib";

const PORT = Number(process.env.BENCH_PORT ?? 3195);
const SMTP_PORT = Number(process.env.BENCH_SMTP_PORT ?? 2595);
const RUNS = Number(process.env.RUNS ?? 60);

async function main() {
  let mails = 0;
  const smtp = new SMTPServer({ disabledCommands: ["STARTTLS", "AUTH"], authOptional: true, logger: false, onData: (s, _x, cb) => { s.resume(); s.on("end", () => { mails++; cb(); }); } });
  await new Promise<void>((r) => smtp.listen(SMTP_PORT, "127.0.0.1", () => r()));
  process.env.SMTP_URL = `smtp://127.0.0.1:${SMTP_PORT}`;
  process.env.MAIL_FROM = "Mockline <bench@mockline.test>";
  const url = freshDatabase("mockline_bench_reset");
  const server = await startServer(url, PORT);
  try {
    const handle = await openDatabase({ url, max: 2 });
    const known = await handle.db
      .insert(users)
      .values(Array.from({ length: RUNS }, (_, i) => ({ email: `reset-bench-${i}-${randomUUID().slice(0, 6)}@example.test` })))
      .returning({ email: users.email });
    await handle.close();
    const id = serverActionIds().get("app/(auth)/forgot-password/actions.ts#requestPasswordResetAction")!;
    const post = async (email: string) => {
      const form = new FormData();
      form.append("_1_email", email);
      form.append("0", JSON.stringify([{}, "$K1"]));
      const t = performance.now();
      const res = await fetch(`http://localhost:${PORT}/forgot-password`, { method: "POST", headers: { "Next-Action": id, Accept: "text/x-component", Origin: `http://localhost:${PORT}` }, body: form });
      const body = await res.text();
      const ms = performance.now() - t;
      const answer = /If an account uses that email/.test(body) ? "same answer" : `other: ${res.status} ${body.slice(0, 120)}`;
      return { ms, answer };
    };
    for (let i = 0; i < 5; i++) await post(`warmup-${i}-${randomUUID()}@example.test`);
    const times = { account: [] as number[], none: [] as number[] };
    const answers = new Set<string>();
    for (let i = 0; i < RUNS; i++) {
      const a = await post(known[i]!.email);
      const b = await post(`nobody-${i}-${randomUUID().slice(0, 8)}@example.test`);
      times.account.push(a.ms);
      times.none.push(b.ms);
      answers.add(a.answer).add(b.answer);
    }
    await new Promise((r) => setTimeout(r, 3000));
    console.log(`reset request, ${RUNS} emails of each kind, alternating (PostgreSQL, production server on :${PORT})`);
    for (const [kind, list] of Object.entries(times)) {
      const s = [...list].sort((x, y) => x - y);
      console.log(`${kind.padEnd(8)} p50 ${fmt(percentile(s, 50))} ms  p90 ${fmt(percentile(s, 90))} ms  mean ${fmt(list.reduce((x, y) => x + y, 0) / list.length)} ms`);
    }
    console.log(`answers: ${[...answers].join(" | ")}; mails received: ${mails} (expected ${RUNS})`);
  } finally {
    stopServer(server);
    smtp.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
