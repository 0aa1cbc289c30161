import { z } from "zod";
import { submitItemForUser } from "@/db/queries/interviews";
import { authedRoute } from "@/server/http/route";
import { interviewStateJson } from "@/lib/interview/state";

const params = z.object({ id: z.uuid(), itemId: z.uuid() });

/** Submit one answer (early, or at time-up); per question, the next clock starts. */
export const POST = authedRoute(params, async ({ user, params: p }) => {
  const state = await submitItemForUser(p.id, p.itemId, user.id, new Date());
  return Response.json(interviewStateJson(state));
});
