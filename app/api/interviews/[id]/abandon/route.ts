import { abandonInterviewForUser } from "@/db/queries/interviews";
import { authedRoute, idParams } from "@/server/http/route";
import { interviewStateJson } from "@/lib/interview/state";

export const POST = authedRoute(idParams, async ({ user, params }) => {
  const state = await abandonInterviewForUser(params.id, user.id, new Date());
  return Response.json(interviewStateJson(state));
});
