import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { decodeSession } from "@/server/auth/jwt";
import { SESSION_COOKIE_NAMES } from "@/server/auth/session-cookie";
import { isSessionCurrent } from "@/server/auth/session-generation";
import { sessionVerdict } from "@/lib/auth/session-policy";

export interface SessionUser {
  id: string;
  email: string | null;
  name: string | null;
}

/**
 * The signed-in user, or null: the session cookie checked as Auth.js's own `jwt` callback checks it (signature,
 * absolute lifetime, the person's session generation and signed-out sessions), without the rest of Auth.js's
 * session request. `auth()` ran its whole `/session` endpoint for each call (the config and providers built,
 * a CSRF token made, the cookie re-encrypted into a Set-Cookie that a page or action then drops), and a page
 * called it twice (layout and page). Read once per render (React `cache`) from the request's cookie jar, which
 * in a server action already holds a cookie the action re-issued (a password change keeps this device in).
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const secret = process.env.AUTH_SECRET;
  if (!secret) return null;
  const jar = await cookies();
  for (const name of SESSION_COOKIE_NAMES) {
    const value = jar.get(name)?.value;
    if (!value) continue;
    const token = await decodeSession({ token: value, secret, salt: name }).catch(() => null);
    const verdict = sessionVerdict(token, Math.floor(Date.now() / 1000));
    if (!token || !verdict.ok || !(await isSessionCurrent(verdict))) continue;
    return { id: verdict.userId, email: typeof token.email === "string" ? token.email : null, name: typeof token.name === "string" ? token.name : null };
  }
  return null;
});

/** For pages: the signed-in user, or a redirect to sign-in that comes back here. */
export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (user) return user;
  // The request gate (proxy.ts) already sends signed-out visitors to sign-in with
  // their way back; this is the belt to its braces.
  redirect("/sign-in");
}
