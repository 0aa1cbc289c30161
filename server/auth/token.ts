import { getToken } from "next-auth/jwt";
import { decodeSession } from "@/server/auth/jwt";

/**
 * Reads the signed-in user's id from the session cookie of a request, without
 * re-issuing the cookie or touching the database: the request gate and the API
 * route handlers use it. Cookies are `__Secure-` prefixed behind HTTPS.
 */
export async function userIdFromRequest(req: Request): Promise<{ id: string; email: string | null } | null> {
  const proto = req.headers.get("x-forwarded-proto") ?? new URL(req.url).protocol.replace(":", "");
  try {
    const token = await getToken({ req, secret: process.env.AUTH_SECRET, secureCookie: proto === "https", decode: decodeSession });
    if (!token?.sub) return null;
    return { id: token.sub, email: typeof token.email === "string" ? token.email : null };
  } catch {
    return null;
  }
}
