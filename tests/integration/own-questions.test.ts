import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { listDrawCandidates } from "@/db/queries/interviews";
import { deleteOwnQuestionForUser } from "@/db/queries/own-questions";
import { countQuestions, getOwnQuestionForUser, getQuestionBySlug, listFullQuestions, listQuestions } from "@/db/queries/questions";
import { writeZip } from "@/lib/question-file/archive";
import { questionFiles, studySheet } from "@/lib/question-file/export";
import { exportAccount } from "@/server/account/export-account";
import { interviewItems, questions, recallStates } from "@/db/schema";
import { listDueQuestionIdsByUser } from "@/db/queries/recall";
import { builtInQuestions } from "@/db/seed/bank";
import { EVERY_QUESTION } from "@/lib/interview/config";
import { serializeQuestionFile } from "@/lib/question-file/serialize";
import type { AppError } from "@/lib/errors";
import { deleteAccount } from "@/server/account/delete-account";
import { drawAndCreateInterview } from "@/server/interviews/create-interview";
import { commitImport, previewImport } from "@/server/questions/import-questions";
import { createTestUser, dbKind } from "./helpers";

/** A valid question file of one's own: a built-in question under a new slug and title. */
function ownFile(slug: string, title = `Mine: ${slug}`): string {
  const base = builtInQuestions().find((q) => q.slug === "get-vs-post")!;
  return serializeQuestionFile({ ...base, slug, title });
}
const zipOf = (files: Record<string, string>) => zipSync(Object.fromEntries(Object.entries(files).map(([n, t]) => [n, strToU8(t)])));
const tag = () => randomUUID().slice(0, 8);

describe(`a person's own questions on ${dbKind()}`, () => {
  it("are theirs alone: listed, counted and found for them, not found for anyone else", async () => {
    const ada = await createTestUser("Ada");
    const bo = await createTestUser("Bo");
    const slug = `ada-q-${tag()}`;
    await commitImport({ userId: ada.id, name: `${slug}.md`, bytes: strToU8(ownFile(slug)), now: new Date() });

    expect((await getQuestionBySlug({ userId: ada.id, slug }))?.ownerId).toBe(ada.id);
    expect(await getQuestionBySlug({ userId: bo.id, slug })).toBeUndefined();
    expect(await getOwnQuestionForUser({ userId: bo.id, slug })).toBeUndefined();
    const mine = await listQuestions({ userId: ada.id, filters: { source: "mine" } });
    expect(mine.map((q) => q.slug)).toEqual([slug]);
    expect(await listQuestions({ userId: bo.id, filters: { source: "mine" } })).toEqual([]);
    expect((await listQuestions({ userId: bo.id, filters: { q: slug } })).length).toBe(0);
    const builtIn = await countQuestions({ userId: ada.id, filters: { source: "built-in" } });
    expect(await countQuestions({ userId: ada.id })).toBe(builtIn + 1);
    expect(await countQuestions({ userId: bo.id })).toBe(builtIn);
  });

  it("the draw honours Built-in / Only my questions / Mix", async () => {
    const ada = await createTestUser("Ada");
    const slugs = [`draw-a-${tag()}`, `draw-b-${tag()}`];
    await commitImport({ userId: ada.id, name: "mine.zip", bytes: zipOf(Object.fromEntries(slugs.map((s) => [`${s}.md`, ownFile(s)]))), now: new Date() });
    const db = await getDb();
    const drawnSlugs = async (source: "built-in" | "mine" | "all", count: number) => {
      const r = await drawAndCreateInterview({ userId: ada.id, config: { ...EVERY_QUESTION, count, source }, now: new Date(), acceptShort: true });
      if (r.outcome !== "created") return r.outcome;
      const rows = await db.select({ slug: questions.slug, ownerId: questions.ownerId }).from(interviewItems).innerJoin(questions, eq(questions.id, interviewItems.questionId)).where(eq(interviewItems.interviewId, r.interview.id));
      await db.delete(interviewItems).where(eq(interviewItems.interviewId, r.interview.id));
      return rows;
    };
    const mine = await drawnSlugs("mine", 5);
    expect(Array.isArray(mine) && mine.map((r) => r.slug).sort()).toEqual([...slugs].sort());
    const builtIn = await drawnSlugs("built-in", 20);
    expect(Array.isArray(builtIn) && builtIn.every((r) => r.ownerId === null)).toBe(true);
    const bo = await createTestUser("Bo");
    expect(await drawAndCreateInterview({ userId: bo.id, config: { ...EVERY_QUESTION, source: "mine" }, now: new Date() })).toEqual({ outcome: "none" });
    // A mix draws from both; nobody else's questions are candidates for anyone.
    const ids = async (userId: string, source: "built-in" | "mine" | "all") => new Set((await listDrawCandidates({ userId, source })).map((q) => q.id));
    const [adaMine, adaAll, builtInIds, boAll] = [await ids(ada.id, "mine"), await ids(ada.id, "all"), await ids(ada.id, "built-in"), await ids(bo.id, "all")];
    expect(adaMine.size).toBe(2);
    expect(adaAll.size).toBe(builtInIds.size + 2);
    for (const id of adaMine) expect(adaAll.has(id) && !boAll.has(id) && !builtInIds.has(id)).toBe(true);
    expect(boAll.size).toBe(builtInIds.size);
  });

  it("preview lists creates and updates; re-import updates by slug instead of duplicating", async () => {
    const ada = await createTestUser("Ada");
    const slug = `reimport-${tag()}`;
    const first = await previewImport({ userId: ada.id, name: "q.md", bytes: strToU8(ownFile(slug, "First title")) });
    expect(first.items).toEqual([{ file: "q.md", slug, title: "First title", action: "create" }]);
    expect(await getQuestionBySlug({ userId: ada.id, slug })).toBeUndefined();
    await commitImport({ userId: ada.id, name: "q.md", bytes: strToU8(ownFile(slug, "First title")), now: new Date() });
    const id = (await getQuestionBySlug({ userId: ada.id, slug }))!.id;
    const again = await commitImport({ userId: ada.id, name: "q.md", bytes: strToU8(ownFile(slug, "Second title")), now: new Date() });
    expect(again).toMatchObject({ creates: 0, updates: 1 });
    const after = await getQuestionBySlug({ userId: ada.id, slug });
    expect(after).toMatchObject({ id, title: "Second title" });
    // Another person importing the same file gets a question of their own.
    const bo = await createTestUser("Bo");
    await commitImport({ userId: bo.id, name: "q.md", bytes: strToU8(ownFile(slug, "Bo's")), now: new Date() });
    expect((await getQuestionBySlug({ userId: bo.id, slug }))?.title).toBe("Bo's");
    expect((await getQuestionBySlug({ userId: ada.id, slug }))?.title).toBe("Second title");
  });

  it("re-importing a file (which carries no drawn diagram) keeps the reference diagram drawn in the editor", async () => {
    const ada = await createTestUser("Ada");
    const slug = `drawn-${tag()}`;
    await commitImport({ userId: ada.id, name: "q.md", bytes: strToU8(ownFile(slug, "Drawn")), now: new Date() });
    const db = await getDb();
    const drawn = { elements: [{ id: "r1", type: "rectangle", x: 0, y: 0, width: 10, height: 10 }], appState: {}, files: {} };
    await db.update(questions).set({ referenceScene: drawn }).where(eq(questions.slug, slug));
    await commitImport({ userId: ada.id, name: "q.md", bytes: strToU8(ownFile(slug, "Drawn, again")), now: new Date() });
    const after = await getOwnQuestionForUser({ userId: ada.id, slug });
    expect(after).toMatchObject({ title: "Drawn, again", referenceScene: drawn });
  });

  it("one bad file refuses the whole import: nothing is written, every problem named", async () => {
    const ada = await createTestUser("Ada");
    const good = `good-${tag()}`;
    const broken = ownFile(`bad-${tag()}`).replace(/^level: .*$/m, "level: expert");
    const zip = zipOf({ [`${good}.md`]: ownFile(good), "bad.md": broken, "../../etc/passwd.md": ownFile(`evil-${tag()}`), "get.md": ownFile("get-vs-post") });
    const plan = await previewImport({ userId: ada.id, name: "set.zip", bytes: zip });
    const messages = plan.problems.map((p) => p.message).join("\n");
    expect(messages).toMatch(/bad\.md: level: must be one of: beginner, intermediate, advanced \(line \d+\)/);
    expect(messages).toMatch(/climbs out of the zip/);
    expect(messages).toMatch(/"get-vs-post" is the slug of a built-in question/);
    const err = (await commitImport({ userId: ada.id, name: "set.zip", bytes: zip, now: new Date() }).catch((e: unknown) => e)) as AppError;
    expect(err.code).toBe("bad_request");
    expect((err.details?.problems as unknown[]).length).toBe(plan.problems.length);
    expect(await getQuestionBySlug({ userId: ada.id, slug: good })).toBeUndefined();
    expect(await countQuestions({ userId: ada.id, filters: { source: "mine" } })).toBe(0);
  });

  it("a zip bomb is refused by what it inflates to, not by what it claims", async () => {
    const ada = await createTestUser("Ada");
    const huge = new Uint8Array(12 * 1024 * 1024).fill(0x61);
    const bomb = zipSync({ "big.md": huge }, { level: 9 });
    expect(bomb.length).toBeLessThan(100_000);
    const plan = await previewImport({ userId: ada.id, name: "bomb.zip", bytes: bomb });
    expect(plan.problems.map((p) => p.message).join("\n")).toMatch(/larger than 2 MB|unpacks to more than 10 MB/);
    expect(plan.items).toEqual([]);
  });

  it("CSV rows import with problems named by line", async () => {
    const ada = await createTestUser("Ada");
    const t = tag();
    const csv = [
      "title,prompt,answer,level,kind,topics,key points",
      `"Caching ${t}","Why cache?","A cache keeps hot data close, so reads are fast.",beginner,concept,caching,"Keeps data close: keeps hot data close, fast reads"`,
      `"Broken ${t}","Why?","Because.",expert,concept,caching,"Label: phrase"`,
    ].join("\n");
    const plan = await previewImport({ userId: ada.id, name: "set.csv", bytes: strToU8(csv) });
    expect(plan.items.map((i) => [i.line, i.action])).toEqual([[2, "create"]]);
    expect(plan.problems.map((p) => p.message)).toEqual(["set.csv: line 3: level: must be one of: beginner, intermediate, advanced"]);
  });

  it("delete removes an unused question and archives one past interviews hold; account delete removes them all", async () => {
    const ada = await createTestUser("Ada");
    const [used, unused] = [`used-${tag()}`, `unused-${tag()}`];
    await commitImport({ userId: ada.id, name: "two.zip", bytes: zipOf({ "a.md": ownFile(used), "b.md": ownFile(unused) }), now: new Date() });
    const db = await getDb();
    const usedId = (await getQuestionBySlug({ userId: ada.id, slug: used }))!.id;
    const drawn = await drawAndCreateInterview({ userId: ada.id, config: { ...EVERY_QUESTION, count: 2, source: "mine" }, now: new Date() });
    expect(drawn.outcome).toBe("created");
    const interviewId = drawn.outcome === "created" ? drawn.interview.id : "";
    await db.delete(interviewItems).where(eq(interviewItems.questionId, (await getQuestionBySlug({ userId: ada.id, slug: unused }))!.id));

    expect(await deleteOwnQuestionForUser({ userId: ada.id, slug: unused, now: new Date() })).toBe("deleted");
    expect(await deleteOwnQuestionForUser({ userId: ada.id, slug: used, now: new Date() })).toBe("archived");
    expect(await getQuestionBySlug({ userId: ada.id, slug: used })).toBeUndefined();
    const [kept] = await db.select().from(questions).where(eq(questions.id, usedId));
    expect(kept?.archivedAt).toBeInstanceOf(Date);
    // Due for recall, but archived: never asked again.
    await db.insert(recallStates).values({ userId: ada.id, questionId: usedId, due: new Date(Date.now() - 86_400_000), stability: 1, difficulty: 5, elapsedDays: 1, scheduledDays: 1, reps: 1, lapses: 0, state: 2 });
    expect(await listDueQuestionIdsByUser({ userId: ada.id, now: new Date() })).not.toContain(usedId);
    expect((await db.select().from(interviewItems).where(eq(interviewItems.interviewId, interviewId))).length).toBe(1);
    // The slug is free again, and an archived question is never drawn.
    await commitImport({ userId: ada.id, name: "a.md", bytes: strToU8(ownFile(used, "Fresh")), now: new Date() });
    expect((await getQuestionBySlug({ userId: ada.id, slug: used }))?.id).not.toBe(usedId);
    // Someone else cannot delete it.
    const bo = await createTestUser("Bo");
    expect(await deleteOwnQuestionForUser({ userId: bo.id, slug: used, now: new Date() })).toBeUndefined();

    await deleteAccount({ userId: ada.id, confirmEmail: ada.email });
    expect((await db.select().from(questions).where(eq(questions.ownerId, ada.id))).length).toBe(0);
    expect((await db.select().from(questions).where(eq(questions.id, usedId))).length).toBe(0);
  });

  it("export as question files imports into another person's bank (and nobody else's); the account export carries them", async () => {
    const ada = await createTestUser("Ada");
    const slugs = [`share-a-${tag()}`, `share-b-${tag()}`];
    await commitImport({ userId: ada.id, name: "mine.zip", bytes: zipOf(Object.fromEntries(slugs.map((s) => [`${s}.md`, ownFile(s)]))), now: new Date() });
    const mine = await listFullQuestions({ userId: ada.id, filters: { source: "mine" } });
    const zip = writeZip(questionFiles(mine));
    expect(studySheet(mine)).toMatch(new RegExp(`## 1\\. Mine: share-a-`));

    const bo = await createTestUser("Bo");
    const cy = await createTestUser("Cy");
    const plan = await commitImport({ userId: bo.id, name: "from-ada.zip", bytes: zip, now: new Date() });
    expect(plan).toMatchObject({ creates: 2, updates: 0, problems: [] });
    const bos = await listFullQuestions({ userId: bo.id, filters: { source: "mine" } });
    expect(bos.map((q) => q.slug).sort()).toEqual([...slugs].sort());
    expect(bos.map((q) => ({ kp: q.keyPoints, text: q.sampleAnswerText }))).toEqual(mine.map((q) => ({ kp: q.keyPoints, text: q.sampleAnswerText })));
    expect(await listQuestions({ userId: cy.id, filters: { source: "mine" } })).toEqual([]);

    const account = unzipSync(await exportAccount({ userId: ada.id, origin: "http://localhost", now: new Date() }));
    const names = Object.keys(account).filter((n) => n.includes("questions/"));
    expect(names.map((n) => n.replace(/^.*questions\//, "")).sort()).toEqual(slugs.map((s) => `${s}.md`).sort());
    expect(strFromU8(account[names[0]!]!)).toMatch(/^---\nslug: share-/);
  });
});
