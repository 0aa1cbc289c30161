import "server-only";
import { cookies } from "next/headers";
import { decodeSession, encodeSession } from "@/server/auth/jwt";
import { revokeSessionByUser } from "@/db/queries/account";
import { SESSION_IDLE_SECONDS, sessionEnd, sessionVerdict } from "@/lib/auth/session-policy";
import { forgetSessions, isSessionCurrent } from "@/server/auth/session-generation";

/** Auth.js's session cookie, as it names it over HTTPS and over plain HTTP. */
export const SESSION_COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

/**
 * Keep the device that asked signed in after its person's generation was
 * raised (a password change, "sign out of other devices"): its own cookie is
 * re-issued under the new generation, with the same sign-in time, so the
 * absolute lifetime still counts from the original sign-in. For server actions
 * (they may set cookies). Every other cookie keeps the old generation and is refused.
 */
export async function reissueSessionCookie({ userId, generation }: { userId: string; generation: number }): Promise<void> {
  const jar = await cookies();
  const secret = process.env.AUTH_SECRET;
  const name = SESSION_COOKIE_NAMES.find((n) => jar.get(n)?.value);
  if (!name || !secret) return;
  const token = await decodeSession({ token: jar.get(name)!.value, secret, salt: name });
  if (!token || token.sub !== userId) return;
  const value = await encodeSession({ token: { ...token, gen: generation }, secret, salt: name, maxAge: SESSION_IDLE_SECONDS });
  jar.set(name, value, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: name.startsWith("__Secure-"),
    expires: new Date(Date.now() + SESSION_IDLE_SECONDS * 1000),
  });
}

/**
 * After an action re-issued this device's cookie, Next renders the page in the
 * same request, and Auth.js reads the session from the request's original
 * Cookie header: the old cookie, now under an old generation. The request's
 * cookie jar already holds the new one; when it is this person's and current,
 * it stands for the session. Outside a request (or with no such cookie): null.
 */
export async function reissuedInThisRequest(userId: string): Promise<Record<string, unknown> | null> {
  try {
    const jar = await cookies();
    const secret = process.env.AUTH_SECRET;
    if (!secret) return null;
    for (const name of SESSION_COOKIE_NAMES) {
      const value = jar.get(name)?.value;
      if (!value) continue;
      const token = await decodeSession({ token: value, secret, salt: name });
      const verdict = sessionVerdict(token, Math.floor(Date.now() / 1000));
      if (token && verdict.ok && verdict.userId === userId && (await isSessionCurrent(verdict))) return token;
    }
  } catch {
    // not in a request
  }
  return null;
}

/**
 * "Sign out" on this device: besides clearing the cookie here (Auth.js's
 * signOut), its session is refused everywhere, so a copy of the cookie taken
 * before dies with it. Other devices stay signed in.
 */
export async function revokeThisSession(): Promise<void> {
  const jar = await cookies();
  const secret = process.env.AUTH_SECRET;
  if (!secret) return;
  for (const name of SESSION_COOKIE_NAMES) {
    const value = jar.get(name)?.value;
    if (!value) continue;
    const verdict = sessionVerdict(await decodeSession({ token: value, secret, salt: name }), Math.floor(Date.now() / 1000));
    if (!verdict.ok) continue;
    await revokeSessionByUser({ userId: verdict.userId, sessionId: verdict.sessionId, expiresAt: new Date(sessionEnd(verdict.authTime) * 1000), now: new Date() });
    forgetSessions(verdict.userId);
  }
}
