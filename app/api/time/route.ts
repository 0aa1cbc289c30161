export const dynamic = "force-dynamic";

/** The server's clock, for pages to learn their offset once and count down locally. */
export function GET(): Response {
  return Response.json({ now: Date.now() }, { headers: { "Cache-Control": "no-store" } });
}
