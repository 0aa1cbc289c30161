import { z } from "zod";
import { AppError } from "@/lib/errors";
import { partQuerySchema } from "@/lib/recording/upload-params";
import { authedRoute, zodMessage } from "@/server/http/route";
import { streamRecordingPart } from "@/server/recordings/stream-part";

const params = z.object({ id: z.uuid(), itemId: z.uuid() });

/** One part of a recording as an audio file, with HTTP range requests (206, 416), so the player seeks without fetching it all. */
export const GET = authedRoute(params, async ({ req, user, params: p }) => {
  const query = partQuerySchema.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!query.success) throw new AppError("bad_request", zodMessage(query.error));
  return streamRecordingPart({
    userId: user.id,
    interviewId: p.id,
    itemId: p.itemId,
    part: query.data.part,
    range: req.headers.get("range"),
    ifRange: req.headers.get("if-range"),
  });
});
