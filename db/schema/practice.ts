import { date, doublePrecision, index, integer, pgTable, primaryKey, real, smallint, text, uuid } from "drizzle-orm/pg-core";
import { ts } from "./columns";
import { ownedBy } from "./accounts";
import { questions, interviewItems } from "./interviews";

/* ------------------------------------------------------- Spaced repetition */

/**
 * Spaced repetition is called *recall* in the code ("review" is the
 * after-interview comparison). The table keeps its SQL name, review_states:
 * renaming a table under running instances buys nothing but a risky migration.
 */
export const recallStates = pgTable(
  "review_states",
  {
    userId: ownedBy(),
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
    userId: ownedBy(),
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

/* ------------------------------------------------- Rollups of the rating log */

/**
 * The rating log summed per person, topic and week (weeks from Monday, UTC),
 * added to in the rating's own transaction: the weak-topics trend reads a few
 * hundred rows instead of every rating ever given. A rating counts under the
 * topics its question had when it was given.
 */
export const topicWeeks = pgTable(
  "topic_weeks",
  {
    userId: ownedBy(),
    topic: text("topic").notNull(),
    week: date("week", { mode: "string" }).notNull(),
    ratings: integer("ratings").notNull(),
    sumScore: doublePrecision("sum_score").notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.topic, t.week] })],
);

/** The rating log summed per person and self-rating (1–4): the share of key points each rating stood for. */
export const ratingCalibration = pgTable(
  "rating_calibration",
  {
    userId: ownedBy(),
    rating: smallint("rating").notNull(),
    ratings: integer("ratings").notNull(),
    sumCoverage: doublePrecision("sum_coverage").notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.rating] })],
);
