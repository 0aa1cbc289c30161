/**
 * Two production instances on one PostgreSQL database, with the same
 * AUTH_SECRET, as behind a load balancer: a session made on one works on the
 * other, an interview's clock and answers agree on both, and the sign-in rate
 * limit counts failures from both. PGlite is single-process by design (one
 * holder of its folder), so on a PGlite run this is skipped and says why.
 */
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { CLIENT_SIGN_IN_LIMIT, SIGN_IN_LIMIT } from "../../lib/auth/rate-limit";
import { clockError, interviewPageState, signIn, signUp, startInterview, type Person } from "./support/http-client";
import { freshDatabase, startServer, stopServer, suiteUsesPostgres, type Server, type TestDatabase } from "./support/production";

const PORT_A = 3321;
const PORT_B = 3322;
const SKIP_REASON = "two instances need PostgreSQL: PGlite allows one process per data folder (run with DATABASE_URL to include this test)";

const doc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
const firstText = (d: unknown) => (d as { content?: Array<{ content?: Array<{ text?: string }> }> })?.content?.[0]?.content?.[0]?.text;

async function putAnswer(base: string, person: Person, interviewId: string, itemId: string, revision: number, text: string) {
  const res = await fetch(`${base}/api/interviews/${interviewId}/items/${itemId}/answer`, {
    method: "PUT",
    headers: { "content-type": "application/json", cookie: person.jar.header() },
    body: JSON.stringify({ revision, doc: doc(text) }),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as { revision: number; stale: boolean };
}

test.describe("two instances on one PostgreSQL", () => {
  test("sessions, clocks, answers and the sign-in limit are shared", async () => {
    if (!suiteUsesPostgres()) console.log(`[two-instances] skipped: ${SKIP_REASON}`);
    test.skip(!suiteUsesPostgres(), SKIP_REASON);
    test.setTimeout(180_000);
    const t0 = Date.now();
    let db: TestDatabase | undefined;
    let a: Server | undefined;
    let b: Server | undefined;
    try {
      db = await freshDatabase("multi");
      // Both start at once on an empty database: their migrations and seeds must not collide.
      const started = await Promise.allSettled([startServer(PORT_A, db, { TRUST_PROXY: "1" }), startServer(PORT_B, db, { TRUST_PROXY: "1" })]);
      a = started[0].status === "fulfilled" ? started[0].value : undefined;
      b = started[1].status === "fulfilled" ? started[1].value : undefined;
      for (const s of started) if (s.status === "rejected") throw s.reason;
      const A = a!.url;
      const B = b!.url;

      // Signed up on A; the same session cookie works on B.
      const id = randomUUID().slice(0, 8);
      const person = await signUp(A, `multi-${id}@example.test`, `pw-${id}-secret`, { "x-forwarded-for": "10.77.0.1" });
      const iv = await startInterview(A, person);
      const dashboard = await fetch(`${B}/dashboard`, { headers: { cookie: person.jar.header() }, redirect: "manual" });
      expect(dashboard.status, "B's dashboard with A's session").toBe(200);
      expect(await dashboard.text(), "the interview started on A is on B's dashboard").toContain(`/interviews/${iv.id}`);

      // The clock agrees: the same stored deadline on both, and each counts down from a "now" taken while
      // its request was in flight, so both show deadline − now (within a second, however slow either was).
      const onA = await interviewPageState(A, person, iv.id);
      const onB = await interviewPageState(B, person, iv.id);
      expect(onA.deadlineAt).toBe(new Date(new Date(iv.startedAt).getTime() + 15 * 60_000).toISOString());
      expect(onB.deadlineAt).toBe(onA.deadlineAt);
      expect(clockError(onA), "time left on A").toBeLessThanOrEqual(1_000);
      expect(clockError(onB), "time left on B").toBeLessThanOrEqual(1_000);

      // An answer saved on A at revision 5 is what B shows; a stale revision sent to B changes nothing.
      const itemId = onA.items[0]!.id;
      expect((await putAnswer(A, person, iv.id, itemId, 5, "saved on A at revision 5")).stale).toBe(false);
      const seenOnB = (await interviewPageState(B, person, iv.id)).items.find((it) => it.id === itemId)!;
      expect(seenOnB.answerRevision).toBe(5);
      expect(firstText(seenOnB.answerDoc)).toBe("saved on A at revision 5");
      expect(await putAnswer(B, person, iv.id, itemId, 3, "stale, sent to B at revision 3")).toEqual({ revision: 5, stale: true, savedAt: expect.any(String) });
      const afterStale = (await interviewPageState(A, person, iv.id)).items.find((it) => it.id === itemId)!;
      expect(afterStale.answerRevision).toBe(5);
      expect(firstText(afterStale.answerDoc)).toBe("saved on A at revision 5");

      // Signing in again, on B, with the password set on A.
      expect((await signIn(B, person.email, person.password, { "x-forwarded-for": "10.77.0.2" })).outcome).toBe("signed-in");

      // The sign-in limits are shared. Per (account, client): wrong passwords alternate between A and B,
      // from one address, and the limit answers at the same attempt as on one instance...
      const outcomes: string[] = [];
      for (let i = 0; i < SIGN_IN_LIMIT.max + 2; i++) {
        const r = await signIn(i % 2 === 0 ? A : B, person.email, "wrong-password", { "x-forwarded-for": "10.78.0.1" });
        outcomes.push(r.outcome);
      }
      const expected = (max: number) => [...Array(max).fill("wrong"), "rate-limited", "rate-limited"];
      expect(outcomes, "per-(account, client) limit across A and B").toEqual(expected(SIGN_IN_LIMIT.max));
      // ...while the owner, from another address, still gets in.
      expect((await signIn(A, person.email, person.password, { "x-forwarded-for": "10.78.0.2" })).outcome).toBe("signed-in");
      // Per address (TRUST_PROXY=1 and X-Forwarded-For set): a different account on each attempt, one address.
      const byAddress: string[] = [];
      for (let i = 0; i < CLIENT_SIGN_IN_LIMIT.max + 2; i++) {
        const r = await signIn(i % 2 === 0 ? B : A, `nobody-${id}-${i}@example.test`, "whatever-password", { "x-forwarded-for": "10.79.0.1" });
        byAddress.push(r.outcome);
      }
      expect(byAddress, "per-address limit across A and B").toEqual(expected(CLIENT_SIGN_IN_LIMIT.max));
      console.log(
        `[two-instances] postgres: A started in ${(a!.startMs / 1000).toFixed(1)} s and B in ${(b!.startMs / 1000).toFixed(1)} s (together, one database); ` +
          `session, deadline, answers shared; limit hit at attempt ${SIGN_IN_LIMIT.max + 1} per (account, client) and ${CLIENT_SIGN_IN_LIMIT.max + 1} per address across both; ` +
          `test ${((Date.now() - t0) / 1000).toFixed(1)} s`,
      );
    } finally {
      await Promise.all([stopServer(a), stopServer(b)]);
      await db?.drop();
    }
  });
});
