import { z } from "zod";
import { exportArchiveName } from "@/lib/account/export-archive";
import { exportAccount } from "@/server/account/export-account";
import { authedRoute } from "@/server/http/route";

/** Everything of the signed-in person's, as one zip (data.json, README.md, Markdown per interview). */
export const GET = authedRoute(z.object({}), async ({ req, user }) => {
  const now = new Date();
  const zip = await exportAccount({ userId: user.id, origin: new URL(req.url).origin, now });
  return new Response(zip as Uint8Array<ArrayBuffer>, {
    headers: {
      "content-type": "application/zip",
      "content-disposition": `attachment; filename="${exportArchiveName(now)}"`,
      "content-length": String(zip.byteLength),
      "cache-control": "private, no-store",
    },
  });
});
