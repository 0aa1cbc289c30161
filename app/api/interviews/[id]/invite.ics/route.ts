import { getScheduledInterviewForUser } from "@/db/queries/schedule";
import { AppError, notFound } from "@/lib/errors";
import { buildInvite } from "@/lib/booking/invite";
import { authedRoute, idParams } from "@/server/http/route";

/** A calendar invitation (with a reminder) for a scheduled interview. */
export const GET = authedRoute(idParams, async ({ req, user, params }) => {
  const iv = await getScheduledInterviewForUser({ userId: user.id, interviewId: params.id });
  if (!iv) throw notFound("interview");
  if (iv.scheduledFor.getTime() === 0) throw new AppError("conflict", "This interview was never scheduled, so it has no invitation.");
  const ics = buildInvite({
    id: iv.id,
    title: iv.title,
    start: iv.scheduledFor,
    minutes: iv.plannedMinutes,
    url: `${new URL(req.url).origin}/schedule`,
    questionCount: iv.itemCount,
    timeZone: iv.timeZone,
    now: new Date(),
  });
  return new Response(ics, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="mock-interview-${iv.scheduledFor.toISOString().slice(0, 10)}.ics"`,
      "cache-control": "private, no-store",
    },
  });
});
