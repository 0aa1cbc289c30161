import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { countQuestions, getQuestionBySlug, listQuestions } from "@/db/queries/questions";
import { createUserWithPassword, listSignInFailuresSince, pruneSignInFailures, recordSignInFailure } from "@/db/queries/users";
import { questions, signInFailures } from "@/db/schema";
import { builtInQuestions, seedQuestionBank } from "@/db/seed/bank";
import { WRONG_CREDENTIALS_MESSAGE, accountBucket, checkCredentials, checkSignInLimit, pairBucket } from "@/server/auth/sign-in";
import { hashPassword } from "@/server/auth/password";
import { LEVELS, KINDS, TOPIC_SLUGS } from "@/lib/taxonomy";
import { createTestUser, dbKind } from "./helpers";

/** A viewer with no questions of their own: they see the built-in bank. */
const NOBODY = "no-such-user";

describe(`question bank on ${dbKind()}`, () => {
  it("holds every built-in question, across every level, kind and topic", async () => {
    expect(await countQuestions({ userId: NOBODY })).toBeGreaterThanOrEqual(builtInQuestions().length);
    expect(builtInQuestions().length).toBeGreaterThanOrEqual(60);
    for (const level of LEVELS) {
      for (const kind of KINDS) expect(await countQuestions({ userId: NOBODY, filters: { levels: [level], kinds: [kind] } })).toBeGreaterThan(0);
    }
    for (const topic of TOPIC_SLUGS) expect(await countQuestions({ userId: NOBODY, filters: { topics: [topic] } })).toBeGreaterThanOrEqual(3);
  });

  it("re-seeding keeps ids and updates content, and leaves authored questions alone", async () => {
    const db = await getDb();
    const author = await createTestUser("Author");
    const first = builtInQuestions()[0]!;
    const before = await getQuestionBySlug({ userId: NOBODY, slug: first.slug });
    await db.update(questions).set({ title: "Edited by hand" }).where(eq(questions.slug, first.slug));
    await db
      .insert(questions)
      .values({
        slug: "my-own-question-x",
        title: "Mine",
        prompt: { type: "doc", content: [] },
        promptText: "",
        level: "beginner",
        kind: "concept",
        topics: ["apis"],
        suggestedMinutes: 5,
        sampleAnswer: { type: "doc", content: [] },
        sampleAnswerText: "",
        keyPoints: [],
        ownerId: author.id,
      })
      .onConflictDoNothing();
    await seedQuestionBank(db);
    await seedQuestionBank(db);
    const after = await getQuestionBySlug({ userId: NOBODY, slug: first.slug });
    expect(after?.id).toBe(before?.id);
    expect(after?.title).toBe(first.title);
    expect((await getQuestionBySlug({ userId: author.id, slug: "my-own-question-x" }))?.title).toBe("Mine");
    const [dupes] = await db.execute(sql`select count(*)::int as n from questions group by owner_id, slug having count(*) > 1`).then((r) =>
      Array.isArray(r) ? r : (r as { rows: unknown[] }).rows,
    );
    expect(dupes).toBeUndefined();
  });

  it("filters by level, kind, topic and text, treating wildcards literally", async () => {
    const advancedDesign = await listQuestions({ userId: NOBODY, filters: { levels: ["advanced"], kinds: ["design"] } });
    expect(advancedDesign.length).toBeGreaterThan(0);
    expect(advancedDesign.every((q) => q.level === "advanced" && q.kind === "design")).toBe(true);
    const caching = await listQuestions({ userId: NOBODY, filters: { topics: ["caching"] } });
    expect(caching.every((q) => q.topics.includes("caching"))).toBe(true);
    const search = await listQuestions({ userId: NOBODY, filters: { q: "cap theorem" } });
    expect(search.some((q) => /cap/i.test(q.title))).toBe(true);
    expect(await listQuestions({ userId: NOBODY, filters: { q: "%%%_" } })).toEqual([]);
    expect(await listQuestions({ userId: NOBODY, filters: { q: "'; drop table questions; --" } })).toEqual([]);
    expect(await countQuestions({ userId: NOBODY })).toBeGreaterThan(0);
  });
});

describe(`accounts and sign-in limits on ${dbKind()}`, () => {
  it("refuses a second account with the same email, whatever its case", async () => {
    const email = `dup-${Date.now()}@example.test`;
    const hash = await hashPassword("password123");
    expect(await createUserWithPassword({ email, passwordHash: hash })).not.toBeNull();
    expect(await createUserWithPassword({ email: email.toUpperCase(), passwordHash: hash })).toBeNull();
  });

  const randomIp = () => `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
  const times = (n: number, fn: () => Promise<unknown>) => Array.from({ length: n }).reduce<Promise<unknown>>((p) => p.then(fn), Promise.resolve());

  it("answers an unknown email and a wrong password alike", async () => {
    const email = `same-${Date.now()}@example.test`;
    await createUserWithPassword({ email, passwordHash: await hashPassword("right-password") });
    const unknown = await checkCredentials(`nobody-${Date.now()}@example.test`, "x", undefined);
    const wrong = await checkCredentials(email, "wrong-password", undefined);
    expect(unknown).toMatchObject({ ok: false, reason: "unknown_email", message: WRONG_CREDENTIALS_MESSAGE });
    expect(wrong).toMatchObject({ ok: false, reason: "wrong_password", message: WRONG_CREDENTIALS_MESSAGE });
  });

  it("never locks the owner out: failures from other clients slow the account down, and the right password from the owner's client still works", async () => {
    const email = `owner-${Date.now()}@example.test`;
    await createUserWithPassword({ email, passwordHash: await hashPassword("right-password") });
    const attacker = randomIp();
    // Twelve failures from one attacker: that client is refused for this account...
    await times(12, () => recordSignInFailure([accountBucket(email), `ip:${attacker}`, pairBucket(email, attacker)]));
    const refused = await checkCredentials(email, "right-password", attacker);
    expect(refused).toMatchObject({ ok: false, reason: "rate_limited" });
    expect(refused.ok === false && refused.message).toMatch(/Try again in 15 minutes/);
    // ...while the owner, from their own client, gets in after the account's short wait.
    const limit = await checkSignInLimit(email, randomIp());
    expect(limit).toMatchObject({ limited: false, delayMs: 5_000 });
    const t0 = performance.now();
    expect(await checkCredentials(email, "right-password", randomIp())).toMatchObject({ ok: true });
    expect(performance.now() - t0).toBeGreaterThanOrEqual(4_900);
    // Without a known client address (no proxy, no socket address), the account alone never refuses either.
    expect(await checkCredentials(email, "right-password", undefined)).toMatchObject({ ok: true });
  });

  it("limits one client across accounts (30 failures), and not the clients next to it", async () => {
    const ip = randomIp();
    await times(30, () => recordSignInFailure([`ip:${ip}`]));
    expect((await checkSignInLimit(`someone-${Date.now()}@example.test`, ip)).limited).toBe(true);
    expect((await checkSignInLimit(`someone-${Date.now()}@example.test`, randomIp())).limited).toBe(false);
    const seen = await listSignInFailuresSince([`ip:${ip}`], new Date(Date.now() - 60_000));
    expect(seen.get(`ip:${ip}`)).toHaveLength(30);
  });

  it("stores counter keys of at most 80 characters and prunes rows older than a day", async () => {
    const long = `ip:${"9".repeat(300)}-${Date.now()}`;
    await recordSignInFailure([long]);
    expect((await listSignInFailuresSince([long], new Date(Date.now() - 60_000))).get(long)).toHaveLength(1);
    const db = await getDb();
    const stored = await db.select({ bucket: signInFailures.bucket }).from(signInFailures).where(sql`${signInFailures.bucket} like ${"ip:999%"}`);
    expect(stored.every((r) => r.bucket.length <= 80)).toBe(true);
    const old = `old-${Date.now()}`;
    await recordSignInFailure([old], new Date(Date.now() - 2 * 24 * 3600_000));
    await pruneSignInFailures({ before: new Date(Date.now() - 24 * 3600_000) });
    expect((await listSignInFailuresSince([old], new Date(0))).get(old)).toHaveLength(0);
  });

  it("takes about as long for an unknown email as for a wrong password (median of 20 pairs)", async () => {
    const hash = await hashPassword("right-password");
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 20; i++) {
      // A fresh account and client each time, so no limit or delay is in the way.
      const email = `timing-${i}-${Date.now()}@example.test`;
      await createUserWithPassword({ email, passwordHash: hash });
      let t = performance.now();
      await checkCredentials(email, `wrong-${i}`, `10.8.0.${i}`);
      known.push(performance.now() - t);
      t = performance.now();
      await checkCredentials(`nobody-${i}-${Date.now()}@example.test`, `wrong-${i}`, `10.8.1.${i}`);
      unknown.push(performance.now() - t);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const gap = Math.abs(median(known) - median(unknown));
    console.log(`[sign-in timing] known ${median(known).toFixed(1)} ms, unknown ${median(unknown).toFixed(1)} ms (medians of 20)`);
    // Without the dummy check an unknown email skipped argon2 entirely (~half the time or less).
    expect(gap).toBeLessThan(Math.max(5, median(known) * 0.35));
  }, 60_000);

  it("accepts the right password", async () => {
    const email = `ok-${Date.now()}@example.test`;
    await createUserWithPassword({ email, passwordHash: await hashPassword("right-password") });
    expect(await checkCredentials(email, "right-password", undefined)).toMatchObject({ ok: true });
  });
});
