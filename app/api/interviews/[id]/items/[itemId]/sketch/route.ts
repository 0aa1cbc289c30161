import { z } from "zod";
import { getSketchForUser, saveSketchForUser, sketchBytesByUser } from "@/db/queries/sketches";
import { quotaRefusal } from "@/lib/account/storage-quota";
import { AppError, notFound } from "@/lib/errors";
import { MAX_SCENE_BYTES, MAX_SKETCH_REQUEST_BYTES, SCENE_LIMIT_MESSAGE, formatBytes, isSizeIssue, sceneBytes, sketchSaveSchema, withoutGeneratedHtml } from "@/lib/sketch/scene";
import { authedRoute, readJson, zodMessage } from "@/server/http/route";
import { sanitizeSvg } from "@/lib/sketch/svg-sanitize";

const params = z.object({ id: z.uuid(), itemId: z.uuid() });

/**
 * Autosave of one sketch: the same revision, ownership and deadline rules as
 * a text answer. The scene is validated (shape and limits) before anything
 * is stored; the preview is re-serialised through an allow-list.
 */
export const PUT = authedRoute(params, async ({ req, user, params: p }) => {
  const raw = await readJson(req, z.unknown(), { maxBytes: MAX_SKETCH_REQUEST_BYTES, tooLarge: SCENE_LIMIT_MESSAGE });
  // Size first: an oversized scene is refused for its size, whatever else is wrong with it.
  const rawScene = (raw as { scene?: unknown } | null)?.scene;
  const bytes = rawScene === undefined ? 0 : sceneBytes(rawScene);
  if (bytes > MAX_SCENE_BYTES) throw new AppError("too_large", `This sketch is ${formatBytes(bytes)}. ${SCENE_LIMIT_MESSAGE}`);
  const parsed = sketchSaveSchema.safeParse(raw);
  if (!parsed.success) {
    throw new AppError(isSizeIssue(parsed.error) ? "too_large" : "bad_request", zodMessage(parsed.error));
  }
  const body = parsed.data;
  const preview = body.previewSvg ? sanitizeSvg(body.previewSvg) : "";
  // The person's other sketches plus this one, as it would be stored, must fit their quota.
  const adding = Buffer.byteLength(JSON.stringify(body.scene)) + Buffer.byteLength(preview);
  const overQuota = quotaRefusal("sketches", await sketchBytesByUser({ userId: user.id, exceptItemId: p.itemId }), adding);
  if (overQuota) throw new AppError("too_large", overQuota, { quota: "sketches" });
  const result = await saveSketchForUser({
    userId: user.id,
    interviewId: p.id,
    itemId: p.itemId,
    revision: body.revision,
    scene: body.scene,
    previewSvg: preview || null,
    now: new Date(),
  });
  return Response.json({ revision: result.revision, savedAt: result.savedAt.toISOString(), stale: result.stale });
});

// sendBeacon can only POST; it lands here with the same rules.
export const POST = PUT;

/** The stored scene, for the owner only. */
export const GET = authedRoute(params, async ({ user, params: p }) => {
  const sketch = await getSketchForUser({ userId: user.id, interviewId: p.id, itemId: p.itemId });
  if (!sketch) throw notFound("sketch");
  // Scenes stored before generated HTML was refused on the way in lose it on the way out.
  const scene = Array.isArray(sketch.scene.elements) ? { ...sketch.scene, elements: sketch.scene.elements.map(withoutGeneratedHtml) } : sketch.scene;
  return Response.json(
    { scene, revision: sketch.revision, savedAt: sketch.savedAt.toISOString() },
    { headers: { "Cache-Control": "private, no-store" } },
  );
});
