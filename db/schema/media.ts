import { integer, jsonb, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import type { RecordingPart } from "@/lib/recording/chunks";
import type { TimelineChanges } from "@/lib/sketch/timeline";
import { ts, bytea } from "./columns";
import { interviewItems } from "./interviews";

/** The sketch of one interview item, kept apart so text autosaves stay small. */
export const sketches = pgTable("sketches", {
  itemId: uuid("item_id")
    .primaryKey()
    .references(() => interviewItems.id, { onDelete: "cascade" }),
  scene: jsonb("scene").notNull(),
  /** Rendered preview (sanitised SVG markup), for history lists. */
  previewSvg: text("preview_svg"),
  revision: integer("revision").notNull().default(0),
  savedAt: ts("saved_at").notNull().defaultNow(),
  /** The newest timeline entry (-1: none yet), when it opened, and the bytes of changes kept (lib/sketch/timeline.ts). */
  timelineSeq: integer("timeline_seq").notNull().default(-1),
  timelineOpenedAt: ts("timeline_opened_at"),
  timelineBytes: integer("timeline_bytes").notNull().default(0),
});

/** What each sketch save changed, stamped with the server's time, so the review can replay the drawing. */
export const sketchTimeline = pgTable(
  "sketch_timeline",
  {
    itemId: uuid("item_id")
      .notNull()
      .references(() => sketches.itemId, { onDelete: "cascade" }),
    seq: integer("seq").notNull(),
    /** Server time of the latest save folded into this entry. */
    at: ts("at").notNull(),
    /** Element id → the element as saved, or null where it was removed. */
    changes: jsonb("changes").$type<TimelineChanges>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.seq] })],
);

/** A voice recording of one interview item: its totals and parts (lib/recording/chunks.ts). */
export const recordings = pgTable("recordings", {
  itemId: uuid("item_id")
    .primaryKey()
    .references(() => interviewItems.id, { onDelete: "cascade" }),
  bytes: integer("bytes").notNull().default(0),
  durationMs: integer("duration_ms").notNull().default(0),
  parts: jsonb("parts").$type<RecordingPart[]>().notNull().default([]),
  createdAt: ts("created_at").notNull().defaultNow(),
  updatedAt: ts("updated_at").notNull().defaultNow(),
});

/** The audio itself, in the chunks the recorder uploaded, numbered in one sequence per item. */
export const recordingChunks = pgTable(
  "recording_chunks",
  {
    itemId: uuid("item_id")
      .notNull()
      .references(() => recordings.itemId, { onDelete: "cascade" }),
    seq: integer("seq").notNull(),
    part: integer("part").notNull(),
    /** Audio time at the end of this chunk, ms from the start of its part (the recorder's clock). */
    endMs: integer("end_ms").notNull(),
    bytes: integer("bytes").notNull(),
    data: bytea("data").notNull(),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.seq] })],
);
