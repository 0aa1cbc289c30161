import { z } from "zod";
import { getReferenceSceneForUser } from "@/db/queries/interviews";
import { AppError, notFound } from "@/lib/errors";
import { authedRoute } from "@/server/http/route";

const params = z.object({ id: z.uuid(), itemId: z.uuid() });

/**
 * The reference diagram of a reviewed question, fetched when the review shows
 * it (it is kept out of the review page's HTML). Like the sample answer, it is
 * only shown once the interview is over.
 */
export const GET = authedRoute(params, async ({ user, params: p }) => {
  const row = await getReferenceSceneForUser({ userId: user.id, interviewId: p.id, itemId: p.itemId });
  if (!row) throw notFound("ownedItem");
  if (row.status !== "review" && row.status !== "completed") {
    throw new AppError("conflict", "The reference diagram is shown once the interview is finished.");
  }
  if (!row.scene) throw notFound("reference");
  // A built-in question's diagram changes only with a new release.
  return Response.json({ scene: row.scene }, { headers: { "cache-control": "private, max-age=3600" } });
});
