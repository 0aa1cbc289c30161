import { cancelScheduledInterviewForUser, rescheduleInterviewForUser } from "@/db/queries/schedule";
import { resolveScheduledTime, scheduleWhenSchema } from "@/lib/booking/schedule";
import { authedRoute, idParams, readJson } from "@/server/http/route";

/** Move a scheduled interview: { date, time, timeZone }. */
export const PATCH = authedRoute(idParams, async ({ req, user, params }) => {
  const when = await readJson(req, scheduleWhenSchema, { maxBytes: 4096 });
  const now = new Date();
  const iv = await rescheduleInterviewForUser({ userId: user.id, interviewId: params.id, at: resolveScheduledTime(when, now), timeZone: when.timeZone, now });
  return Response.json({ id: iv.id, scheduledFor: iv.scheduledFor?.toISOString(), timeZone: iv.timeZone });
});

/** Cancel a scheduled interview. */
export const DELETE = authedRoute(idParams, async ({ user, params }) => {
  await cancelScheduledInterviewForUser({ userId: user.id, interviewId: params.id, now: new Date() });
  return new Response(null, { status: 204 });
});
