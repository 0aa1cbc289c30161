import { sql } from "drizzle-orm";
import { getHandle } from "@/db/client";

export const dynamic = "force-dynamic";

/** Liveness and database state, for load balancers and the test harness. */
export async function GET(): Promise<Response> {
  const started = Date.now();
  try {
    const handle = await getHandle();
    await handle.db.execute(sql`select 1`);
    return Response.json({ status: "ok", database: { driver: handle.driver, ok: true, latencyMs: Date.now() - started } });
  } catch {
    return Response.json({ status: "degraded", database: { ok: false } }, { status: 503 });
  }
}
