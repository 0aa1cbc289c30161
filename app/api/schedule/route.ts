import { z } from "zod";
import { authedRoute, readJson } from "@/server/http/route";
import { scheduleInterview } from "@/server/interviews/schedule-interview";

/** Book an interview for later: { date, time, timeZone, preset | config, topic? } → 201; bad input → 400 with a message. */
// A static route has no params; accept whatever (undefined) is passed.
export const POST = authedRoute(z.unknown(), async ({ req, user }) => {
  const body = await readJson(req, z.unknown(), { maxBytes: 64 * 1024 });
  const iv = await scheduleInterview({ userId: user.id, request: body, now: new Date() });
  return Response.json({ id: iv.id, status: iv.status, scheduledFor: iv.scheduledFor?.toISOString(), timeZone: iv.timeZone }, { status: 201 });
});
