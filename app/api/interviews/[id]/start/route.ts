import { authedRoute, idParams } from "@/server/http/route";
import { startScheduledInterview } from "@/server/interviews/schedule-interview";

/** Start a scheduled interview now (early starts allowed; a missed one is refused). */
export const POST = authedRoute(idParams, async ({ user, params }) => {
  const iv = await startScheduledInterview({ userId: user.id, interviewId: params.id, now: new Date() });
  return Response.json({ id: iv.id, status: iv.status, startedAt: iv.startedAt?.toISOString() });
});
