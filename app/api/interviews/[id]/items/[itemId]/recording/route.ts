import { z } from "zod";
import { deleteRecordingForUser, getRecordingForUser, recordingBytesByUser, saveRecordingChunkForUser } from "@/db/queries/recordings";
import { quotaRefusal } from "@/lib/account/storage-quota";
import { AppError, notFound } from "@/lib/errors";
import { nextNumbers } from "@/lib/recording/numbers";
import { AUDIO_TYPE_MESSAGE, parseAudioType, sniffContainer } from "@/lib/recording/container";
import { CHUNK_LIMIT_MESSAGE, MAX_CHUNK_BYTES } from "@/lib/recording/limits";
import { chunkQuerySchema } from "@/lib/recording/upload-params";
import { authedRoute, readBinary, zodMessage } from "@/server/http/route";

const params = z.object({ id: z.uuid(), itemId: z.uuid() });

/**
 * One chunk of a voice recording, as the recorder uploads it: the audio is
 * the body (audio/webm or audio/mp4), its numbers are in the query. A
 * repeated chunk changes nothing; the answer says what the server holds.
 */
export const PUT = authedRoute(params, async ({ req, user, params: p }) => {
  const query = chunkQuerySchema.safeParse(Object.fromEntries(new URL(req.url).searchParams));
  if (!query.success) throw new AppError("bad_request", zodMessage(query.error));
  const type = parseAudioType(req.headers.get("content-type"));
  if (!type) throw new AppError("bad_request", AUDIO_TYPE_MESSAGE);
  const data = await readBinary(req, { maxBytes: MAX_CHUNK_BYTES, tooLarge: CHUNK_LIMIT_MESSAGE });
  const overQuota = quotaRefusal("recordings", await recordingBytesByUser({ userId: user.id }), data.length);
  if (overQuota) throw new AppError("too_large", overQuota, { quota: "recordings" });
  const now = new Date();
  const q = query.data;
  const result = await saveRecordingChunkForUser({
    userId: user.id,
    interviewId: p.id,
    itemId: p.itemId,
    seq: q.seq,
    part: q.part,
    endMs: q.endMs,
    mimeType: type.mimeType,
    // The page's estimate of the server's time; never later than the server's own.
    first: q.first ? { startedAt: new Date(Math.min(q.startedAt!, now.getTime())), container: sniffContainer(data) } : null,
    data,
    now,
  });
  return Response.json(result, { headers: { "Cache-Control": "private, no-store" } });
});

/** What the server holds of this question's recording: where a recorder resumes, and what the player plays. */
export const GET = authedRoute(params, async ({ user, params: p }) => {
  const rec = await getRecordingForUser({ userId: user.id, interviewId: p.id, itemId: p.itemId });
  if (!rec) throw notFound("recording");
  return Response.json(
    { bytes: rec.bytes, durationMs: rec.durationMs, parts: rec.parts, ...nextNumbers(rec), updatedAt: rec.updatedAt.toISOString() },
    { headers: { "Cache-Control": "private, no-store" } },
  );
});

/** Delete the recording and all its audio, whenever its owner asks. */
export const DELETE = authedRoute(params, async ({ user, params: p }) => {
  const deleted = await deleteRecordingForUser({ userId: user.id, interviewId: p.id, itemId: p.itemId });
  if (!deleted) throw notFound("recording");
  return Response.json({ deleted: true });
});
