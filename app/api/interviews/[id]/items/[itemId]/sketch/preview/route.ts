import { z } from "zod";
import { getSketchPreviewForUser } from "@/db/queries/sketches";
import { notFound } from "@/lib/errors";
import { authedRoute } from "@/server/http/route";
import { SVG_PREVIEW_CSP } from "@/lib/http/security-headers";

const params = z.object({ id: z.uuid(), itemId: z.uuid() });

/**
 * The stored preview as an image. It was sanitised on the way in; these
 * headers make sure that even if something slipped through, opening it
 * directly can run no script and load nothing.
 */
export const GET = authedRoute(params, async ({ user, params: p }) => {
  const svg = await getSketchPreviewForUser({ userId: user.id, interviewId: p.id, itemId: p.itemId });
  if (!svg) throw notFound("preview");
  return new Response(svg, {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Content-Security-Policy": SVG_PREVIEW_CSP,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      "Content-Disposition": "inline",
    },
  });
});
