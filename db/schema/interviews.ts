import { index, integer, jsonb, pgTable, primaryKey, real, smallint, text, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import type { InterviewConfig } from "@/lib/interview/config";
import type { RichDoc } from "@/lib/rich-text/doc";
import type { DesignPhase } from "@/lib/question-file/schema";
import type { KeyPoint, Misconception } from "@/lib/judge/types";
import { ts, levelEnum, kindEnum, interviewStatusEnum, timerModeEnum, designPhaseEnum } from "./columns";
import { ownedBy, users } from "./accounts";

/* ---------------------------------------------------------- Question bank */

export const questions = pgTable(
  "questions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Unique per owner (the built-in bank is one owner): two people may each have a "my-cache" question. */
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    prompt: jsonb("prompt").$type<RichDoc>().notNull(),
    promptText: text("prompt_text").notNull(),
    level: levelEnum("level").notNull(),
    kind: kindEnum("kind").notNull(),
    topics: text("topics").array().notNull(),
    suggestedMinutes: integer("suggested_minutes").notNull(),
    sampleAnswer: jsonb("sample_answer").$type<RichDoc>().notNull(),
    sampleAnswerText: text("sample_answer_text").notNull(),
    /** Claims judged by evidence rules (lib/judge); reviews store ticks by index, so the order never changes. */
    keyPoints: jsonb("key_points").$type<KeyPoint[]>().notNull(),
    /** Named wrong claims with the patterns that reveal them and why they are wrong. */
    misconceptions: jsonb("misconceptions").$type<Misconception[]>().notNull().default([]),
    /** Coding questions: the languages the sample answer shows. */
    languages: text("languages").array(),
    /** Design questions: soft budgets per phase in minutes, where the question overrides the default split. */
    phaseMinutes: jsonb("phase_minutes").$type<Partial<Record<DesignPhase, number>>>(),
    designOutline: jsonb("design_outline").$type<RichDoc>(),
    /** Design questions: what a strong answer covers in each phase. */
    designPhases: jsonb("design_phases").$type<Record<DesignPhase, RichDoc>>(),
    /** A reference Excalidraw scene for design questions (read-only in review). */
    referenceScene: jsonb("reference_scene"),
    /** Who wrote it: null for the built-in bank. A person's questions are theirs alone and go with their account. */
    ownerId: text("owner_id").references(() => users.id, { onDelete: "cascade" }),
    /** Set when its owner deleted it while past interviews still point at it: hidden from the bank and the draw, kept for history. */
    archivedAt: ts("archived_at"),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    unique("questions_owner_slug_uq").on(t.ownerId, t.slug).nullsNotDistinct(),
    index("questions_level_kind_idx").on(t.level, t.kind),
    index("questions_topics_idx").using("gin", t.topics),
  ],
);

/* ------------------------------------------------------------- Interviews */

export const interviews = pgTable(
  "interviews",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: ownedBy(),
    title: text("title").notNull(),
    config: jsonb("config").$type<InterviewConfig>().notNull(),
    status: interviewStatusEnum("status").notNull(),
    timerMode: timerModeEnum("timer_mode").notNull(),
    /** Budget for the whole interview in total mode, in seconds. */
    totalSeconds: integer("total_seconds"),
    /** Seed for the question draw; stored so the draw is reproducible. */
    seed: integer("seed").notNull(),
    scheduledFor: ts("scheduled_for"),
    timeZone: text("time_zone"),
    startedAt: ts("started_at"),
    deadlineAt: ts("deadline_at"),
    finishedAt: ts("finished_at"),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    index("interviews_user_created_idx").on(t.userId, t.createdAt.desc(), t.id.desc()),
    index("interviews_user_status_idx").on(t.userId, t.status),
    index("interviews_scheduled_idx")
      .on(t.scheduledFor)
      .where(sql`${t.status} = 'scheduled'`),
  ],
);

export const interviewItems = pgTable(
  "interview_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    interviewId: uuid("interview_id")
      .notNull()
      .references(() => interviews.id, { onDelete: "cascade" }),
    /** The interview's owner, kept on each item so one person's items are one index range (weak topics). */
    userId: ownedBy(),
    position: integer("position").notNull(),
    questionId: uuid("question_id")
      .notNull()
      .references(() => questions.id, { onDelete: "restrict" }),
    startedAt: ts("started_at"),
    deadlineAt: ts("deadline_at"),
    submittedAt: ts("submitted_at"),
    answerDoc: jsonb("answer_doc").$type<RichDoc>(),
    answerText: text("answer_text").notNull().default(""),
    answerRevision: integer("answer_revision").notNull().default(0),
    answerSavedAt: ts("answer_saved_at"),
    /** Coding questions: the language the answer is written in (lib/taxonomy.ts LANGUAGES). */
    answerLanguage: text("answer_language"),
    /** Indexes into the question's key points that the person confirmed. */
    keyPointsTicked: integer("key_points_ticked").array(),
    /** Indexes into the design checklist the person confirmed (design questions). */
    checklistTicked: integer("checklist_ticked").array(),
    /** 1 Again, 2 Hard, 3 Good, 4 Easy. */
    rating: smallint("rating"),
    ratedAt: ts("rated_at"),
    note: text("note"),
    score: real("score"),
    /** "Redo this" in the review: the question comes back as a redo (as an Again or Hard rating does). */
    redoRequestedAt: ts("redo_requested_at"),
  },
  (t) => [
    uniqueIndex("interview_items_position_uq").on(t.interviewId, t.position),
    uniqueIndex("interview_items_question_uq").on(t.interviewId, t.questionId),
    index("interview_items_question_idx").on(t.questionId),
    index("interview_items_user_question_idx").on(t.userId, t.questionId),
  ],
);

/**
 * When each phase of a design answer began, stamped with the server's clock.
 * The first phase begins with the item itself and has no row; a phase starts
 * once, so the key is the item and the phase.
 */
export const phaseEvents = pgTable(
  "phase_events",
  {
    itemId: uuid("item_id")
      .notNull()
      .references(() => interviewItems.id, { onDelete: "cascade" }),
    phase: designPhaseEnum("phase").notNull(),
    at: ts("at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.phase] })],
);
