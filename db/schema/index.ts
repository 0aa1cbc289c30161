/**
 * The database schema, one file per domain: sign-in and accounts, the question
 * bank and interviews, sketches and recordings, spaced repetition and the
 * rating log. drizzle-kit reads this folder; the app imports it from here.
 */
import type { users, passwordResetTokens } from "./accounts";
import type { questions, interviews, interviewItems, phaseEvents } from "./interviews";
import type { sketches, recordings } from "./media";
import type { recallStates, ratingLogs } from "./practice";

export { levelEnum, kindEnum, interviewStatusEnum, timerModeEnum, designPhaseEnum } from "./columns";
export * from "./accounts";
export * from "./interviews";
export * from "./media";
export * from "./practice";

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
