import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { parseQuestionFile, type Question } from "@/lib/question-file/parse";
import type { Database } from "../connection";
import { toQuestionRow } from "../question-row";
import { questions } from "../schema";

export { toQuestionRow };

/** The built-in bank: one Markdown file per question (docs/question-format.md). */
export const BANK_DIR = path.join(import.meta.dirname, "questions");

/** A bank that does not validate: every problem, each naming its file, field and rule. */
export class BankError extends Error {
  constructor(readonly problems: string[]) {
    super(`The question bank has ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n${problems.map((p) => `  ${p}`).join("\n")}`);
    this.name = "BankError";
  }
}

/** Read and validate every question file of a folder, in file-name order; throws BankError listing every problem. */
export function loadQuestionFiles(dir: string = BANK_DIR): Question[] {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .sort();
  const problems: string[] = [];
  const out: Question[] = [];
  const slugs = new Map<string, string>();
  for (const file of files) {
    const result = parseQuestionFile(file, fs.readFileSync(path.join(dir, file), "utf8"), { bank: true });
    if (!result.ok) {
      problems.push(...result.errors.map((e) => e.message));
      continue;
    }
    const other = slugs.get(result.question.slug);
    if (other) problems.push(`${file}: slug: "${result.question.slug}" is also the slug of ${other}`);
    slugs.set(result.question.slug, file);
    out.push(result.question);
  }
  if (problems.length) throw new BankError(problems);
  return out;
}

let cached: Question[] | undefined;

/** The built-in bank, parsed once per process (the files do not change while it runs). */
export function builtInQuestions(): Question[] {
  cached ??= loadQuestionFiles();
  return cached;
}

/**
 * Insert or update every built-in question by slug, in one transaction, after
 * every file has validated: a malformed file fails the seed and changes
 * nothing. Ids never change, so interviews and ratings that point at a
 * question keep pointing at it; a person's questions (owner_id set) are
 * never touched.
 */
export async function seedQuestionBank(db: Database, { dir }: { dir?: string } = {}): Promise<{ upserted: number }> {
  const rows = (dir ? loadQuestionFiles(dir) : builtInQuestions()).map((q) => toQuestionRow(q));
  await db.transaction(async (tx) => {
    for (const row of rows) {
      const { slug: _slug, ownerId: _ownerId, ...content } = row;
      await tx
        .insert(questions)
        .values(row)
        .onConflictDoUpdate({ target: [questions.ownerId, questions.slug], set: { ...content, updatedAt: sql`now()` } });
    }
  });
  return { upserted: rows.length };
}
