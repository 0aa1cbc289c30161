import { getInterviewWithItemsForUser } from "@/db/queries/interviews";
import { AppError } from "@/lib/errors";
import { exportFileName, interviewToMarkdown } from "@/lib/interview/export";
import { toExportInterview } from "@/lib/interview/export";
import { authedRoute, idParams } from "@/server/http/route";

/** The interview as a Markdown download; drawings are linked to their preview URLs. */
export const GET = authedRoute(idParams, async ({ req, user, params }) => {
  const data = await getInterviewWithItemsForUser(params.id, user.id, new Date());
  if (!data) throw new AppError("not_found", "That interview was not found.");
  const doc = toExportInterview(data, new URL(req.url).origin);
  return new Response(interviewToMarkdown(doc), {
    headers: {
      "content-type": "text/markdown; charset=utf-8",
      "content-disposition": `attachment; filename="${exportFileName(doc, "md")}"`,
      "cache-control": "private, no-store",
    },
  });
});
