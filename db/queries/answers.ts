import "server-only";
import { and, eq, isNotNull, sql } from "drizzle-orm";
import { getDb } from "../client";
import type { Database } from "../connection";
import { interviewItems, interviews, sketches, users } from "../schema";
import { AppError, notFound } from "@/lib/errors";
import { canWriteItem } from "@/lib/interview/flow";
import { WRITE_GRACE_MS } from "@/lib/interview/timer";
import type { RichDoc } from "@/lib/rich-text/doc";
import type { Language } from "@/lib/taxonomy";
import { toFlow } from "./interviews";

export interface SaveAnswerInput {
  userId: string;
  interviewId: string;
  itemId: string;
  revision: number;
  doc: RichDoc;
  text: string;
  now: Date;
}

export type SaveResult = { revision: number; savedAt: Date; stale: boolean };

/**
 * The autosave UPDATE, built once per connection and reused: it runs on every
 * keystroke pause of every person, and building it through the query builder
 * each time cost more CPU than PostgreSQL spends running it.
 */
function buildSaveAnswer(db: Database) {
  const p = {
    itemId: sql.placeholder("itemId"),
    interviewId: sql.placeholder("interviewId"),
    userId: sql.placeholder("userId"),
    revision: sql.placeholder("revision"),
    graceCutoff: sql.placeholder("graceCutoff"),
  };
  return db
    .update(interviewItems)
    .set({
      // Placeholders skip the columns' own encoders: the values arrive encoded (see below).
      answerDoc: sql`${sql.placeholder("doc")}::jsonb`,
      answerText: sql`${sql.placeholder("text")}::text`,
      answerRevision: sql`${p.revision}::int`,
      answerSavedAt: sql`${sql.placeholder("now")}::timestamptz`,
    })
    .where(
      and(
        eq(interviewItems.id, p.itemId),
        eq(interviewItems.interviewId, p.interviewId),
        sql`${interviewItems.answerRevision} < ${p.revision}::int`,
        isNotNull(interviewItems.startedAt),
        sql`(${interviewItems.submittedAt} is null or ${interviewItems.submittedAt} >= ${p.graceCutoff}::timestamptz)`,
        sql`exists (select 1 from ${interviews} v where v.id = ${interviewItems.interviewId} and v.user_id = ${p.userId}
              and (v.status = 'active' or (v.status = 'review' and v.finished_at >= ${p.graceCutoff}::timestamptz))
              and (coalesce(${interviewItems.deadlineAt}, v.deadline_at) is null or coalesce(${interviewItems.deadlineAt}, v.deadline_at) >= ${p.graceCutoff}::timestamptz))`,
      ),
    )
    .returning({ revision: interviewItems.answerRevision, savedAt: interviewItems.answerSavedAt })
    .prepare("mockline_save_answer");
}

const preparedSaves = new WeakMap<Database, ReturnType<typeof buildSaveAnswer>>();

/**
 * Store an answer if its revision is newer than the stored one and the
 * question is still open (deadline plus grace). One conditional UPDATE on
 * the fast path; only a refused write pays for a second look to say why.
 */
export async function saveAnswerForUser(input: SaveAnswerInput): Promise<SaveResult> {
  const db = await getDb();
  let save = preparedSaves.get(db);
  if (!save) {
    save = buildSaveAnswer(db);
    preparedSaves.set(db, save);
  }
  const graceCutoff = new Date(input.now.getTime() - WRITE_GRACE_MS).toISOString();
  const updated = await save.execute({
    itemId: input.itemId,
    interviewId: input.interviewId,
    userId: input.userId,
    revision: input.revision,
    graceCutoff,
    doc: JSON.stringify(input.doc),
    text: input.text,
    now: input.now.toISOString(),
  });
  if (updated[0]) return { revision: updated[0].revision, savedAt: updated[0].savedAt!, stale: false };
  return explainRefusedWrite(db, input, "answer");
}

/** Why a conditional write changed nothing: not theirs (404), closed (409), or simply older than what is stored (harmless). */
export async function explainRefusedWrite(
  db: Database,
  input: { userId: string; interviewId: string; itemId: string; revision: number; now: Date },
  what: "answer" | "sketch",
): Promise<SaveResult> {
  const [row] = await db
    .select({ item: interviewItems, interview: interviews, sketchRevision: sketches.revision, sketchSavedAt: sketches.savedAt })
    .from(interviewItems)
    .innerJoin(interviews, eq(interviews.id, interviewItems.interviewId))
    .leftJoin(sketches, eq(sketches.itemId, interviewItems.id))
    .where(and(eq(interviewItems.id, input.itemId), eq(interviewItems.interviewId, input.interviewId), eq(interviews.userId, input.userId)));
  if (!row) throw notFound("ownedItem");
  const verdict = canWriteItem(toFlow(row.interview), { ...row.item, suggestedMinutes: 0 }, input.now);
  if (!verdict.ok) throw new AppError(verdict.code, verdict.message);
  const current = what === "answer" ? row.item.answerRevision : (row.sketchRevision ?? 0);
  const savedAt = what === "answer" ? row.item.answerSavedAt : row.sketchSavedAt;
  // The stored revision is as new or newer: a repeated or out-of-order save, which is harmless.
  return { revision: current, savedAt: savedAt ?? input.now, stale: true };
}

/**
 * Remember the language a coding answer is written in, on the item and as the
 * person's default for the next coding question. Like the answer itself it can
 * change only while the question is open; what is not theirs is not found.
 */
export async function setAnswerLanguageForUser(input: { userId: string; interviewId: string; itemId: string; language: Language; now: Date }): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ item: interviewItems, interview: interviews })
      .from(interviewItems)
      .innerJoin(interviews, eq(interviews.id, interviewItems.interviewId))
      .where(and(eq(interviewItems.id, input.itemId), eq(interviewItems.interviewId, input.interviewId), eq(interviews.userId, input.userId)))
      .for("update");
    if (!row) throw notFound("ownedItem");
    const verdict = canWriteItem(toFlow(row.interview), { ...row.item, suggestedMinutes: 0 }, input.now);
    if (!verdict.ok) throw new AppError(verdict.code, verdict.message);
    await tx.update(interviewItems).set({ answerLanguage: input.language }).where(eq(interviewItems.id, input.itemId));
    await tx.update(users).set({ preferredLanguage: input.language }).where(eq(users.id, input.userId));
  });
}
