import "server-only";
import { and, arrayContains, arrayOverlaps, asc, count, eq, ilike, inArray, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "../client";
import { questions, type Question } from "../schema";
import type { Kind, Level } from "@/lib/taxonomy";

export interface QuestionFilters {
  levels?: Level[];
  kinds?: Kind[];
  topics?: string[];
  /** Coding questions shown in this language. */
  language?: string;
  q?: string;
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function questionFilterWhere(f: QuestionFilters): SQL | undefined {
  const conds: SQL[] = [];
  if (f.levels?.length) conds.push(inArray(questions.level, f.levels));
  if (f.kinds?.length) conds.push(inArray(questions.kind, f.kinds));
  if (f.topics?.length) conds.push(arrayOverlaps(questions.topics, f.topics));
  if (f.language) conds.push(arrayContains(questions.languages, [f.language]));
  // NUL cannot be in a PostgreSQL string (the query would fail): whoever calls, it matches nothing extra.
  const q = f.q?.replace(/\u0000/g, "").trim();
  if (q) {
    const pattern = `%${escapeLike(q)}%`;
    conds.push(or(ilike(questions.title, pattern), ilike(questions.promptText, pattern))!);
  }
  return conds.length ? and(...conds) : undefined;
}

export type QuestionSummary = Pick<Question, "id" | "slug" | "title" | "level" | "kind" | "topics" | "suggestedMinutes" | "promptText" | "languages">;

const LEVEL_ORDER = sql`case ${questions.level} when 'beginner' then 0 when 'intermediate' then 1 else 2 end`;

export async function listQuestions(f: QuestionFilters): Promise<QuestionSummary[]> {
  const db = await getDb();
  return db
    .select({
      id: questions.id,
      slug: questions.slug,
      title: questions.title,
      level: questions.level,
      kind: questions.kind,
      topics: questions.topics,
      suggestedMinutes: questions.suggestedMinutes,
      promptText: questions.promptText,
      languages: questions.languages,
    })
    .from(questions)
    .where(questionFilterWhere(f))
    .orderBy(LEVEL_ORDER, asc(questions.title));
}

export async function countQuestions(f: QuestionFilters): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ n: count() }).from(questions).where(questionFilterWhere(f));
  return row?.n ?? 0;
}

export async function getQuestionBySlug(slug: string): Promise<Question | undefined> {
  const db = await getDb();
  const [row] = await db.select().from(questions).where(eq(questions.slug, slug)).limit(1);
  return row;
}
