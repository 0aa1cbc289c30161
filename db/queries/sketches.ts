import "server-only";
import { and, asc, eq, isNotNull, ne, sql } from "drizzle-orm";
import { getDb } from "../client";
import { rowsOf, type Database } from "../connection";
import { interviewItems, interviews, sketchTimeline, sketches } from "../schema";
import type { Scene } from "@/lib/sketch/scene";
import { EMPTY_TIMELINE, sceneChanges, timelineStep, type ElementVersions, type TimelineElement, type TimelineEntry } from "@/lib/sketch/timeline";
import { WRITE_GRACE_MS } from "@/lib/interview/timer";
import { explainRefusedWrite, type SaveResult } from "./answers";
import { ownedItem, type OwnedItemRef } from "./owned";

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
 * What the timeline needs to know of the stored drawing before a save: its
 * revision, the newest timeline entry, and each live element's version.
 * Prepared once per connection: it runs before every sketch save.
 */
function buildReadHead(db: Database) {
  const p = { itemId: sql.placeholder("itemId"), interviewId: sql.placeholder("interviewId"), userId: sql.placeholder("userId") };
  return db
    .select({
      revision: sketches.revision,
      seq: sketches.timelineSeq,
      openedAt: sketches.timelineOpenedAt,
      bytes: sketches.timelineBytes,
      versions: sql<ElementVersions | null>`case when ${sketches.timelineSeq} >= 0 and jsonb_typeof(${sketches.scene}->'elements') = 'array' then
        (select coalesce(jsonb_object_agg(e->>'id', e->'version'), '{}'::jsonb) from jsonb_array_elements(${sketches.scene}->'elements') e
          where coalesce(e->>'isDeleted', 'false') <> 'true') end`,
    })
    .from(sketches)
    .innerJoin(interviewItems, eq(interviewItems.id, sketches.itemId))
    .innerJoin(interviews, eq(interviews.id, interviewItems.interviewId))
    .where(and(eq(sketches.itemId, p.itemId), eq(interviewItems.interviewId, p.interviewId), eq(interviews.userId, p.userId)))
    .prepare("mockline_sketch_head");
}

const preparedHeads = new WeakMap<Database, ReturnType<typeof buildReadHead>>();

/**
 * Store a sketch if its revision is newer than the stored one and the
 * question is still open, under the same rules as a text answer, and record
 * what changed in the whiteboard's timeline (lib/sketch/timeline.ts).
 *
 * Two statements: a read of the stored drawing's element versions, then one
 * write — the INSERT's SELECT finds the item only when it is the user's and
 * writable, the upsert's WHERE keeps the newest revision, and the timeline
 * entry is written from the upsert's result in the same statement, so it
 * exists exactly when the sketch changed. A save racing another one may
 * record a little more than it changed (it compared with the older drawing);
 * the replay's last step is the stored drawing itself either way. A refused
 * write pays for a second look to say why.
 */
export async function saveSketchForUser(input: SaveSketchInput): Promise<SaveResult> {
  const db = await getDb();
  let readHead = preparedHeads.get(db);
  if (!readHead) {
    readHead = buildReadHead(db);
    preparedHeads.set(db, readHead);
  }
  const [head] = await readHead.execute({ itemId: input.itemId, interviewId: input.interviewId, userId: input.userId });
  // Raw fragments take an ISO string: postgres.js does not serialise a Date inside sql``.
  const graceCutoff = new Date(input.now.getTime() - WRITE_GRACE_MS).toISOString();
  const nowIso = input.now.toISOString();

  const fresh = !head || head.revision < input.revision;
  const changes = fresh ? sceneChanges(head?.seq !== undefined && head.seq >= 0 ? (head.versions ?? {}) : null, input.scene.elements as TimelineElement[]) : {};
  const changesJson = JSON.stringify(changes);
  const step =
    Object.keys(changes).length > 0
      ? timelineStep(head ? { seq: head.seq, openedAt: head.openedAt, bytes: head.bytes } : EMPTY_TIMELINE, input.now, Buffer.byteLength(changesJson))
      : null;

  const writable = db
    .select({
      itemId: interviewItems.id,
      scene: sql`${JSON.stringify(input.scene)}::jsonb`.as("scene"),
      previewSvg: sql<string | null>`${input.previewSvg}::text`.as("preview_svg"),
      revision: sql<number>`${input.revision}::int`.as("revision"),
      savedAt: sql<Date>`${nowIso}::timestamptz`.as("saved_at"),
      timelineSeq: sql<number>`${step?.seq ?? head?.seq ?? -1}::int`.as("timeline_seq"),
      timelineOpenedAt: sql<Date | null>`${step?.openedAt.toISOString() ?? head?.openedAt?.toISOString() ?? null}::timestamptz`.as("timeline_opened_at"),
      timelineBytes: sql<number>`${step?.bytes ?? head?.bytes ?? 0}::int`.as("timeline_bytes"),
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
  const upsert = db
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
        timelineSeq: sql`excluded.timeline_seq`,
        timelineOpenedAt: sql`excluded.timeline_opened_at`,
        timelineBytes: sql`excluded.timeline_bytes`,
      },
      setWhere: sql`${sketches.revision} < excluded.revision`,
    })
    .returning({ revision: sketches.revision, savedAt: sketches.savedAt });

  let saved: { revision: number; savedAt: Date }[];
  if (step) {
    const rows = rowsOf<{ revision: number; saved_at: Date | string }>(
      await db.execute(sql`with saved as (${upsert.getSQL()}),
        entry as (
          insert into ${sketchTimeline} (item_id, seq, at, changes)
          select ${input.itemId}::uuid, ${step.seq}::int, ${nowIso}::timestamptz, ${changesJson}::jsonb from saved
          on conflict (item_id, seq) do update set at = excluded.at, changes = ${sketchTimeline.changes} || excluded.changes
        )
        select revision, saved_at from saved`),
    );
    saved = rows.map((r) => ({ revision: Number(r.revision), savedAt: new Date(r.saved_at) }));
  } else {
    saved = await upsert;
  }
  if (saved[0]) return { revision: saved[0].revision, savedAt: saved[0].savedAt, stale: false };
  return explainRefusedWrite(db, input, "sketch");
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

/** The whiteboard's timeline of one of the user's items, oldest first (empty when there is none). */
export async function getSketchTimelineForUser(ref: OwnedItemRef): Promise<TimelineEntry[]> {
  const db = await getDb();
  const rows = await db
    .select({ at: sketchTimeline.at, changes: sketchTimeline.changes })
    .from(sketchTimeline)
    .innerJoin(interviewItems, eq(interviewItems.id, sketchTimeline.itemId))
    .innerJoin(interviews, eq(interviews.id, interviewItems.interviewId))
    .where(ownedItem(ref))
    .orderBy(asc(sketchTimeline.seq));
  return rows.map((r) => ({ at: r.at.getTime(), changes: r.changes }));
}

/**
 * Bytes the person's sketches take as stored (scene, preview and timeline),
 * leaving out one item's sketch — the one a save is about to replace.
 */
export async function sketchBytesByUser({ userId, exceptItemId }: { userId: string; exceptItemId?: string }): Promise<number> {
  const db = await getDb();
  const [row] = await db
    .select({
      bytes: sql<number>`coalesce(sum(pg_column_size(${sketches.scene}) + coalesce(pg_column_size(${sketches.previewSvg}), 0) + ${sketches.timelineBytes}), 0)`.mapWith(Number),
    })
    .from(sketches)
    .innerJoin(interviewItems, eq(interviewItems.id, sketches.itemId))
    .innerJoin(interviews, eq(interviews.id, interviewItems.interviewId))
    .where(exceptItemId ? and(eq(interviews.userId, userId), ne(sketches.itemId, exceptItemId)) : eq(interviews.userId, userId));
  return row?.bytes ?? 0;
}
