import { z } from "zod";
import { saveAnswerForUser } from "@/db/queries/answers";
import { MAX_ANSWER_BYTES, answerSaveSchema } from "@/lib/interview/answer-limits";
import { authedRoute, readJson } from "@/server/http/route";

const params = z.object({ id: z.uuid(), itemId: z.uuid() });

/**
 * Autosave of one answer. Idempotent and ordered by revision: an older or
 * repeated save changes nothing and says so; a save after the deadline plus
 * grace is refused with 409 and what was saved stays.
 */
export const PUT = authedRoute(params, async ({ req, user, params: p }) => {
  const body = await readJson(req, answerSaveSchema, {
    maxBytes: MAX_ANSWER_BYTES,
    tooLarge: `The answer is larger than the ${MAX_ANSWER_BYTES / 1024} KB limit for one answer. Shorten it and it will save.`,
  });
  const result = await saveAnswerForUser({
    userId: user.id,
    interviewId: p.id,
    itemId: p.itemId,
    revision: body.revision,
    doc: body.doc,
    text: body.text,
    now: new Date(),
  });
  return Response.json({ revision: result.revision, savedAt: result.savedAt.toISOString(), stale: result.stale });
});

// sendBeacon can only POST; it lands here with the same rules.
export const POST = PUT;
