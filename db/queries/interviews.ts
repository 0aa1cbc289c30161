import "server-only";
import { and, asc, desc, eq, getTableColumns, inArray, isNotNull, isNull, lte, sql } from "drizzle-orm";
import { getDb } from "../client";
import { interviewItems, interviews, questions, ratingLogs, recallStates, recordings, sketches, type Interview, type InterviewItem, type Question } from "../schema";
import { listRedosByUser } from "./redo";
import type { RecordingPart } from "@/lib/recording/chunks";
import type { DrawCandidate, DrawHistory } from "@/lib/interview/draw";
import { AppError } from "@/lib/errors";
import type { InterviewConfig } from "@/lib/interview/config";
import { settle, type FlowInterview, type FlowItem } from "@/lib/interview/flow";
import { applySettlement, startInterviewClocks } from "./interview-clocks";
import { lockInterviewForUser, readInterviewForUser, ownedItem, type Conn, type OwnedItemRef } from "./owned";
import { visibleQuestions } from "./questions";
import type { QuestionSource } from "@/lib/taxonomy";

/** Creating, loading and listing interviews. Transitions live in interview-transitions.ts, answers in answers.ts. */

/**
 * The questions a draw may take for this person: the built-in bank, their own,
 * or both (never anyone else's, never archived ones). Without a person, the
 * built-in bank.
 */
export async function listDrawCandidates(scope?: { userId: string; source: QuestionSource }): Promise<DrawCandidate[]> {
  const db = await getDb();
  const where = scope ? visibleQuestions(scope) : and(isNull(questions.ownerId), isNull(questions.archivedAt));
  return db.select({ id: questions.id, level: questions.level, kind: questions.kind, topics: questions.topics }).from(questions).where(where);
}

/**
 * What the draw needs to know of a person's past: when they last saw each question, what is due, weak topics.
 * Four independent reads, made together. A topic's weakness is the average score of the ratings that stand (each
 * item's latest, as `standingRatings` keeps them): a rating later corrected no longer counts.
 */
export async function getDrawHistoryByUser({ userId, now }: { userId: string; now: Date }): Promise<DrawHistory> {
  const db = await getDb();
  const standing = db
    .selectDistinctOn([sql`coalesce(${ratingLogs.itemId}, ${ratingLogs.id})`], { questionId: ratingLogs.questionId, score: ratingLogs.score })
    .from(ratingLogs)
    .where(eq(ratingLogs.userId, userId))
    .orderBy(sql`coalesce(${ratingLogs.itemId}, ${ratingLogs.id})`, desc(ratingLogs.ratedAt))
    .as("standing");
  const [seen, due, weak, redos] = await Promise.all([
    db
      .select({ questionId: interviewItems.questionId, at: sql<Date>`max(${interviewItems.startedAt})`.mapWith(interviewItems.startedAt) })
      .from(interviewItems)
      .where(and(eq(interviewItems.userId, userId), isNotNull(interviewItems.startedAt)))
      .groupBy(interviewItems.questionId),
    db
      .select({ questionId: recallStates.questionId })
      .from(recallStates)
      .where(and(eq(recallStates.userId, userId), lte(recallStates.due, now))),
    db
      .select({ topic: sql<string>`t.topic`, avgScore: sql<number>`avg(${standing.score})`.mapWith(Number) })
      .from(standing)
      .innerJoin(questions, eq(questions.id, standing.questionId))
      .innerJoin(sql`unnest(${questions.topics}) as t(topic)`, sql`true`)
      .groupBy(sql`t.topic`),
    listRedosByUser({ userId, limit: 1000 }),
  ]);
  return {
    redo: new Set(redos.map((r) => r.questionId)),
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
      .values(input.questionIds.map((questionId, position) => ({ interviewId: interview!.id, userId: input.userId, questionId, position })))
      .returning({ id: interviewItems.id, questionId: interviewItems.questionId });
    if (!scheduled) {
      const flowItems = rows.map((r) => ({ id: r.id, suggestedMinutes: minutes.get(r.questionId) ?? 10 }));
      return startInterviewClocks(tx, interview!, flowItems, input.now);
    }
    return interview!;
  });
}

/**
 * A question as an interview page needs it: everything but the reference diagram,
 * which can be tens of kilobytes and is fetched by the review only when shown.
 */
export type ItemQuestion = Omit<Question, "referenceScene"> & { hasReference: boolean };

const { referenceScene: _scene, ...ITEM_QUESTION_COLUMNS } = getTableColumns(questions);

export type ItemWithQuestion = InterviewItem & {
  question: ItemQuestion;
  sketch: { revision: number; savedAt: Date; hasScene: boolean; timelineEntries: number } | null;
  recording: { bytes: number; durationMs: number; parts: RecordingPart[] } | null;
};
export interface InterviewWithItems {
  interview: Interview;
  items: ItemWithQuestion[];
}

export function loadItems(conn: Conn, interviewId: string): Promise<ItemWithQuestion[]> {
  return loadItemsWith(conn, interviewId, ITEM_QUESTION_COLUMNS);
}

/**
 * What the live room shows of a question: no sample answer, key points, misconceptions or outline. They are
 * kilobytes of JSON a running interview never reads (and should not hold).
 */
const { sampleAnswer: _sa, sampleAnswerText: _sat, keyPoints: _kp, misconceptions: _mc, designOutline: _do, designPhases: _dp, ...LIVE_QUESTION_COLUMNS } =
  ITEM_QUESTION_COLUMNS;
export type LiveItemQuestion = Omit<ItemQuestion, "sampleAnswer" | "sampleAnswerText" | "keyPoints" | "misconceptions" | "designOutline" | "designPhases">;
export type LiveItem = Omit<ItemWithQuestion, "question"> & { question: LiveItemQuestion };

export function loadLiveItems(conn: Conn, interviewId: string): Promise<LiveItem[]> {
  return loadItemsWith(conn, interviewId, LIVE_QUESTION_COLUMNS);
}

async function loadItemsWith<Q extends Partial<typeof ITEM_QUESTION_COLUMNS>>(conn: Conn, interviewId: string, columns: Q, onlyItemIds?: readonly string[]) {
  const rows = await conn
    .select({
      item: interviewItems,
      question: { ...columns, hasReference: sql<boolean>`${questions.referenceScene} is not null` },
      sketchRevision: sketches.revision,
      sketchSavedAt: sketches.savedAt,
      timelineSeq: sketches.timelineSeq,
      recordingBytes: recordings.bytes,
      recordingDurationMs: recordings.durationMs,
      recordingParts: recordings.parts,
    })
    .from(interviewItems)
    .innerJoin(questions, eq(questions.id, interviewItems.questionId))
    .leftJoin(sketches, eq(sketches.itemId, interviewItems.id))
    .leftJoin(recordings, eq(recordings.itemId, interviewItems.id))
    .where(onlyItemIds ? and(eq(interviewItems.interviewId, interviewId), inArray(interviewItems.id, [...onlyItemIds])) : eq(interviewItems.interviewId, interviewId))
    .orderBy(asc(interviewItems.position));
  return rows.map((r) => ({
    ...r.item,
    question: r.question,
    sketch:
      r.sketchRevision !== null && r.sketchSavedAt
        ? { revision: r.sketchRevision, savedAt: r.sketchSavedAt, hasScene: true, timelineEntries: (r.timelineSeq ?? -1) + 1 }
        : null,
    recording:
      r.recordingParts && r.recordingParts.length > 0 ? { bytes: r.recordingBytes ?? 0, durationMs: r.recordingDurationMs ?? 0, parts: r.recordingParts } : null,
  }));
}

export function toFlow(i: Interview): FlowInterview {
  return { status: i.status, timerMode: i.timerMode, startedAt: i.startedAt, deadlineAt: i.deadlineAt, finishedAt: i.finishedAt };
}

/** An item as the clocks see it: its own times and its question's suggested minutes; nothing of the answer or the question. */
export type FlowRow = Pick<InterviewItem, "id" | "position" | "questionId" | "startedAt" | "deadlineAt" | "submittedAt"> & {
  question: { suggestedMinutes: number };
};

/** An interview and its items' clocks: what a transition, the state route and a rating's settling need. */
export interface InterviewState {
  interview: Interview;
  items: FlowRow[];
}

/**
 * The items' clocks alone. Transitions used to load every item with its whole question (sample answer, rules,
 * outline: kilobytes of JSON each) up to three times a request, for four timestamps and a number.
 */
export async function loadFlowRows(conn: Conn, interviewId: string): Promise<FlowRow[]> {
  const rows = await conn
    .select({
      id: interviewItems.id,
      position: interviewItems.position,
      questionId: interviewItems.questionId,
      startedAt: interviewItems.startedAt,
      deadlineAt: interviewItems.deadlineAt,
      submittedAt: interviewItems.submittedAt,
      suggestedMinutes: questions.suggestedMinutes,
    })
    .from(interviewItems)
    .innerJoin(questions, eq(questions.id, interviewItems.questionId))
    .where(eq(interviewItems.interviewId, interviewId))
    .orderBy(asc(interviewItems.position));
  return rows.map(({ suggestedMinutes, ...it }) => ({ ...it, question: { suggestedMinutes } }));
}

export function toFlowItems(items: readonly FlowRow[]): FlowItem[] {
  return items.map((it) => ({
    id: it.id,
    position: it.position,
    suggestedMinutes: it.question.suggestedMinutes,
    startedAt: it.startedAt,
    deadlineAt: it.deadlineAt,
    submittedAt: it.submittedAt,
  }));
}

type ItemLoader<T extends FlowRow> = (conn: Conn, interviewId: string) => Promise<T[]>;

/** The interview and its items as they stand now, inside a transaction. */
export async function reloadInterview(conn: Conn, interviewId: string): Promise<InterviewWithItems> {
  return reloadWith(conn, interviewId, loadItems);
}

/** The interview and its items' clocks as they stand now, inside a transaction. */
export async function reloadInterviewState(conn: Conn, interviewId: string): Promise<InterviewState> {
  return reloadWith(conn, interviewId, loadFlowRows);
}

async function reloadWith<T extends FlowRow>(conn: Conn, interviewId: string, load: ItemLoader<T>): Promise<{ interview: Interview; items: T[] }> {
  const [interview] = await conn.select().from(interviews).where(eq(interviews.id, interviewId));
  return { interview: interview!, items: await load(conn, interviewId) };
}

interface LoadInput {
  userId: string;
  interviewId: string;
  now: Date;
}

/**
 * Load an interview with its questions, first closing whatever time has run
 * out (under a row lock, so two devices settle it once).
 */
export function getInterviewWithItemsForUser(input: LoadInput): Promise<InterviewWithItems | undefined> {
  return settledLoad(input, loadItems);
}

/** The same for the live room: each question without its answer key (see LIVE_QUESTION_COLUMNS). */
export function getLiveInterviewForUser(input: LoadInput): Promise<{ interview: Interview; items: LiveItem[] } | undefined> {
  return settledLoad(input, loadLiveItems);
}

/** The same, settled, with the items' clocks only (the state route). */
export function getInterviewStateForUser(input: LoadInput): Promise<InterviewState | undefined> {
  return settledLoad(input, loadFlowRows);
}

async function settledLoad<T extends FlowRow>({ userId, interviewId, now }: LoadInput, load: ItemLoader<T>): Promise<{ interview: Interview; items: T[] } | undefined> {
  const db = await getDb();
  // Most loads (a review, a reload of a running interview) have nothing to settle:
  // read without a lock, and take the lock only when time has closed something.
  const seen = await readInterviewForUser(db, { userId, interviewId });
  if (!seen) return undefined;
  const seenItems = await load(db, interviewId);
  const seenSettlement = settle(toFlow(seen), toFlowItems(seenItems), now);
  if (!seenSettlement.items.length && !seenSettlement.interview.status) return { interview: seen, items: seenItems };
  return db.transaction(async (tx) => {
    const interview = await lockInterviewForUser(tx, { userId, interviewId });
    if (!interview) return undefined;
    const items = await load(tx, interviewId);
    const s = settle(toFlow(interview), toFlowItems(items), now);
    if (s.items.length || s.interview.status) {
      await applySettlement(tx, interviewId, s, now);
      return reloadWith(tx, interviewId, load);
    }
    return { interview, items };
  });
}

/**
 * Some questions of a finished interview, for the review's later questions: the interview, every item's clocks (a
 * question's time depends on the others') and those items with their questions, in order (ids not in the interview
 * are left out). Nothing is settled: an interview in review has nothing left to settle, and the caller refuses one
 * that is not in review. Undefined when the interview is not the person's.
 */
export async function getReviewItemsForUser({ userId, interviewId, itemIds }: { userId: string; interviewId: string; itemIds: readonly string[] }): Promise<{ interview: Interview; clocks: FlowRow[]; items: ItemWithQuestion[] } | undefined> {
  const db = await getDb();
  const interview = await readInterviewForUser(db, { userId, interviewId });
  if (!interview) return undefined;
  const [clocks, items] = await Promise.all([loadFlowRows(db, interviewId), loadItemsWith(db, interviewId, ITEM_QUESTION_COLUMNS, itemIds)]);
  return { interview, clocks, items };
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

export async function listRecentInterviewsByUser({ userId, limit = 5 }: { userId: string; limit?: number }): Promise<InterviewListRow[]> {
  const db = await getDb();
  return db
    .select(LIST_COLUMNS)
    .from(interviews)
    .where(and(eq(interviews.userId, userId), sql`${interviews.status} <> 'scheduled'`))
    .orderBy(desc(interviews.createdAt), desc(interviews.id))
    .limit(limit);
}

/** The interview in progress, if any (the newest active one). */
export async function getActiveInterviewByUser({ userId }: { userId: string }): Promise<InterviewListRow | undefined> {
  const db = await getDb();
  const [row] = await db
    .select(LIST_COLUMNS)
    .from(interviews)
    .where(and(eq(interviews.userId, userId), eq(interviews.status, "active")))
    .orderBy(desc(interviews.startedAt))
    .limit(1);
  return row;
}

/**
 * The reference diagram of one item's question, once the person's interview is
 * in review or completed (the review fetches it when it shows the diagram).
 * `undefined`: not their item; `null`: not in review yet, or no diagram.
 */
export async function getReferenceSceneForUser(ref: OwnedItemRef): Promise<{ status: Interview["status"]; scene: unknown } | undefined> {
  const db = await getDb();
  const [row] = await db
    .select({ status: interviews.status, scene: questions.referenceScene })
    .from(interviewItems)
    .innerJoin(interviews, eq(interviews.id, interviewItems.interviewId))
    .innerJoin(questions, eq(questions.id, interviewItems.questionId))
    .where(ownedItem(ref))
    .limit(1);
  return row;
}
