import type { NextAuthConfig } from "next-auth";
import { decodeSession } from "@/server/auth/jwt";
import { describeError, logEvent } from "@/server/log";

/** Paths anyone may open; everything else needs a signed-in user. */
const PUBLIC_PATHS = ["/", "/sign-in", "/sign-up"];
const PUBLIC_PREFIXES = ["/api/auth", "/api/health", "/api/time", "/_next", "/excalidraw-assets", "/icon", "/favicon"];

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PATHS.includes(pathname) || PUBLIC_PREFIXES.some((p) => pathname.startsWith(p));
}

/**
 * The database-free part of the Auth.js setup, shared by the request gate
 * (proxy.ts) and the full setup in lib/auth/index.ts.
 */
export const authConfig = {
  pages: { signIn: "/sign-in" },
  session: { strategy: "jwt" },
  jwt: { decode: decodeSession },
  trustHost: true,
  providers: [],
  logger: {
    // Auth.js logs a whole stack for every wrong password; keep the log readable.
    error(error) {
      if (error.name === "CredentialsSignin") return;
      logEvent("error", "auth error", describeError(error));
    },
    warn() {},
    debug() {},
  },
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (token.sub && session.user) session.user.id = token.sub;
      return session;
    },
  },
} satisfies NextAuthConfig;
