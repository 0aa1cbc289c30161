import {
  customType,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  real,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { AdapterAccountType } from "next-auth/adapters";
import { sql } from "drizzle-orm";
import { INTERVIEW_STATUSES, KINDS, LEVELS, TIMER_MODES } from "@/lib/taxonomy";
import type { InterviewConfig } from "@/lib/interview/config";
import type { RichDoc } from "@/lib/rich-text/doc";
import type { KeyPoint, Misconception } from "@/lib/judge/types";
import { DESIGN_PHASES, type DesignPhase } from "@/lib/question-file/schema";
import type { RecordingPart } from "@/lib/recording/chunks";
import type { TimelineChanges } from "@/lib/sketch/timeline";

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });
/** Raw bytes (postgres.js reads them as a Buffer, PGlite as a Uint8Array: both are Uint8Arrays). */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

export const levelEnum = pgEnum("level", LEVELS);
export const kindEnum = pgEnum("kind", KINDS);
export const interviewStatusEnum = pgEnum("interview_status", INTERVIEW_STATUSES);
export const timerModeEnum = pgEnum("timer_mode", TIMER_MODES);
export const designPhaseEnum = pgEnum("design_phase", DESIGN_PHASES);

/* ---------------------------------------------------------------- Auth.js */

export const users = pgTable("users", {
  id: text("id").primaryKey().$defaultFn(() => crypto.randomUUID()),
  name: text("name"),
  email: text("email").notNull().unique(),
  emailVerified: ts("email_verified"),
  image: text("image"),
  passwordHash: text("password_hash"),
  /** IANA time zone the person plans in; the browser's is used until they choose. */
  timeZone: text("time_zone"),
  /** The language the person last chose for a coding answer: the next coding question starts with it. */
  preferredLanguage: text("preferred_language"),
  /** "My real interview is on …": turns the dashboard into a study plan. */
  targetInterviewAt: ts("target_interview_at"),
  /**
   * Every session cookie carries the generation it was issued under; raising it
   * ("sign out everywhere", a password change or reset) refuses every older cookie.
   */
  sessionGeneration: integer("session_generation").notNull().default(0),
  createdAt: ts("created_at").notNull().defaultNow(),
});

export const accounts = pgTable(
  "accounts",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type").$type<AdapterAccountType>().notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    refresh_token: text("refresh_token"),
    access_token: text("access_token"),
    expires_at: integer("expires_at"),
    token_type: text("token_type"),
    scope: text("scope"),
    id_token: text("id_token"),
    session_state: text("session_state"),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] }), index("accounts_user_idx").on(t.userId)],
);

export const sessions = pgTable("sessions", {
  sessionToken: text("session_token").primaryKey(),
  userId: text("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  expires: ts("expires").notNull(),
});

export const verificationTokens = pgTable(
  "verification_tokens",
  {
    identifier: text("identifier").notNull(),
    token: text("token").notNull(),
    expires: ts("expires").notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

/** Failed sign-ins, counted in the database so the limit holds across app instances. */
export const signInFailures = pgTable(
  "sign_in_failures",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** "email:<address>" or "ip:<address>". */
    bucket: text("bucket").notNull(),
    at: ts("at").notNull().defaultNow(),
  },
  (t) => [index("sign_in_failures_bucket_at_idx").on(t.bucket, t.at)],
);

/** One-time password reset links. Only the SHA-256 of the token is kept: the link itself is never stored. */
export const passwordResetTokens = pgTable(
  "password_reset_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** Hex SHA-256 of the 32-byte random token sent in the link. */
    tokenHash: text("token_hash").notNull().unique(),
    expiresAt: ts("expires_at").notNull(),
    usedAt: ts("used_at"),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [index("password_reset_tokens_user_idx").on(t.userId)],
);

/**
 * Sessions signed out one at a time ("Sign out" on one device): the cookie's
 * session id is refused until the session would have ended anyway. Rows go
 * when they expire or when the person's generation is raised.
 */
export const revokedSessions = pgTable(
  "revoked_sessions",
  {
    sid: text("sid").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The session's absolute end: past it the cookie is refused for its age alone. */
    expiresAt: ts("expires_at").notNull(),
  },
  (t) => [index("revoked_sessions_user_idx").on(t.userId, t.expiresAt)],
);

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
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
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
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
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

/* ------------------------------------------------------- Spaced repetition */

/**
 * Spaced repetition is called *recall* in the code ("review" is the
 * after-interview comparison). The table keeps its SQL name, review_states:
 * renaming a table under running instances buys nothing but a risky migration.
 */
export const recallStates = pgTable(
  "review_states",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    questionId: uuid("question_id")
      .notNull()
      .references(() => questions.id, { onDelete: "cascade" }),
    due: ts("due").notNull(),
    stability: real("stability").notNull(),
    difficulty: real("difficulty").notNull(),
    elapsedDays: integer("elapsed_days").notNull(),
    scheduledDays: integer("scheduled_days").notNull(),
    learningSteps: integer("learning_steps").notNull().default(0),
    reps: integer("reps").notNull(),
    lapses: integer("lapses").notNull(),
    state: smallint("state").notNull(),
    lastReview: ts("last_review"),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.questionId] }), index("review_states_user_due_idx").on(t.userId, t.due)],
);

/** Every rating ever given; never rewritten. */
export const ratingLogs = pgTable(
  "rating_logs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    questionId: uuid("question_id")
      .notNull()
      .references(() => questions.id, { onDelete: "cascade" }),
    itemId: uuid("item_id").references(() => interviewItems.id, { onDelete: "set null" }),
    rating: smallint("rating").notNull(),
    /** Share of key points ticked, 0..1. */
    coverage: real("coverage").notNull(),
    score: real("score").notNull(),
    stateBefore: smallint("state_before").notNull(),
    dueAfter: ts("due_after").notNull(),
    ratedAt: ts("rated_at").notNull().defaultNow(),
  },
  (t) => [
    index("rating_logs_user_rated_idx").on(t.userId, t.ratedAt),
    index("rating_logs_user_question_idx").on(t.userId, t.questionId),
  ],
);

export type User = typeof users.$inferSelect;
export type PasswordResetToken = typeof passwordResetTokens.$inferSelect;
export type Question = typeof questions.$inferSelect;
export type NewQuestion = typeof questions.$inferInsert;
export type Interview = typeof interviews.$inferSelect;
export type InterviewItem = typeof interviewItems.$inferSelect;
export type Sketch = typeof sketches.$inferSelect;
export type PhaseEventRow = typeof phaseEvents.$inferSelect;
export type Recording = typeof recordings.$inferSelect;
export type RecallState = typeof recallStates.$inferSelect;
export type RatingLog = typeof ratingLogs.$inferSelect;
