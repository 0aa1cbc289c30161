import { getInterviewWithItemsForUser } from "@/db/queries/interviews";
import { notFound } from "@/lib/errors";
import { exportFileName, interviewToMarkdown, toExportInterview } from "@/lib/interview/export";
import { authedRoute, idParams } from "@/server/http/route";

/** The interview as a Markdown download; drawings are linked to their preview URLs. */
export const GET = authedRoute(idParams, async ({ req, user, params }) => {
  const data = await getInterviewWithItemsForUser({ userId: user.id, interviewId: params.id, now: new Date() });
  if (!data) throw notFound("interview");
  const doc = toExportInterview(data, new URL(req.url).origin);
  return new Response(interviewToMarkdown(doc), {
    headers: {
      "content-type": "text/markdown; charset=utf-8",
      "content-disposition": `attachment; filename="${exportFileName(doc, "md")}"`,
      "cache-control": "private, no-store",
    },
  });
});
