import "server-only";
import { and, asc, desc, eq, inArray, isNotNull } from "drizzle-orm";
import { getDb } from "../client";
import { interviewItems, interviews, phaseEvents, questions } from "../schema";
import { AppError, notFound } from "@/lib/errors";
import { canWriteItem } from "@/lib/interview/flow";
import { checkPhaseMove, type DesignPhase, type PhaseEvent } from "@/lib/interview/phases";
import { designItemRows, type PhaseAttempt } from "@/lib/interview/phase-insights";
import { ownedItem, type Conn } from "./owned";
import { toFlow } from "./interviews";

/** The recorded phase starts of these items (already known to be the person's), oldest first, by item. */
export async function listPhaseEventsOfItems({ itemIds, conn }: { itemIds: readonly string[]; conn?: Conn }): Promise<Map<string, PhaseEvent[]>> {
  conn ??= await getDb();
  const out = new Map<string, PhaseEvent[]>(itemIds.map((id) => [id, []]));
  if (itemIds.length === 0) return out;
  const rows = await conn.select().from(phaseEvents).where(inArray(phaseEvents.itemId, [...itemIds])).orderBy(asc(phaseEvents.at));
  for (const r of rows) out.get(r.itemId)?.push({ phase: r.phase, at: r.at });
  return out;
}

/** The phase starts of one of the person's items (the page's phase clock after a reload or on a second device). */
export async function getPhaseEventsForUser(input: { userId: string; interviewId: string; itemId: string }): Promise<PhaseEvent[]> {
  const db = await getDb();
  const [row] = await db.select({ id: interviewItems.id }).from(interviewItems).innerJoin(interviews, eq(interviews.id, interviewItems.interviewId)).where(ownedItem(input));
  if (!row) throw notFound("ownedItem");
  return (await listPhaseEventsOfItems({ itemIds: [row.id], conn: db })).get(row.id) ?? [];
}

/**
 * Move a design answer on to its next phase, stamped with the server's clock.
 * Only the phase right after the current one is accepted (400 otherwise); the
 * item must still take writes (409 once finished or past its deadline and
 * grace); what is not the person's is not found. The item's row is locked, so
 * two devices pressing "Next phase" at once move it on once.
 */
export async function advancePhaseForUser(input: { userId: string; interviewId: string; itemId: string; phase: DesignPhase; now: Date }): Promise<PhaseEvent[]> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ item: interviewItems, interview: interviews, kind: questions.kind })
      .from(interviewItems)
      .innerJoin(interviews, eq(interviews.id, interviewItems.interviewId))
      .innerJoin(questions, eq(questions.id, interviewItems.questionId))
      .where(ownedItem(input))
      .for("update", { of: interviewItems });
    if (!row) throw notFound("ownedItem");
    if (row.kind !== "design") throw new AppError("bad_request", "Only design questions run in phases.");
    const verdict = canWriteItem(toFlow(row.interview), { ...row.item, suggestedMinutes: 0 }, input.now);
    if (!verdict.ok) throw new AppError(verdict.code, verdict.message);
    const events = (await listPhaseEventsOfItems({ itemIds: [input.itemId], conn: tx })).get(input.itemId) ?? [];
    const move = checkPhaseMove(events, input.phase);
    if (!move.ok) throw new AppError("bad_request", move.message);
    await tx.insert(phaseEvents).values({ itemId: input.itemId, phase: move.phase, at: input.now });
    return [...events, { phase: move.phase, at: input.now }];
  });
}


/**
 * The person's last `limit` finished design answers, phase by phase, for
 * "where your design time goes" (newest interviews first).
 */
export async function listDesignPhaseAttemptsByUser({ userId, limit = 10, now }: { userId: string; limit?: number; now: Date }): Promise<PhaseAttempt[]> {
  const db = await getDb();
  const rows = await db
    .select({ item: interviewItems, interview: interviews, suggestedMinutes: questions.suggestedMinutes, phaseMinutes: questions.phaseMinutes })
    .from(interviewItems)
    .innerJoin(interviews, eq(interviews.id, interviewItems.interviewId))
    .innerJoin(questions, eq(questions.id, interviewItems.questionId))
    .where(and(eq(interviews.userId, userId), eq(questions.kind, "design"), inArray(interviews.status, ["review", "completed"]), isNotNull(interviewItems.startedAt)))
    .orderBy(desc(interviews.finishedAt), desc(interviewItems.id))
    .limit(limit);
  const events = await listPhaseEventsOfItems({ itemIds: rows.map((r) => r.item.id), conn: db });
  return rows.flatMap((r) => {
    const phaseRows = designItemRows({ interview: r.interview, item: r.item, question: r, events: events.get(r.item.id) ?? [], now });
    return phaseRows ? [{ at: r.interview.finishedAt ?? r.item.submittedAt ?? now, rows: phaseRows }] : [];
  });
}
