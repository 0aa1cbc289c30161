import { z } from "zod";
import { submitItemForUser } from "@/db/queries/interviews";
import { authedRoute } from "@/lib/server/handler";
import { interviewStateJson } from "@/lib/server/interview-json";

const params = z.object({ id: z.uuid(), itemId: z.uuid() });

/** Submit one answer (early, or at time-up); per question, the next clock starts. */
export const POST = authedRoute(params, async ({ user, params: p }) => {
  const state = await submitItemForUser(p.id, p.itemId, user.id, new Date());
  return Response.json(interviewStateJson(state));
});
