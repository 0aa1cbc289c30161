import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq, inArray, sql } from "drizzle-orm";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { claimDataDir, DataDirInUseError } from "@/db/connection";
import { getSessionGenerationByUser, revokeSessionByUser, setPasswordByUser } from "@/db/queries/account";
import { saveAnswerForUser } from "@/db/queries/answers";
import { finishInterviewForUser } from "@/db/queries/interview-transitions";
import { createInterview, listDrawCandidates } from "@/db/queries/interviews";
import { rateItemForUser } from "@/db/queries/ratings";
import { saveSketchForUser } from "@/db/queries/sketches";
import { recordSignInFailure } from "@/db/queries/users";
import { accountBucket } from "@/server/auth/sign-in";
import { interviewItems, interviews, passwordResetTokens, revokedSessions, ratingLogs, recallStates, signInFailures, sketches, users } from "@/db/schema";
import { EVERY_QUESTION } from "@/lib/interview/config";
import { markdownToDoc } from "@/lib/rich-text/markdown";
import { RESET_TOKEN_TTL_MS } from "@/lib/auth/reset-token";
import { changePassword } from "@/server/account/change-password";
import { deleteAccount } from "@/server/account/delete-account";
import { exportAccount } from "@/server/account/export-account";
import { issuePasswordResetLink } from "@/server/account/request-password-reset";
import { resetLinkState, resetPassword } from "@/server/account/reset-password";
import { hashResetToken } from "@/server/account/reset-token";
import { signOutEverywhere } from "@/server/account/sign-out-everywhere";
import { hashPassword, verifyPassword } from "@/server/auth/password";
import { isSessionCurrent, storedSessions } from "@/server/auth/session-generation";
import { createTestUser, dbKind } from "./helpers";

const MIN = 60_000;
const STRONG = "lantern-orbit-copper-42";
const SID = "0b7e3a52-session-one";
const storedGeneration = async (userId: string) => (await storedSessions(userId))?.generation;

/** A person with one rated interview: an answer, a sketch, a rating log and a recall state. */
async function personWithData(name: string) {
  const user = await createTestUser(name);
  await setPasswordByUser({ userId: user.id, passwordHash: await hashPassword(STRONG) });
  const bank = await listDrawCandidates();
  const ids = [bank.find((q) => q.kind === "concept")!.id, bank.find((q) => q.kind === "design")!.id];
  const start = new Date(Date.now() - 60 * MIN);
  const iv = await createInterview({ userId: user.id, title: `${name}'s mock`, config: { ...EVERY_QUESTION, count: 2, totalMinutes: 30 }, seed: 7, questionIds: ids, now: start });
  const db = await getDb();
  const items = await db.select().from(interviewItems).where(eq(interviewItems.interviewId, iv.id)).orderBy(interviewItems.position);
  const answer = `${name} says caches trade freshness for speed`;
  await saveAnswerForUser({ userId: user.id, interviewId: iv.id, itemId: items[0]!.id, revision: 1, doc: markdownToDoc(answer), text: answer, now: new Date(start.getTime() + MIN) });
  await saveSketchForUser({
    userId: user.id,
    interviewId: iv.id,
    itemId: items[1]!.id,
    revision: 1,
    scene: { elements: [], appState: {}, files: {} } as never,
    previewSvg: `<svg xmlns="http://www.w3.org/2000/svg"><title>${name}</title></svg>`,
    now: new Date(start.getTime() + MIN),
  });
  await finishInterviewForUser({ userId: user.id, interviewId: iv.id, now: new Date(start.getTime() + 5 * MIN) });
  await rateItemForUser({ userId: user.id, interviewId: iv.id, itemId: items[0]!.id, rating: 3, keyPointsTicked: [0], note: `${name}'s note`, now: new Date(start.getTime() + 6 * MIN) });
  return { ...user, interviewId: iv.id, itemIds: items.map((i) => i.id), answer };
}

async function rowsOf(userId: string, interviewId: string, itemIds: string[]) {
  const db = await getDb();
  const count = async (q: Promise<unknown[]>) => (await q).length;
  return {
    users: await count(db.select().from(users).where(eq(users.id, userId))),
    interviews: await count(db.select().from(interviews).where(eq(interviews.id, interviewId))),
    items: await count(db.select().from(interviewItems).where(inArray(interviewItems.id, itemIds))),
    sketches: await count(db.select().from(sketches).where(inArray(sketches.itemId, itemIds))),
    ratingLogs: await count(db.select().from(ratingLogs).where(eq(ratingLogs.userId, userId))),
    recallStates: await count(db.select().from(recallStates).where(eq(recallStates.userId, userId))),
    resetTokens: await count(db.select().from(passwordResetTokens).where(eq(passwordResetTokens.userId, userId))),
  };
}

describe(`a person's account on ${dbKind()}`, () => {
  it("delete removes everything of theirs in one go and leaves another person's data as it was", async () => {
    const a = await personWithData("Ada");
    const b = await personWithData("Bo");
    await issuePasswordResetLink({ email: a.email, origin: "http://localhost", now: new Date() });
    await recordSignInFailure([accountBucket(a.email), accountBucket(b.email)]);
    const bBefore = await rowsOf(b.id, b.interviewId, b.itemIds);
    expect(await rowsOf(a.id, a.interviewId, a.itemIds)).toEqual({ users: 1, interviews: 1, items: 2, sketches: 1, ratingLogs: 1, recallStates: 1, resetTokens: 1 });

    await expect(deleteAccount({ userId: a.id, confirmEmail: b.email })).rejects.toThrow(/Type your account's email/);
    expect((await rowsOf(a.id, a.interviewId, a.itemIds)).interviews).toBe(1);

    await deleteAccount({ userId: a.id, confirmEmail: ` ${a.email.toUpperCase()} ` });
    expect(await rowsOf(a.id, a.interviewId, a.itemIds)).toEqual({ users: 0, interviews: 0, items: 0, sketches: 0, ratingLogs: 0, recallStates: 0, resetTokens: 0 });
    expect(await rowsOf(b.id, b.interviewId, b.itemIds)).toEqual(bBefore);
    const db = await getDb();
    const failures = await db.select().from(signInFailures).where(inArray(signInFailures.bucket, [accountBucket(a.email), accountBucket(b.email)]));
    expect(failures.map((f) => f.bucket)).toEqual([accountBucket(b.email)]);
    // No account, no generation: every cookie of theirs is refused.
    expect(await isSessionCurrent({ userId: a.id, generation: 0, sessionId: SID })).toBe(false);
  });

  it("export holds everything of the person's and nothing of anyone else's", async () => {
    const a = await personWithData("Cy");
    const b = await personWithData("Di");
    const zip = await exportAccount({ userId: a.id, origin: "http://localhost:3000", now: new Date() });
    const files = unzipSync(zip);
    const names = Object.keys(files);
    expect(names).toContain("README.md");
    expect(names.filter((n) => n.startsWith("interviews/"))).toHaveLength(1);
    expect(names).toContain(`sketches/${a.itemIds[1]}.svg`);
    const json = strFromU8(files["data.json"]!);
    const data = JSON.parse(json) as { profile: { email: string }; interviews: { id: string; items: { answerText: string; sketch: unknown; note: string | null }[] }[]; ratingLogs: unknown[]; recallStates: unknown[] };
    expect(data.profile.email).toBe(a.email);
    expect(data.interviews.map((i) => i.id)).toEqual([a.interviewId]);
    expect(data.interviews[0]!.items[0]!.answerText).toBe(a.answer);
    expect(data.interviews[0]!.items[0]!.note).toBe("Cy's note");
    expect(data.interviews[0]!.items[1]!.sketch).toMatchObject({ revision: 1, scene: { elements: [] } });
    expect(data.ratingLogs).toHaveLength(1);
    expect(data.recallStates).toHaveLength(1);
    expect(json).not.toMatch(/passwordHash|password_hash|\$argon2/);
    expect(json).not.toContain(b.interviewId);
    expect(json).not.toContain(b.email);
    const md = strFromU8(files[names.find((n) => n.startsWith("interviews/"))!]!);
    expect(md).toContain(a.answer);
    expect(md).toContain(`](../sketches/${a.itemIds[1]}.svg)`);
  });

  it("a reset link is stored as a hash, works once, expires, and ends every session", async () => {
    const user = await createTestUser("Reset");
    await setPasswordByUser({ userId: user.id, passwordHash: await hashPassword(STRONG) });
    const now = new Date();
    const first = await issuePasswordResetLink({ email: user.email, origin: "https://m.example", now });
    const second = await issuePasswordResetLink({ email: user.email, origin: "https://m.example", now });
    const token = new URL(second!.link).searchParams.get("token")!;
    const db = await getDb();
    const rows = await db.select().from(passwordResetTokens).where(eq(passwordResetTokens.userId, user.id));
    // One link at a time, stored only as its hash.
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toBe(hashResetToken(token));
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(await resetLinkState({ token: new URL(first!.link).searchParams.get("token")!, now })).toBe("unknown");
    expect(await resetLinkState({ token, now })).toBe("valid");
    expect(await resetLinkState({ token, now: new Date(now.getTime() + RESET_TOKEN_TTL_MS) })).toBe("expired");
    await expect(resetPassword({ token, newPassword: "x".repeat(20), now: new Date(now.getTime() + RESET_TOKEN_TTL_MS + 1) })).rejects.toThrow(/expired or was already used/);

    // A weak password is refused and leaves the link usable.
    await expect(resetPassword({ token, newPassword: "password123", now })).rejects.toThrow(/password/i);
    expect(await resetLinkState({ token, now })).toBe("valid");

    const genBefore = (await getSessionGenerationByUser({ userId: user.id }))!;
    await resetPassword({ token, newPassword: "violet-harbor-engine-9", now });
    const [after] = await db.select().from(users).where(eq(users.id, user.id));
    expect(await verifyPassword(after!.passwordHash!, "violet-harbor-engine-9")).toBe(true);
    expect(after!.sessionGeneration).toBe(genBefore + 1);
    expect(await isSessionCurrent({ userId: user.id, generation: genBefore, sessionId: SID })).toBe(false);
    expect(await resetLinkState({ token, now })).toBe("used");
    await expect(resetPassword({ token, newPassword: "another-violet-harbor-10", now })).rejects.toThrow(/expired or was already used/);
    await expect(resetPassword({ token: "A".repeat(43), newPassword: "another-violet-harbor-10", now })).rejects.toThrow(/expired or was already used/);
    expect(await issuePasswordResetLink({ email: "nobody-here@example.test", origin: "https://m.example", now })).toBeUndefined();
  });

  it("changing the password needs the current one, and ends the other sessions", async () => {
    const user = await createTestUser("Change");
    await setPasswordByUser({ userId: user.id, passwordHash: await hashPassword(STRONG) });
    const gen = (await getSessionGenerationByUser({ userId: user.id }))!;
    const db = await getDb();
    const [before] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, user.id));
    await expect(changePassword({ userId: user.id, currentPassword: "not-it-at-all", newPassword: "violet-harbor-engine-9", now: new Date() })).rejects.toThrow("That is not your current password. Nothing was changed.");
    await expect(changePassword({ userId: user.id, currentPassword: STRONG, newPassword: "aaaaaaaa", now: new Date() })).rejects.toThrow(/Repeated characters/);
    const [unchanged] = await db.select({ hash: users.passwordHash, gen: users.sessionGeneration }).from(users).where(eq(users.id, user.id));
    expect(unchanged).toEqual({ hash: before!.hash, gen });

    const next = await changePassword({ userId: user.id, currentPassword: STRONG, newPassword: "violet-harbor-engine-9", now: new Date() });
    expect(next).toBe(gen + 1);
    expect(await isSessionCurrent({ userId: user.id, generation: gen, sessionId: SID })).toBe(false);
    expect(await isSessionCurrent({ userId: user.id, generation: next, sessionId: SID })).toBe(true);
  });

  it("sign out everywhere raises the generation at once on this process; other processes see it within the memo's time", async () => {
    const user = await createTestUser("Everywhere");
    expect(await storedGeneration(user.id)).toBe(0);
    // Another instance raises it: this process still has 0 memoised, for at most GENERATION_TTL_MS.
    const db = await getDb();
    await db.update(users).set({ sessionGeneration: sql`${users.sessionGeneration} + 1` }).where(eq(users.id, user.id));
    expect(await storedGeneration(user.id)).toBe(0);
    const gen = await signOutEverywhere({ userId: user.id });
    expect(gen).toBe(2);
    expect(await storedGeneration(user.id)).toBe(2);
    expect(await isSessionCurrent({ userId: user.id, generation: 0, sessionId: SID })).toBe(false);
  });

  it("signing out one session refuses that session only, until its end; raising the generation clears the list", async () => {
    const user = await createTestUser("OneDevice");
    const other = "9c1d2e3f-session-two";
    const now = new Date();
    expect(await isSessionCurrent({ userId: user.id, generation: 0, sessionId: SID })).toBe(true);
    await revokeSessionByUser({ userId: user.id, sessionId: SID, expiresAt: new Date(now.getTime() + 86_400_000), now });
    // Signed out on another instance: this process sees it once its memo of this person expires.
    await new Promise((r) => setTimeout(r, 3_100));
    expect(await isSessionCurrent({ userId: user.id, generation: 0, sessionId: SID })).toBe(false);
    expect(await isSessionCurrent({ userId: user.id, generation: 0, sessionId: other })).toBe(true);
    // A revocation past its session's end no longer matters, and the next one sweeps it.
    await revokeSessionByUser({ userId: user.id, sessionId: "expired-session-0001", expiresAt: new Date(now.getTime() - 1000), now });
    await revokeSessionByUser({ userId: user.id, sessionId: "later-session-00002", expiresAt: new Date(now.getTime() + 1000), now });
    const db = await getDb();
    const rows = await db.select().from(revokedSessions).where(eq(revokedSessions.userId, user.id));
    expect(rows.map((r) => r.sid).sort()).toEqual([SID, "later-session-00002"].sort());
    await signOutEverywhere({ userId: user.id });
    expect(await db.select().from(revokedSessions).where(eq(revokedSessions.userId, user.id))).toEqual([]);
  });

  it("the embedded database's folder has one holder: another live process is refused with a clear message", async () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "mockline-holder-")), "pglite");
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"], { stdio: "ignore" });
    try {
      fs.writeFileSync(`${dir}.holder`, JSON.stringify({ pid: other.pid }));
      expect(() => claimDataDir(dir)).toThrow(DataDirInUseError);
      expect(() => claimDataDir(dir)).toThrow(/in use by process \d+ .*stop that server first/);
    } finally {
      other.kill();
    }
    await new Promise((r) => other.once("exit", r));
    // A holder that died leaves a stale file: taken over, and released on close.
    const release = claimDataDir(dir);
    expect(JSON.parse(fs.readFileSync(`${dir}.holder`, "utf8")).pid).toBe(process.pid);
    release();
    expect(fs.existsSync(`${dir}.holder`)).toBe(false);
  });
});
