import "server-only";
import { headers } from "next/headers";

/**
 * The origin links in mail and printed by commands point at: AUTH_URL when set
 * (always set it behind a proxy: otherwise the link follows the request's Host
 * header), else the origin this request came to.
 */
export async function publicOrigin(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const configured = env.AUTH_URL?.trim();
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      // fall through to the request's own origin
    }
  }
  const h = await headers();
  const proto = h.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https" ? "https" : "http";
  return `${proto}://${h.get("host") ?? "localhost"}`;
}
