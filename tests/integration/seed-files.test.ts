import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { getQuestionBySlug } from "@/db/queries/questions";
import { questions } from "@/db/schema";
import { BANK_DIR, BankError, seedQuestionBank } from "@/db/seed/bank";
import { dbKind } from "./helpers";

/** A scratch bank folder: two good files copied from the real bank, plus whatever the test adds. */
function scratchBank(extra: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mockline-bank-"));
  for (const f of ["get-vs-post.md", "cap-theorem.md"]) fs.copyFileSync(path.join(BANK_DIR, f), path.join(dir, f));
  for (const [name, text] of Object.entries(extra)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

describe(`seeding the bank from its files on ${dbKind()}`, () => {
  it("a malformed file fails the seed with file, field and rule, and changes nothing", async () => {
    const db = await getDb();
    const good = fs.readFileSync(path.join(BANK_DIR, "get-vs-post.md"), "utf8");
    // The first file would update a question; the broken one must stop that too.
    const changed = good.replace(/^title: .*$/m, 'title: "Changed by a broken seed"');
    const broken = fs.readFileSync(path.join(BANK_DIR, "cap-theorem.md"), "utf8").replace(/^level: .*$/m, "level: expert").replace("slug: cap-theorem", "slug: zz-broken");
    const dir = scratchBank({ "get-vs-post.md": changed, "zz-broken.md": broken });
    const before = await getQuestionBySlug({ userId: "no-such-user", slug: "get-vs-post" });
    const err = await seedQuestionBank(db, { dir }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BankError);
    expect((err as BankError).problems.join("\n")).toMatch(/^zz-broken\.md: level: .*(beginner|one of)/m);
    expect((await getQuestionBySlug({ userId: "no-such-user", slug: "get-vs-post" }))?.title).toBe(before?.title);
    expect(await getQuestionBySlug({ userId: "no-such-user", slug: "zz-broken" })).toBeUndefined();
  });

  it("a good folder upserts by slug and keeps ids; misconceptions and evidence rules are stored", async () => {
    const db = await getDb();
    const before = await getQuestionBySlug({ userId: "no-such-user", slug: "get-vs-post" });
    await seedQuestionBank(db, { dir: scratchBank({}) });
    const after = await getQuestionBySlug({ userId: "no-such-user", slug: "get-vs-post" });
    expect(after?.id).toBe(before?.id);
    expect(after?.misconceptions.length).toBeGreaterThanOrEqual(2);
    expect(after?.keyPoints[0]).toHaveProperty("label");
    const [row] = await db.select({ n: questions.slug }).from(questions).where(eq(questions.slug, "get-vs-post"));
    expect(row?.n).toBe("get-vs-post");
  });
});
