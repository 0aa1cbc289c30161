import { authedRoute, idParams } from "@/server/http/route";
import { startScheduledForUser } from "@/server/interviews/schedule-interview";

/** Start a scheduled interview now (early starts allowed; a missed one is refused). */
export const POST = authedRoute(idParams, async ({ user, params }) => {
  const iv = await startScheduledForUser(params.id, user.id, new Date());
  return Response.json({ id: iv.id, status: iv.status, startedAt: iv.startedAt?.toISOString() });
});
