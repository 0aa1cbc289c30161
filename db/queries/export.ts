import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import { getDb } from "../client";
import { interviewItems, interviews, questions, ratingLogs, recallStates, sketches, users } from "../schema";

/**
 * Everything of one person's, read for the export: plain rows, never the
 * password hash or the session generation. Each reader is one query over the
 * person's rows (ownership is the `where`).
 */

export async function getProfileForExportByUser({ userId }: { userId: string }) {
  const db = await getDb();
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      image: users.image,
      emailVerified: users.emailVerified,
      timeZone: users.timeZone,
      targetInterviewAt: users.targetInterviewAt,
      createdAt: users.createdAt,
      signsInWithPassword: users.passwordHash,
    })
    .from(users)
    .where(eq(users.id, userId));
  if (!row) return undefined;
  return { ...row, signsInWithPassword: row.signsInWithPassword !== null };
}

export async function listInterviewsForExportByUser({ userId }: { userId: string }) {
  const db = await getDb();
  const rows = await db.select().from(interviews).where(eq(interviews.userId, userId)).orderBy(asc(interviews.createdAt), asc(interviews.id));
  if (rows.length === 0) return [];
  const items = await db
    .select({
      item: interviewItems,
      question: {
        slug: questions.slug,
        title: questions.title,
        level: questions.level,
        kind: questions.kind,
        topics: questions.topics,
        sampleAnswer: questions.sampleAnswer,
        keyPoints: questions.keyPoints,
      },
      sketch: { scene: sketches.scene, previewSvg: sketches.previewSvg, revision: sketches.revision, savedAt: sketches.savedAt },
    })
    .from(interviewItems)
    .innerJoin(questions, eq(questions.id, interviewItems.questionId))
    .leftJoin(sketches, eq(sketches.itemId, interviewItems.id))
    .where(inArray(interviewItems.interviewId, rows.map((r) => r.id)))
    .orderBy(asc(interviewItems.interviewId), asc(interviewItems.position));
  return rows.map((interview) => ({
    interview,
    items: items
      .filter((r) => r.item.interviewId === interview.id)
      .map((r) => ({ ...r.item, question: r.question, sketch: r.sketch?.revision === null || r.sketch?.revision === undefined ? null : r.sketch })),
  }));
}

export async function listRatingLogsForExportByUser({ userId }: { userId: string }) {
  const db = await getDb();
  return db
    .select({ log: ratingLogs, questionSlug: questions.slug })
    .from(ratingLogs)
    .innerJoin(questions, eq(questions.id, ratingLogs.questionId))
    .where(eq(ratingLogs.userId, userId))
    .orderBy(asc(ratingLogs.ratedAt), asc(ratingLogs.id));
}

export async function listRecallStatesForExportByUser({ userId }: { userId: string }) {
  const db = await getDb();
  return db
    .select({ state: recallStates, questionSlug: questions.slug })
    .from(recallStates)
    .innerJoin(questions, eq(questions.id, recallStates.questionId))
    .where(eq(recallStates.userId, userId))
    .orderBy(asc(questions.slug));
}

/** The questions the person wrote or imported, archived ones too (their history holds them). */
export async function listOwnQuestionsForExportByUser({ userId }: { userId: string }) {
  const db = await getDb();
  return db.select().from(questions).where(eq(questions.ownerId, userId)).orderBy(asc(questions.slug));
}
