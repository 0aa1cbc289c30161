import { z } from "zod";
import { rateItemForUser } from "@/db/queries/ratings";
import { authedRoute, readJson } from "@/server/http/route";
import { ratingBodySchema } from "@/lib/review/rating-schema";

const params = z.object({ id: z.uuid(), itemId: z.uuid() });

/** Rate one answer of a finished interview: ticks, self-rating, note → score and the next review date. */
export const POST = authedRoute(params, async ({ req, user, params: p }) => {
  const body = await readJson(req, ratingBodySchema, { maxBytes: 64 * 1024 });
  const r = await rateItemForUser({ userId: user.id, interviewId: p.id, itemId: p.itemId, ...body, now: new Date() });
  return Response.json({
    itemId: r.item.id,
    rating: r.item.rating,
    keyPointsTicked: r.item.keyPointsTicked ?? [],
    checklistTicked: r.item.checklistTicked ?? [],
    note: r.item.note,
    coverage: r.coverage,
    score: r.score,
    due: r.due.toISOString(),
    leech: r.leech,
    interviewStatus: r.interviewStatus,
  });
});
