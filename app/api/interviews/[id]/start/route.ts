import { authedRoute, idParams } from "@/lib/server/handler";
import { startScheduledForUser } from "@/lib/server/schedule-interview";

/** Start a scheduled interview now (early starts allowed; a missed one is refused). */
export const POST = authedRoute(idParams, async ({ user, params }) => {
  const iv = await startScheduledForUser(params.id, user.id, new Date());
  return Response.json({ id: iv.id, status: iv.status, startedAt: iv.startedAt?.toISOString() });
});
