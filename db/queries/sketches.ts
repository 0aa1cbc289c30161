import "server-only";
import { and, eq, isNotNull, sql } from "drizzle-orm";
import { getDb } from "../client";
import { interviewItems, interviews, sketches } from "../schema";
import type { Scene } from "@/lib/sketch/scene";
import { WRITE_GRACE_MS } from "@/lib/interview/timer";
import { explainRefusedWrite, type SaveResult } from "./answers";

export interface SaveSketchInput {
  userId: string;
  interviewId: string;
  itemId: string;
  revision: number;
  scene: Scene;
  /** Already sanitised SVG markup, or null when the page sent none. */
  previewSvg: string | null;
  now: Date;
}

/**
 * Store a sketch if its revision is newer than the stored one and the
 * question is still open, under the same rules as a text answer. One
 * statement on the fast path: the INSERT's SELECT finds the item only when
 * it is the user's and writable, and the upsert's WHERE keeps the newest
 * revision. A refused write pays for a second look to say why.
 */
export async function saveSketchForUser(input: SaveSketchInput): Promise<SaveResult> {
  const db = await getDb();
  // Raw fragments take an ISO string: postgres.js does not serialise a Date inside sql``.
  const graceCutoff = new Date(input.now.getTime() - WRITE_GRACE_MS).toISOString();
  const nowIso = input.now.toISOString();
  const writable = db
    .select({
      itemId: interviewItems.id,
      scene: sql`${JSON.stringify(input.scene)}::jsonb`.as("scene"),
      previewSvg: sql<string | null>`${input.previewSvg}::text`.as("preview_svg"),
      revision: sql<number>`${input.revision}::int`.as("revision"),
      savedAt: sql<Date>`${nowIso}::timestamptz`.as("saved_at"),
    })
    .from(interviewItems)
    .innerJoin(interviews, eq(interviews.id, interviewItems.interviewId))
    .where(
      and(
        eq(interviewItems.id, input.itemId),
        eq(interviewItems.interviewId, input.interviewId),
        eq(interviews.userId, input.userId),
        // As for answers: a save already in flight when the interview finished lands within the grace.
        sql`(${interviews.status} = 'active' or (${interviews.status} = 'review' and ${interviews.finishedAt} >= ${graceCutoff}::timestamptz))`,
        isNotNull(interviewItems.startedAt),
        sql`(${interviewItems.submittedAt} is null or ${interviewItems.submittedAt} >= ${graceCutoff}::timestamptz)`,
        sql`(coalesce(${interviewItems.deadlineAt}, ${interviews.deadlineAt}) is null or coalesce(${interviewItems.deadlineAt}, ${interviews.deadlineAt}) >= ${graceCutoff}::timestamptz)`,
      ),
    );
  const saved = await db
    .insert(sketches)
    .select(writable)
    .onConflictDoUpdate({
      target: sketches.itemId,
      set: {
        scene: sql`excluded.scene`,
        // A keepalive save on page hide carries no preview: keep the last one rather than none.
        previewSvg: sql`coalesce(excluded.preview_svg, ${sketches.previewSvg})`,
        revision: sql`excluded.revision`,
        savedAt: sql`excluded.saved_at`,
      },
      setWhere: sql`${sketches.revision} < excluded.revision`,
    })
    .returning({ revision: sketches.revision, savedAt: sketches.savedAt });
  if (saved[0]) return { revision: saved[0].revision, savedAt: saved[0].savedAt, stale: false };
  return explainRefusedWrite(db, input, "sketch");
}

interface OwnedItemRef {
  userId: string;
  interviewId: string;
  itemId: string;
}

function ownedItem({ userId, interviewId, itemId }: OwnedItemRef) {
  return and(eq(interviewItems.id, itemId), eq(interviewItems.interviewId, interviewId), eq(interviews.userId, userId));
}

export interface StoredSketch {
  scene: Scene;
  revision: number;
  savedAt: Date;
}

/** The stored sketch of one of the user's items; undefined when the item is not theirs or has no sketch. */
export async function getSketchForUser(ref: OwnedItemRef): Promise<StoredSketch | undefined> {
  const db = await getDb();
  const [row] = await db
    .select({ scene: sketches.scene, revision: sketches.revision, savedAt: sketches.savedAt })
    .from(sketches)
    .innerJoin(interviewItems, eq(interviewItems.id, sketches.itemId))
    .innerJoin(interviews, eq(interviews.id, interviewItems.interviewId))
    .where(ownedItem(ref))
    .limit(1);
  return row ? { scene: row.scene as Scene, revision: row.revision, savedAt: row.savedAt } : undefined;
}

/** The stored (sanitised) preview, or undefined. */
export async function getSketchPreviewForUser(ref: OwnedItemRef): Promise<string | undefined> {
  const db = await getDb();
  const [row] = await db
    .select({ previewSvg: sketches.previewSvg })
    .from(sketches)
    .innerJoin(interviewItems, eq(interviewItems.id, sketches.itemId))
    .innerJoin(interviews, eq(interviews.id, interviewItems.interviewId))
    .where(ownedItem(ref))
    .limit(1);
  return row?.previewSvg ?? undefined;
}
