import "server-only";
import { and, eq } from "drizzle-orm";
import type { Database } from "../connection";
import { interviewItems, interviews, type Interview } from "../schema";

/**
 * Ownership is part of every query: what is not the person's is "not found".
 *
 * Naming rule for owner-scoped queries (and the use cases over them): they take
 * one object argument holding `userId` and the ids they act on; a name ending
 * in `ForUser` acts on one row the person owns (`getSketchForUser({ userId,
 * interviewId, itemId })`), one ending in `ByUser` reads or changes across all
 * of the person's rows (`listHistoryByUser({ userId, filters })`).
 */

export type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];
export type Conn = Database | Tx;

/**
 * Lock one of the person's interviews for the rest of the transaction, so two
 * devices (or two instances) settling or changing it take turns. Undefined when
 * it is not theirs.
 */
/** The person's interview, read without a lock; undefined when it is not theirs (or does not exist). */
export async function readInterviewForUser(conn: Conn, { userId, interviewId }: { userId: string; interviewId: string }): Promise<Interview | undefined> {
  const [row] = await conn
    .select()
    .from(interviews)
    .where(and(eq(interviews.id, interviewId), eq(interviews.userId, userId)));
  return row;
}

export async function lockInterviewForUser(tx: Tx, { userId, interviewId }: { userId: string; interviewId: string }): Promise<Interview | undefined> {
  const [row] = await tx
    .select()
    .from(interviews)
    .where(and(eq(interviews.id, interviewId), eq(interviews.userId, userId)))
    .for("update");
  return row;
}

/** One item of one of the person's interviews. */
export interface OwnedItemRef {
  userId: string;
  interviewId: string;
  itemId: string;
}

/** The condition that an item is the one named, in the interview named, of this person (join interviews first). */
export function ownedItem({ userId, interviewId, itemId }: OwnedItemRef) {
  return and(eq(interviewItems.id, itemId), eq(interviewItems.interviewId, interviewId), eq(interviews.userId, userId));
}
