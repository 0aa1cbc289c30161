import "server-only";
import { and, asc, desc, eq, gt, inArray, isNotNull, lte, sql } from "drizzle-orm";
import { getDb } from "../client";
import type { Database } from "../connection";
import { interviewItems, interviews, questions, ratingLogs, reviewStates, sketches, type Interview, type InterviewItem, type Question } from "../schema";
import type { DrawCandidate, DrawHistory } from "@/lib/interview/draw";
import { AppError } from "@/lib/errors";
import type { InterviewConfig } from "@/lib/interview/config";
import {
  canWriteItem,
  finishInterview,
  settle,
  startClocks,
  submitItem,
  type FlowInterview,
  type FlowItem,
  type Settlement,
} from "@/lib/interview/flow";
import { WRITE_GRACE_MS } from "@/lib/interview/timer";
import type { RichDoc } from "@/lib/rich-text/doc";

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];
type Conn = Database | Tx;

export async function listDrawCandidates(): Promise<DrawCandidate[]> {
  const db = await getDb();
  return db.select({ id: questions.id, level: questions.level, kind: questions.kind, topics: questions.topics }).from(questions);
}

/** What the draw needs to know of a person's past: when they last saw each question, what is due, weak topics. */
export async function getDrawHistoryByUser(userId: string, now: Date): Promise<DrawHistory> {
  const db = await getDb();
  const seen = await db
    .select({ questionId: interviewItems.questionId, at: sql<Date>`max(${interviewItems.startedAt})`.mapWith(interviewItems.startedAt) })
    .from(interviewItems)
    .innerJoin(interviews, eq(interviews.id, interviewItems.interviewId))
    .where(and(eq(interviews.userId, userId), isNotNull(interviewItems.startedAt)))
    .groupBy(interviewItems.questionId);
  const due = await db
    .select({ questionId: reviewStates.questionId })
    .from(reviewStates)
    .where(and(eq(reviewStates.userId, userId), lte(reviewStates.due, now)));
  const weak = await db
    .select({
      topic: sql<string>`t.topic`,
      avgScore: sql<number>`avg(${ratingLogs.score})`.mapWith(Number),
    })
    .from(ratingLogs)
    .innerJoin(questions, eq(questions.id, ratingLogs.questionId))
    .innerJoin(sql`unnest(${questions.topics}) as t(topic)`, sql`true`)
    .where(eq(ratingLogs.userId, userId))
    .groupBy(sql`t.topic`);
  return {
    lastSeen: new Map(seen.filter((r) => r.at).map((r) => [r.questionId, new Date(r.at)])),
    due: new Set(due.map((d) => d.questionId)),
    topicWeakness: new Map(weak.map((w) => [w.topic, Math.max(0, Math.min(1, 1 - w.avgScore / 100))])),
  };
}

export interface CreateInterviewInput {
  userId: string;
  title: string;
  config: InterviewConfig;
  seed: number;
  questionIds: string[];
  now: Date;
  /** When set, the interview waits for this time; otherwise its clock starts now. */
  scheduledFor?: Date | null;
  timeZone?: string | null;
}

export async function createInterview(input: CreateInterviewInput): Promise<Interview> {
  if (input.questionIds.length === 0) throw new AppError("bad_request", "No question matches these filters.");
  const db = await getDb();
  return db.transaction(async (tx) => {
    const qs = await tx
      .select({ id: questions.id, suggestedMinutes: questions.suggestedMinutes })
      .from(questions)
      .where(inArray(questions.id, input.questionIds));
    const minutes = new Map(qs.map((q) => [q.id, q.suggestedMinutes]));
    const scheduled = Boolean(input.scheduledFor);
    const [interview] = await tx
      .insert(interviews)
      .values({
        userId: input.userId,
        title: input.title,
        config: input.config,
        status: scheduled ? "scheduled" : "active",
        timerMode: input.config.timerMode,
        totalSeconds: input.config.timerMode === "total" ? input.config.totalMinutes * 60 : null,
        seed: input.seed,
        scheduledFor: input.scheduledFor ?? null,
        timeZone: input.timeZone ?? null,
        createdAt: input.now,
        updatedAt: input.now,
      })
      .returning();
    const rows = await tx
      .insert(interviewItems)
      .values(input.questionIds.map((questionId, position) => ({ interviewId: interview!.id, questionId, position })))
      .returning({ id: interviewItems.id, questionId: interviewItems.questionId });
    if (!scheduled) {
      const flowItems = rows.map((r) => ({ id: r.id, suggestedMinutes: minutes.get(r.questionId) ?? 10 }));
      return startInterviewClocks(tx, interview!, flowItems, input.now);
    }
    return interview!;
  });
}

async function startInterviewClocks(
  tx: Conn,
  interview: Interview,
  items: { id: string; suggestedMinutes: number }[],
  now: Date,
): Promise<Interview> {
  const clocks = startClocks(interview.timerMode, items, now, interview.config.totalMinutes);
  for (const c of clocks.items) {
    await tx.update(interviewItems).set({ startedAt: c.startedAt, deadlineAt: c.deadlineAt ?? null }).where(eq(interviewItems.id, c.id));
  }
  const [updated] = await tx
    .update(interviews)
    .set({ status: "active", startedAt: now, deadlineAt: clocks.deadlineAt, updatedAt: now })
    .where(eq(interviews.id, interview.id))
    .returning();
  return updated!;
}

export type ItemWithQuestion = InterviewItem & {
  question: Question;
  sketch: { revision: number; savedAt: Date; hasScene: boolean } | null;
};
export interface InterviewWithItems {
  interview: Interview;
  items: ItemWithQuestion[];
}

async function loadItems(conn: Conn, interviewId: string): Promise<ItemWithQuestion[]> {
  const rows = await conn
    .select({
      item: interviewItems,
      question: questions,
      sketchRevision: sketches.revision,
      sketchSavedAt: sketches.savedAt,
    })
    .from(interviewItems)
    .innerJoin(questions, eq(questions.id, interviewItems.questionId))
    .leftJoin(sketches, eq(sketches.itemId, interviewItems.id))
    .where(eq(interviewItems.interviewId, interviewId))
    .orderBy(asc(interviewItems.position));
  return rows.map((r) => ({
    ...r.item,
    question: r.question,
    sketch: r.sketchRevision !== null && r.sketchSavedAt ? { revision: r.sketchRevision, savedAt: r.sketchSavedAt, hasScene: true } : null,
  }));
}

/** An interview of this user's, or undefined: someone else's is "not found", never "forbidden". */
export async function getInterviewByIdForUser(id: string, userId: string): Promise<Interview | undefined> {
  const db = await getDb();
  const [row] = await db.select().from(interviews).where(and(eq(interviews.id, id), eq(interviews.userId, userId))).limit(1);
  return row;
}

function toFlow(i: Interview): FlowInterview {
  return { status: i.status, timerMode: i.timerMode, startedAt: i.startedAt, deadlineAt: i.deadlineAt, finishedAt: i.finishedAt };
}

function toFlowItems(items: ItemWithQuestion[]): FlowItem[] {
  return items.map((it) => ({
    id: it.id,
    position: it.position,
    suggestedMinutes: it.question.suggestedMinutes,
    startedAt: it.startedAt,
    deadlineAt: it.deadlineAt,
    submittedAt: it.submittedAt,
  }));
}

async function applySettlement(tx: Conn, interviewId: string, s: Settlement, now: Date): Promise<void> {
  for (const c of s.items) {
    const set: Partial<InterviewItem> = {};
    if (c.startedAt) set.startedAt = c.startedAt;
    if (c.deadlineAt !== undefined) set.deadlineAt = c.deadlineAt;
    if (c.submittedAt) set.submittedAt = c.submittedAt;
    await tx.update(interviewItems).set(set).where(eq(interviewItems.id, c.id));
  }
  if (s.interview.status || s.interview.finishedAt) {
    await tx
      .update(interviews)
      .set({ ...s.interview, updatedAt: now })
      .where(eq(interviews.id, interviewId));
  }
}

/**
 * Load an interview with its questions, first closing whatever time has run
 * out (under a row lock, so two devices settle it once).
 */
export async function getInterviewWithItemsForUser(id: string, userId: string, now: Date): Promise<InterviewWithItems | undefined> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [interview] = await tx
      .select()
      .from(interviews)
      .where(and(eq(interviews.id, id), eq(interviews.userId, userId)))
      .for("update");
    if (!interview) return undefined;
    let items = await loadItems(tx, id);
    const s = settle(toFlow(interview), toFlowItems(items), now);
    if (s.items.length || s.interview.status) {
      await applySettlement(tx, id, s, now);
      const [fresh] = await tx.select().from(interviews).where(eq(interviews.id, id));
      items = await loadItems(tx, id);
      return { interview: fresh!, items };
    }
    return { interview, items };
  });
}

type Transition = (interview: FlowInterview, items: FlowItem[], now: Date) => Settlement;

async function transition(
  id: string,
  userId: string,
  now: Date,
  fn: Transition,
  allowed: Interview["status"][],
  /** The item the change is about: one not in this interview is "not found", whatever the interview's state. */
  itemId?: string,
): Promise<InterviewWithItems> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [interview] = await tx
      .select()
      .from(interviews)
      .where(and(eq(interviews.id, id), eq(interviews.userId, userId)))
      .for("update");
    if (!interview) throw new AppError("not_found", "That interview was not found.");
    let items = await loadItems(tx, id);
    if (itemId !== undefined && !items.some((it) => it.id === itemId)) throw new AppError("not_found", "That question was not found in this interview.");
    const settled = settle(toFlow(interview), toFlowItems(items), now);
    await applySettlement(tx, id, settled, now);
    const status = settled.interview.status ?? interview.status;
    if (!allowed.includes(status)) {
      if (settled.items.length || settled.interview.status) {
        // Time ran out first: what it closed stands, and the caller is told where things are.
        items = await loadItems(tx, id);
        const [fresh] = await tx.select().from(interviews).where(eq(interviews.id, id));
        return { interview: fresh!, items };
      }
      throw new AppError("conflict", `This interview is ${status}, so that can no longer be done.`);
    }
    items = await loadItems(tx, id);
    const current = { ...toFlow(interview), ...settled.interview };
    const change = fn(current, toFlowItems(items), now);
    await applySettlement(tx, id, change, now);
    const [fresh] = await tx.select().from(interviews).where(eq(interviews.id, id));
    return { interview: fresh!, items: await loadItems(tx, id) };
  });
}

export function submitItemForUser(id: string, itemId: string, userId: string, now: Date) {
  return transition(
    id,
    userId,
    now,
    (iv, items, at) => {
      if (!items.some((it) => it.id === itemId)) throw new AppError("not_found", "That question was not found in this interview.");
      return submitItem(iv, items, itemId, at);
    },
    ["active"],
    itemId,
  );
}

export function finishInterviewForUser(id: string, userId: string, now: Date) {
  return transition(id, userId, now, (_iv, items, at) => finishInterview(items, at), ["active"]);
}

export function abandonInterviewForUser(id: string, userId: string, now: Date) {
  return transition(id, userId, now, () => ({ interview: { status: "abandoned", finishedAt: now }, items: [] }), ["active", "scheduled", "review"]);
}

/** Start a scheduled interview now (early starts are allowed). */
export async function startScheduledInterviewForUser(id: string, userId: string, now: Date): Promise<Interview> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [interview] = await tx
      .select()
      .from(interviews)
      .where(and(eq(interviews.id, id), eq(interviews.userId, userId)))
      .for("update");
    if (!interview) throw new AppError("not_found", "That interview was not found.");
    if (interview.status === "active") return interview;
    if (interview.status !== "scheduled") throw new AppError("conflict", `This interview is ${interview.status}, so it cannot start.`);
    const items = await loadItems(tx, id);
    return startInterviewClocks(tx, interview, items.map((it) => ({ id: it.id, suggestedMinutes: it.question.suggestedMinutes })), now);
  });
}

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
 * Store an answer if its revision is newer than the stored one and the
 * question is still open (deadline plus grace). One conditional UPDATE on
 * the fast path; only a refused write pays for a second look to say why.
 */
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
  if (!row) throw new AppError("not_found", "That question was not found in your interviews.");
  const verdict = canWriteItem(toFlow(row.interview), { ...row.item, suggestedMinutes: 0 }, input.now);
  if (!verdict.ok) throw new AppError(verdict.code, verdict.message);
  const current = what === "answer" ? row.item.answerRevision : (row.sketchRevision ?? 0);
  const savedAt = what === "answer" ? row.item.answerSavedAt : row.sketchSavedAt;
  // The stored revision is as new or newer: a repeated or out-of-order save, which is harmless.
  return { revision: current, savedAt: savedAt ?? input.now, stale: true };
}

export interface InterviewListRow {
  id: string;
  title: string;
  status: Interview["status"];
  timerMode: Interview["timerMode"];
  createdAt: Date;
  startedAt: Date | null;
  deadlineAt: Date | null;
  finishedAt: Date | null;
  scheduledFor: Date | null;
  itemCount: number;
}

/** The columns of an interview in a list (dashboard, resume card). */
const LIST_COLUMNS = {
  id: interviews.id,
  title: interviews.title,
  status: interviews.status,
  timerMode: interviews.timerMode,
  createdAt: interviews.createdAt,
  startedAt: interviews.startedAt,
  deadlineAt: interviews.deadlineAt,
  finishedAt: interviews.finishedAt,
  scheduledFor: interviews.scheduledFor,
  itemCount: sql<number>`(select count(*)::int from interview_items ii where ii.interview_id = "interviews"."id")`,
};

export async function listRecentInterviewsByUser(userId: string, limit = 5): Promise<InterviewListRow[]> {
  const db = await getDb();
  return db
    .select(LIST_COLUMNS)
    .from(interviews)
    .where(and(eq(interviews.userId, userId), sql`${interviews.status} <> 'scheduled'`))
    .orderBy(desc(interviews.createdAt), desc(interviews.id))
    .limit(limit);
}

/** The interview in progress, if any (the newest active one). */
export async function getActiveInterviewByUser(userId: string): Promise<InterviewListRow | undefined> {
  const db = await getDb();
  const [row] = await db
    .select(LIST_COLUMNS)
    .from(interviews)
    .where(and(eq(interviews.userId, userId), eq(interviews.status, "active")))
    .orderBy(desc(interviews.startedAt))
    .limit(1);
  return row;
}

export { gt };
