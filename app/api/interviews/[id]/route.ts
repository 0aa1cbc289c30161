import { getInterviewStateForUser } from "@/db/queries/interviews";
import { notFound } from "@/lib/errors";
import { authedRoute, idParams } from "@/server/http/route";
import { interviewStateJson } from "@/lib/interview/state";

/**
 * An interview's state, settled to the server's clock: status, deadlines and
 * items. Any device (or instance) asking gets the same answer; someone else's
 * interview is not found.
 */
export const GET = authedRoute(idParams, async ({ user, params }) => {
  const data = await getInterviewStateForUser({ userId: user.id, interviewId: params.id, now: new Date() });
  if (!data) throw notFound("interview");
  return Response.json({ ...interviewStateJson(data), serverNow: new Date().toISOString() }, { headers: { "Cache-Control": "no-store" } });
});
