import { z } from "zod";
import { setRedoWantedForUser } from "@/db/queries/redo";
import { redoBodySchema } from "@/lib/review/redo";
import { authedRoute, readJson } from "@/server/http/route";

const params = z.object({ id: z.uuid(), itemId: z.uuid() });

/** "Redo this": the question comes back as a redo on the dashboard (409 while the interview is still running). */
export const POST = authedRoute(params, async ({ req, user, params: p }) => {
  const { wanted } = await readJson(req, redoBodySchema, { maxBytes: 1024 });
  const { redoRequestedAt } = await setRedoWantedForUser({ userId: user.id, interviewId: p.id, itemId: p.itemId, wanted, now: new Date() });
  return Response.json({ wanted: redoRequestedAt !== null, redoRequestedAt: redoRequestedAt?.toISOString() ?? null });
});
