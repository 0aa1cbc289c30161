import { z } from "zod";
import { advancePhaseForUser, getPhaseEventsForUser } from "@/db/queries/phases";
import { currentPhase, phaseEventsJson } from "@/lib/interview/phases";
import { phaseMoveSchema } from "@/lib/interview/phase-schema";
import { authedRoute, readJson } from "@/server/http/route";

const params = z.object({ id: z.uuid(), itemId: z.uuid() });

/** Where a design answer stands: the phase in progress and when each began (server time). */
export const GET = authedRoute(params, async ({ user, params: p }) => {
  const events = await getPhaseEventsForUser({ userId: user.id, interviewId: p.id, itemId: p.itemId });
  return Response.json({ phase: currentPhase(events), events: phaseEventsJson(events), serverNow: Date.now() });
});

/** "Next phase": only to the phase right after the current one (400), while the question is open (409). */
export const POST = authedRoute(params, async ({ req, user, params: p }) => {
  const { phase } = await readJson(req, phaseMoveSchema, { maxBytes: 1024 });
  const now = new Date();
  const events = await advancePhaseForUser({ userId: user.id, interviewId: p.id, itemId: p.itemId, phase, now });
  return Response.json({ phase: currentPhase(events), events: phaseEventsJson(events), serverNow: now.getTime() });
});
