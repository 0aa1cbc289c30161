import { z } from "zod";
import { listFullQuestions } from "@/db/queries/questions";
import { writeZip } from "@/lib/question-file/archive";
import { questionFiles, studySheet } from "@/lib/question-file/export";
import { parseBankFilters, toQuestionFilters } from "@/lib/question-filters";
import { authedRoute } from "@/server/http/route";

const format = z.enum(["zip", "sheet"]).catch("zip");

/**
 * The bank as the person filters it (the bank page's own URL filters:
 * `?source=mine` for only their questions), as a zip of question files that
 * another Mockline imports, or `?format=sheet` as one Markdown study sheet.
 */
export const GET = authedRoute(z.object({}), async ({ req, user }) => {
  const params = Object.fromEntries(new URL(req.url).searchParams);
  const filters = parseBankFilters(params);
  const rows = await listFullQuestions({ userId: user.id, filters: toQuestionFilters(filters) });
  const stamp = new Date().toISOString().slice(0, 10);
  const base = `mockline-questions${filters.source === "mine" ? "-mine" : ""}-${stamp}`;
  const headers = { "cache-control": "private, no-store" };
  if (format.parse(params.format) === "sheet") {
    return new Response(studySheet(rows), {
      headers: { ...headers, "content-type": "text/markdown; charset=utf-8", "content-disposition": `attachment; filename="${base}.md"` },
    });
  }
  const zip = writeZip(questionFiles(rows));
  return new Response(zip as Uint8Array<ArrayBuffer>, {
    headers: { ...headers, "content-type": "application/zip", "content-disposition": `attachment; filename="${base}.zip"`, "content-length": String(zip.byteLength) },
  });
});
