import { sql } from "drizzle-orm";
import { markdownToDoc } from "@/lib/rich-text/markdown";
import { docToPlainText } from "@/lib/rich-text/plain-text";
import type { Database } from "../connection";
import { questions, type NewQuestion } from "../schema";
import { advancedQuestions } from "./questions/advanced";
import { beginnerQuestions } from "./questions/beginner";
import { intermediateQuestions } from "./questions/intermediate";
import { REFERENCE_SCENES } from "./reference-scenes";
import type { SeedQuestion } from "./types";

/** The built-in bank, in the order it is authored. */
export const BUILT_IN_QUESTIONS: SeedQuestion[] = [
  ...beginnerQuestions,
  ...intermediateQuestions,
  ...advancedQuestions,
];

export function toQuestionRow(q: SeedQuestion): NewQuestion {
  const prompt = markdownToDoc(q.prompt);
  const sampleAnswer = markdownToDoc(q.sampleAnswer);
  return {
    slug: q.slug,
    title: q.title,
    prompt,
    promptText: docToPlainText(prompt),
    level: q.level,
    kind: q.kind,
    topics: q.topics,
    suggestedMinutes: q.suggestedMinutes,
    sampleAnswer,
    sampleAnswerText: docToPlainText(sampleAnswer),
    keyPoints: q.keyPoints,
    designOutline: q.designOutline ? markdownToDoc(q.designOutline) : null,
    // Reference diagrams live apart from the question text, keyed by slug.
    referenceScene: q.referenceScene ?? (q.kind === "design" ? REFERENCE_SCENES[q.slug] : undefined) ?? null,
    builtIn: true,
    authorId: null,
  };
}

/**
 * Insert or update every built-in question by slug. Ids never change, so
 * interviews and ratings that point at a question keep pointing at it; a
 * question a person wrote (built_in = false) with the same slug is left alone.
 */
export async function seedQuestionBank(db: Database): Promise<{ upserted: number }> {
  const rows = BUILT_IN_QUESTIONS.map(toQuestionRow);
  await db.transaction(async (tx) => {
    for (const row of rows) {
      await tx
        .insert(questions)
        .values(row)
        .onConflictDoUpdate({
          target: questions.slug,
          set: {
            title: row.title,
            prompt: row.prompt,
            promptText: row.promptText,
            level: row.level,
            kind: row.kind,
            topics: row.topics,
            suggestedMinutes: row.suggestedMinutes,
            sampleAnswer: row.sampleAnswer,
            sampleAnswerText: row.sampleAnswerText,
            keyPoints: row.keyPoints,
            designOutline: row.designOutline,
            referenceScene: row.referenceScene,
            updatedAt: sql`now()`,
          },
          setWhere: sql`${questions.builtIn} = true`,
        });
    }
  });
  return { upserted: rows.length };
}
