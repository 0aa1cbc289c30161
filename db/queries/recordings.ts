import "server-only";
import { and, asc, desc, eq, gte, inArray, lte, sql } from "drizzle-orm";
import { getDb } from "../client";
import { interviewItems, interviews, questions, recordingChunks, recordings } from "../schema";
import { AppError, notFound } from "@/lib/errors";
import { canWriteItem } from "@/lib/interview/flow";
import { applyChunk, type ChunkMeta, type RecordingPart } from "@/lib/recording/chunks";
import { nextNumbers } from "@/lib/recording/numbers";
import { toFlow } from "./interviews";
import { ownedItem, type OwnedItemRef } from "./owned";

export interface SaveChunkInput extends OwnedItemRef, Omit<ChunkMeta, "bytes"> {
  data: Uint8Array;
  now: Date;
}

export interface SaveChunkResult {
  /** False when this sequence number was already stored (a repeat, which changes nothing). */
  stored: boolean;
  bytes: number;
  durationMs: number;
  nextSeq: number;
}

/**
 * Store one uploaded chunk under the rules of answers: the person's own item,
 * still open (deadline plus grace, lib/interview/flow.ts), and within the
 * recording's limits (lib/recording/chunks.ts). The recording's row is locked
 * for the transaction, so chunks of one question are counted one at a time and
 * a limit cannot be overrun by two arriving together.
 */
export async function saveRecordingChunkForUser(input: SaveChunkInput): Promise<SaveChunkResult> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    // Once the recording exists (every chunk after the first), one statement finds the item and locks the recording.
    let [row] = await tx
      .select({ item: interviewItems, interview: interviews, recording: recordings })
      .from(recordings)
      .innerJoin(interviewItems, eq(interviewItems.id, recordings.itemId))
      .innerJoin(interviews, eq(interviews.id, interviewItems.interviewId))
      .where(ownedItem(input))
      .for("update", { of: recordings });
    if (!row) {
      const [found] = await tx
        .select({ item: interviewItems, interview: interviews })
        .from(interviewItems)
        .innerJoin(interviews, eq(interviews.id, interviewItems.interviewId))
        .where(ownedItem(input));
      if (!found) throw notFound("ownedItem");
      await tx.insert(recordings).values({ itemId: input.itemId, createdAt: input.now, updatedAt: input.now }).onConflictDoNothing();
      const [recording] = await tx.select().from(recordings).where(eq(recordings.itemId, input.itemId)).for("update");
      row = { ...found, recording: recording! };
    }
    const verdict = canWriteItem(toFlow(row.interview), { ...row.item, suggestedMinutes: 0 }, input.now);
    if (!verdict.ok) throw new AppError(verdict.code, verdict.message);
    const state = row.recording;
    const inserted = await tx
      .insert(recordingChunks)
      .values({ itemId: input.itemId, seq: input.seq, part: input.part, endMs: input.endMs, bytes: input.data.length, data: input.data })
      .onConflictDoNothing()
      .returning({ seq: recordingChunks.seq });
    const summary = (s: { bytes: number; durationMs: number; parts: RecordingPart[] }, stored: boolean): SaveChunkResult => ({
      stored,
      bytes: s.bytes,
      durationMs: s.durationMs,
      nextSeq: nextNumbers(s).nextSeq,
    });

    if (inserted.length === 0) {
      const [held] = await tx
        .select({ part: recordingChunks.part, bytes: recordingChunks.bytes })
        .from(recordingChunks)
        .where(and(eq(recordingChunks.itemId, input.itemId), eq(recordingChunks.seq, input.seq)));
      if (held?.part !== input.part || held.bytes !== input.data.length) {
        throw new AppError("conflict", `Chunk ${input.seq} of this recording is already stored with other audio: is another device recording this question?`);
      }
      return summary(state, false);
    }

    const applied = applyChunk(state, { ...input, bytes: input.data.length });
    // Throwing rolls the chunk back: nothing refused is ever stored.
    if (!applied.ok) throw new AppError(applied.code, applied.message, applied.retry ? { retry: true } : undefined);
    await tx
      .update(recordings)
      .set({ bytes: applied.next.bytes, durationMs: applied.next.durationMs, parts: applied.next.parts, updatedAt: input.now })
      .where(eq(recordings.itemId, input.itemId));
    return summary(applied.next, true);
  });
}

export interface RecordingSummary {
  bytes: number;
  durationMs: number;
  parts: RecordingPart[];
  updatedAt: Date;
}

/** One of the person's recordings (totals and parts), or undefined when the item is not theirs or has none. */
export async function getRecordingForUser(ref: OwnedItemRef): Promise<RecordingSummary | undefined> {
  const db = await getDb();
  const [row] = await db
    .select({ bytes: recordings.bytes, durationMs: recordings.durationMs, parts: recordings.parts, updatedAt: recordings.updatedAt })
    .from(recordings)
    .innerJoin(interviewItems, eq(interviewItems.id, recordings.itemId))
    .innerJoin(interviews, eq(interviews.id, interviewItems.interviewId))
    .where(ownedItem(ref));
  return row;
}

/** The sequence numbers and sizes of one part's chunks, in order: enough to answer a range request. */
export async function listPartChunksForUser(ref: OwnedItemRef & { part: number }): Promise<{ seq: number; bytes: number }[]> {
  const db = await getDb();
  return db
    .select({ seq: recordingChunks.seq, bytes: recordingChunks.bytes })
    .from(recordingChunks)
    .innerJoin(interviewItems, eq(interviewItems.id, recordingChunks.itemId))
    .innerJoin(interviews, eq(interviews.id, interviewItems.interviewId))
    .where(and(ownedItem(ref), eq(recordingChunks.part, ref.part)))
    .orderBy(asc(recordingChunks.seq));
}

/** The audio of some of one part's chunks (sequence numbers from..to), in order. */
export async function readPartChunksForUser(ref: OwnedItemRef & { part: number; fromSeq: number; toSeq: number }): Promise<{ seq: number; data: Uint8Array }[]> {
  const db = await getDb();
  return db
    .select({ seq: recordingChunks.seq, data: recordingChunks.data })
    .from(recordingChunks)
    .innerJoin(interviewItems, eq(interviewItems.id, recordingChunks.itemId))
    .innerJoin(interviews, eq(interviews.id, interviewItems.interviewId))
    .where(and(ownedItem(ref), eq(recordingChunks.part, ref.part), gte(recordingChunks.seq, ref.fromSeq), lte(recordingChunks.seq, ref.toSeq)))
    .orderBy(asc(recordingChunks.seq));
}

/** Delete one of the person's recordings with all its audio. False when there was none of theirs. */
export async function deleteRecordingForUser(ref: OwnedItemRef): Promise<boolean> {
  const db = await getDb();
  const owned = db
    .select({ id: interviewItems.id })
    .from(interviewItems)
    .innerJoin(interviews, eq(interviews.id, interviewItems.interviewId))
    .where(ownedItem(ref));
  const deleted = await db.delete(recordings).where(inArray(recordings.itemId, owned)).returning({ itemId: recordings.itemId });
  return deleted.length > 0;
}

/** Bytes of audio the person stores, across every recording: what recordings add to their storage. */
export async function recordingBytesByUser({ userId }: { userId: string }): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({ bytes: sql<number>`coalesce(sum(${recordings.bytes}), 0)`.mapWith(Number) })
    .from(recordings)
    .innerJoin(interviewItems, eq(interviewItems.id, recordings.itemId))
    .innerJoin(interviews, eq(interviews.id, interviewItems.interviewId))
    .where(eq(interviews.userId, userId));
  return row?.bytes ?? 0;
}

export interface RecordingListRow {
  interviewId: string;
  interviewTitle: string;
  itemId: string;
  position: number;
  questionTitle: string;
  durationMs: number;
  bytes: number;
  parts: { startedAt: string; durationMs: number; mimeType: string }[];
  createdAt: Date;
  updatedAt: Date;
}

/** Every recording of the person's, newest first, without the audio: for an account export. */
export async function listRecordingsByUser({ userId }: { userId: string }): Promise<RecordingListRow[]> {
  const db = await getDb();
  const rows = await db
    .select({
      interviewId: interviews.id,
      interviewTitle: interviews.title,
      itemId: recordings.itemId,
      position: interviewItems.position,
      questionTitle: questions.title,
      durationMs: recordings.durationMs,
      bytes: recordings.bytes,
      parts: recordings.parts,
      createdAt: recordings.createdAt,
      updatedAt: recordings.updatedAt,
    })
    .from(recordings)
    .innerJoin(interviewItems, eq(interviewItems.id, recordings.itemId))
    .innerJoin(interviews, eq(interviews.id, interviewItems.interviewId))
    .innerJoin(questions, eq(questions.id, interviewItems.questionId))
    .where(eq(interviews.userId, userId))
    .orderBy(desc(recordings.createdAt), asc(interviewItems.position));
  return rows.map((r) => ({ ...r, parts: r.parts.map((p) => ({ startedAt: p.startedAt, durationMs: p.durationMs, mimeType: p.mimeType })) }));
}
