import "server-only";
import { and, arrayContains, arrayOverlaps, asc, count, eq, ilike, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import { getDb } from "../client";
import { questions, type Question } from "../schema";
import type { Kind, Level, QuestionSource } from "@/lib/taxonomy";

/**
 * Reading the bank. A person sees the built-in questions and their own, never
 * anyone else's: every read here takes the viewer's `userId`, and a question
 * of someone else's is simply not found. Archived questions (deleted by their
 * owner while past interviews still hold them) are out of every list.
 */

export interface QuestionFilters {
  levels?: Level[];
  kinds?: Kind[];
  topics?: string[];
  /** Coding questions shown in this language. */
  language?: string;
  q?: string;
  /** Built-in, the person's own, or both (the default). */
  source?: QuestionSource;
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The questions a person may see, from the source they chose: built-in, theirs, or both; never archived ones. */
export function visibleQuestions({ userId, source = "all" }: { userId: string; source?: QuestionSource }): SQL {
  const builtIn = isNull(questions.ownerId);
  const mine = eq(questions.ownerId, userId);
  const whose = source === "built-in" ? builtIn : source === "mine" ? mine : or(builtIn, mine)!;
  return and(whose, isNull(questions.archivedAt))!;
}

export function questionFilterWhere({ userId, filters: f }: { userId: string; filters: QuestionFilters }): SQL {
  const conds: SQL[] = [visibleQuestions({ userId, source: f.source })];
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
  return and(...conds)!;
}

export type QuestionSummary = Pick<Question, "id" | "slug" | "title" | "level" | "kind" | "topics" | "suggestedMinutes" | "promptText" | "languages" | "ownerId">;

const LEVEL_ORDER = sql`case ${questions.level} when 'beginner' then 0 when 'intermediate' then 1 else 2 end`;

export async function listQuestions({
  userId,
  filters = {},
  limit,
  offset = 0,
}: {
  userId: string;
  filters?: QuestionFilters;
  /** One page of the list (the bank page); without, every match. */
  limit?: number;
  offset?: number;
}): Promise<QuestionSummary[]> {
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
      ownerId: questions.ownerId,
    })
    .from(questions)
    .where(questionFilterWhere({ userId, filters }))
    .orderBy(LEVEL_ORDER, asc(questions.title), asc(questions.id))
    .limit(limit ?? Number.MAX_SAFE_INTEGER)
    .offset(offset);
}

/** Whole questions matching the filters, in the bank's order (for an export). */
export async function listFullQuestions({ userId, filters = {} }: { userId: string; filters?: QuestionFilters }): Promise<Question[]> {
  const db = await getDb();
  return db.select().from(questions).where(questionFilterWhere({ userId, filters })).orderBy(LEVEL_ORDER, asc(questions.title));
}

export async function countQuestions({ userId, filters = {} }: { userId: string; filters?: QuestionFilters }): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ n: count() }).from(questions).where(questionFilterWhere({ userId, filters }));
  return row?.n ?? 0;
}

/**
 * One question by slug, as the person sees it: theirs or built-in (a
 * person's slug never equals a built-in one: import and the editor refuse it).
 */
export async function getQuestionBySlug({ userId, slug }: { userId: string; slug: string }): Promise<Question | undefined> {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(questions)
    .where(and(eq(questions.slug, slug), visibleQuestions({ userId })))
    .orderBy(sql`${questions.ownerId} is null`)
    .limit(1);
  return row;
}

/** One of the person's own questions by slug (archived ones are gone for them); undefined when it is not theirs. */
export async function getOwnQuestionForUser({ userId, slug }: { userId: string; slug: string }): Promise<Question | undefined> {
  return getQuestionBySlug({ userId, slug }).then((q) => (q && q.ownerId === userId ? q : undefined));
}
