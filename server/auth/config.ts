import type { NextAuthConfig } from "next-auth";
import { decodeSession, encodeSession } from "@/server/auth/jwt";
import { SESSION_IDLE_SECONDS } from "@/lib/auth/session-policy";
import { describeError, logEvent } from "@/server/log";

/** Paths anyone may open; everything else needs a signed-in user. */
const PUBLIC_PATHS = ["/", "/sign-in", "/sign-up", "/forgot-password", "/reset-password"];
const PUBLIC_PREFIXES = ["/api/auth", "/api/health", "/api/time", "/_next", "/excalidraw-assets", "/icon", "/favicon"];

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PATHS.includes(pathname) || PUBLIC_PREFIXES.some((p) => pathname.startsWith(p));
}

/**
 * The database-free part of the Auth.js setup, shared by the request gate
 * (proxy.ts) and the full setup in server/auth/auth.ts, which adds the
 * database-backed `jwt` callback (sign-in time, session generation).
 */
export const authConfig = {
  pages: { signIn: "/sign-in" },
  session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS },
  jwt: { decode: decodeSession, encode: encodeSession },
  trustHost: true,
  providers: [],
  logger: {
    // Auth.js logs a whole stack for every wrong password; keep the log readable. Its `type` survives
    // minification (the class name does not); the failure itself is logged at info by checkCredentials.
    error(error) {
      if ((error as { type?: string }).type === "CredentialsSignin" || error.name === "CredentialsSignin") return;
      logEvent("error", "auth error", describeError(error));
    },
    warn() {},
    debug() {},
  },
  callbacks: {
    session({ session, token }) {
      if (token.sub && session.user) session.user.id = token.sub;
      return session;
    },
  },
} satisfies NextAuthConfig;
