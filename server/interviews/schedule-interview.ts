import "server-only";
import { createInterview, getDrawHistoryByUser, listDrawCandidates, startScheduledInterviewForUser } from "@/db/queries/interviews";
import { markMissedInterviewsByUser } from "@/db/queries/schedule";
import { drawQuestions } from "@/lib/interview/draw";
import { AppError } from "@/lib/errors";
import type { Interview } from "@/db/schema";
import { interviewTitle } from "@/lib/interview/title";
import { newSeed } from "@/lib/random";
import { resolveScheduleConfig, resolveScheduledTime, scheduleRequestSchema } from "@/lib/booking/schedule";

/**
 * Book an interview for later: validate (future time, known zone, known
 * preset), draw its questions now so the session is fixed, and store it as
 * scheduled; its clocks start only when the person starts it.
 */
export async function scheduleInterviewForUser(userId: string, input: unknown, now: Date): Promise<Interview> {
  const parsed = scheduleRequestSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError("bad_request", issue?.message ?? "Check the schedule.", { field: String(issue?.path[0] ?? "form") });
  }
  const req = parsed.data;
  const at = resolveScheduledTime(req, now);
  const { config, presetLabel } = resolveScheduleConfig(req);
  const seed = newSeed();
  const [bank, history] = await Promise.all([listDrawCandidates(), getDrawHistoryByUser(userId, now)]);
  const draw = drawQuestions(bank, config, seed, now, history);
  if (draw.matched === 0) throw new AppError("bad_request", "No question matches this configuration. Choose another preset or topic.", { field: "preset" });
  return createInterview({
    userId,
    title: interviewTitle(config, draw.ids.length, presetLabel),
    config: { ...config, count: draw.ids.length },
    seed,
    questionIds: draw.ids,
    now,
    scheduledFor: at,
    timeZone: req.timeZone,
  });
}

/** Start a scheduled interview unless its window has closed (then it is missed, and says so). */
export async function startScheduledForUser(id: string, userId: string, now: Date): Promise<Interview> {
  await markMissedInterviewsByUser(userId, now);
  return startScheduledInterviewForUser(id, userId, now);
}
