import { abandonInterviewForUser } from "@/db/queries/interviews";
import { authedRoute, idParams } from "@/lib/server/handler";
import { interviewStateJson } from "@/lib/server/interview-json";

export const POST = authedRoute(idParams, async ({ user, params }) => {
  const state = await abandonInterviewForUser(params.id, user.id, new Date());
  return Response.json(interviewStateJson(state));
});
