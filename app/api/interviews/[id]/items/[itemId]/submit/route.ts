import { z } from "zod";
import { submitItemForUser } from "@/db/queries/interview-transitions";
import { authedRoute } from "@/server/http/route";
import { interviewStateJson } from "@/lib/interview/state";

const params = z.object({ id: z.uuid(), itemId: z.uuid() });

/** Submit one answer (early, or at time-up); per question, the next clock starts. */
export const POST = authedRoute(params, async ({ user, params: p }) => {
  const state = await submitItemForUser({ userId: user.id, interviewId: p.id, itemId: p.itemId, now: new Date() });
  return Response.json(interviewStateJson(state));
});
