import { getToken } from "next-auth/jwt";
import { decodeSession } from "@/server/auth/jwt";
import { sessionVerdict } from "@/lib/auth/session-policy";

export interface RequestSession {
  id: string;
  email: string | null;
  /** The session generation the cookie was issued under; `isSessionCurrent` compares it with the stored one. */
  generation: number;
  /** This session's id; one signed out on its own is refused too. */
  sessionId: string;
}

/**
 * Reads the signed-in user from the session cookie of a request, without
 * re-issuing the cookie or touching the database: the request gate and the API
 * route handlers use it. It checks what the cookie alone can tell (signature,
 * idle expiry, the absolute lifetime from sign-in); the generation check needs
 * the database and is the caller's (authedRoute; pages through `auth()`).
 * Cookies are `__Secure-` prefixed behind HTTPS.
 */
export async function userIdFromRequest(req: Request): Promise<RequestSession | null> {
  const proto = req.headers.get("x-forwarded-proto") ?? new URL(req.url).protocol.replace(":", "");
  try {
    const token = await getToken({ req, secret: process.env.AUTH_SECRET, secureCookie: proto === "https", decode: decodeSession });
    const verdict = sessionVerdict(token, Math.floor(Date.now() / 1000));
    if (!verdict.ok) return null;
    return { id: verdict.userId, email: typeof token?.email === "string" ? token.email : null, generation: verdict.generation, sessionId: verdict.sessionId };
  } catch {
    return null;
  }
}
