import "server-only";
import { startScheduledInterviewForUser } from "@/db/queries/interview-transitions";
import { markMissedInterviewsByUser } from "@/db/queries/schedule";
import type { Interview } from "@/db/schema";
import { resolveScheduleConfig, resolveScheduledTime, scheduleRequestSchema } from "@/lib/booking/schedule";
import { AppError } from "@/lib/errors";
import { drawAndCreateInterview } from "./create-interview";

/**
 * Book an interview for later: validate (future time, known zone, known
 * preset), draw its questions now so the session is fixed, and store it as
 * scheduled; its clocks start only when the person starts it. The form and
 * the JSON API both hand it what they received.
 */
export async function scheduleInterview({ userId, request, now }: { userId: string; request: unknown; now: Date }): Promise<Interview> {
  const parsed = scheduleRequestSchema.safeParse(request);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError("bad_request", issue?.message ?? "Check the schedule.", { field: String(issue?.path[0] ?? "form") });
  }
  const req = parsed.data;
  const scheduledFor = resolveScheduledTime(req, now);
  const { config, presetLabel } = resolveScheduleConfig(req);
  const drawn = await drawAndCreateInterview({ userId, config, now, presetLabel, acceptShort: true, scheduledFor, timeZone: req.timeZone });
  if (drawn.outcome !== "created") throw new AppError("bad_request", "No question matches this configuration. Choose another preset or topic.", { field: "preset" });
  return drawn.interview;
}

/** Start a scheduled interview unless its window has closed (then it is missed, and says so). */
export async function startScheduledInterview(input: { userId: string; interviewId: string; now: Date }): Promise<Interview> {
  await markMissedInterviewsByUser(input);
  return startScheduledInterviewForUser(input);
}
