import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { countQuestions, getQuestionBySlug, listQuestions } from "@/db/queries/questions";
import { createUserWithPassword, listSignInFailuresSince, recordSignInFailure } from "@/db/queries/users";
import { questions } from "@/db/schema";
import { builtInQuestions, seedQuestionBank } from "@/db/seed/bank";
import { checkCredentials, checkSignInLimit } from "@/server/auth/sign-in";
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

  it("tells an unknown email from a wrong password, and limits after 10 failures per account", async () => {
    const email = `limit-${Date.now()}@example.test`;
    await createUserWithPassword({ email, passwordHash: await hashPassword("right-password") });
    expect(await checkCredentials(`nobody-${Date.now()}@example.test`, "x", undefined)).toMatchObject({ ok: false, reason: "unknown_email" });
    for (let i = 0; i < 10; i++) {
      expect(await checkCredentials(email, "wrong-password", undefined)).toMatchObject({ ok: false, reason: "wrong_password" });
    }
    const limited = await checkCredentials(email, "right-password", undefined);
    expect(limited).toMatchObject({ ok: false, reason: "rate_limited" });
    expect(limited.ok === false && limited.message).toMatch(/Try again in 15 minutes/);
  });

  it("counts failures per client address across accounts", async () => {
    const ip = `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < 10; i++) await recordSignInFailure([`ip:${ip}`]);
    const v = await checkSignInLimit(`someone-${Date.now()}@example.test`, ip);
    expect(v.limited).toBe(true);
    const other = await checkSignInLimit(`someone-${Date.now()}@example.test`, "10.0.0.1");
    expect(other.limited).toBe(false);
    const seen = await listSignInFailuresSince([`ip:${ip}`], new Date(Date.now() - 60_000));
    expect(seen.get(`ip:${ip}`)).toHaveLength(10);
  });

  it("accepts the right password", async () => {
    const email = `ok-${Date.now()}@example.test`;
    await createUserWithPassword({ email, passwordHash: await hashPassword("right-password") });
    expect(await checkCredentials(email, "right-password", undefined)).toMatchObject({ ok: true });
  });
});
