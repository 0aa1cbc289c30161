import { z } from "zod";
import { getSketchTimelineForUser } from "@/db/queries/sketches";
import { notFound } from "@/lib/errors";
import { authedRoute } from "@/server/http/route";

const params = z.object({ id: z.uuid(), itemId: z.uuid() });

/** The whiteboard's timeline (what each save changed, with the server's time), for the review's replay. */
export const GET = authedRoute(params, async ({ user, params: p }) => {
  const entries = await getSketchTimelineForUser({ userId: user.id, interviewId: p.id, itemId: p.itemId });
  if (entries.length === 0) throw notFound("sketch");
  return Response.json({ entries }, { headers: { "Cache-Control": "private, no-store" } });
});
