import { abandonInterviewForUser } from "@/db/queries/interview-transitions";
import { authedRoute, idParams } from "@/server/http/route";
import { interviewStateJson } from "@/lib/interview/state";

export const POST = authedRoute(idParams, async ({ user, params }) => {
  const state = await abandonInterviewForUser({ userId: user.id, interviewId: params.id, now: new Date() });
  return Response.json(interviewStateJson(state));
});
