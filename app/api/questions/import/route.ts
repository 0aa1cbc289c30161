import { z } from "zod";
import { AppError } from "@/lib/errors";
import { IMPORT_LIMITS, megabytes } from "@/lib/question-file/limits";
import { commitImport, previewImport } from "@/server/questions/import-questions";
import { authedRoute, readBinary } from "@/server/http/route";

const mode = z.enum(["preview", "commit"], { error: 'mode must be "preview" or "commit".' });

/**
 * Import one upload (a question file, a zip of them, or a CSV) sent as the
 * raw body, its name in the `x-file-name` header (a custom header: no other
 * site's page can send it without the browser asking first).
 * `?mode=preview` says what would happen and writes nothing; `?mode=commit`
 * imports it all in one transaction, or nothing while any problem remains.
 */
export const POST = authedRoute(z.object({}), async ({ req, user }) => {
  const parsedMode = mode.safeParse(new URL(req.url).searchParams.get("mode") ?? "preview");
  if (!parsedMode.success) throw new AppError("bad_request", parsedMode.error.issues[0]!.message);
  const rawName = req.headers.get("x-file-name");
  if (!rawName) throw new AppError("bad_request", "Send the file's name in the x-file-name header (a .md, .zip or .csv file).");
  let name: string;
  try {
    name = decodeURIComponent(rawName).slice(0, 200);
  } catch {
    throw new AppError("bad_request", "The x-file-name header is not valid percent-encoding.");
  }
  const bytes = await readBinary(req, { maxBytes: IMPORT_LIMITS.importBytes, tooLarge: `An import is at most ${megabytes(IMPORT_LIMITS.importBytes)}; split it into smaller zips.` });
  if (bytes.length === 0) throw new AppError("bad_request", "The file is empty.");
  const plan = parsedMode.data === "preview" ? await previewImport({ userId: user.id, name, bytes }) : await commitImport({ userId: user.id, name, bytes, now: new Date() });
  return Response.json({ mode: parsedMode.data, ...plan });
});
