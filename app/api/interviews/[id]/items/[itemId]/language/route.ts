import { z } from "zod";
import { setAnswerLanguageForUser } from "@/db/queries/answers";
import { answerLanguageSchema } from "@/lib/interview/answer-limits";
import { authedRoute, readJson } from "@/server/http/route";

const params = z.object({ id: z.uuid(), itemId: z.uuid() });

/** The language a coding answer is written in: kept on the answer and as the person's default (409 once the question is closed). */
export const PUT = authedRoute(params, async ({ req, user, params: p }) => {
  const { language } = await readJson(req, answerLanguageSchema, { maxBytes: 1024 });
  await setAnswerLanguageForUser({ userId: user.id, interviewId: p.id, itemId: p.itemId, language, now: new Date() });
  return Response.json({ language });
});
