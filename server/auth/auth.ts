import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import type { Provider } from "next-auth/providers";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { getDb } from "@/db/client";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { signInSchema } from "@/lib/auth/schemas";
import { checkCredentials, clientIp, noteCredentialCheck } from "@/server/auth/sign-in";
import { authConfig } from "@/server/auth/config";

class RateLimitedSignin extends CredentialsSignin {
  code = "rate_limited";
}

/** OAuth providers are offered only when their credentials are configured. */
export function oauthProviders(env: NodeJS.ProcessEnv = process.env): Array<{ id: "github" | "google"; name: string }> {
  const out: Array<{ id: "github" | "google"; name: string }> = [];
  if (env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET) out.push({ id: "github", name: "GitHub" });
  if (env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET) out.push({ id: "google", name: "Google" });
  return out;
}

function providers(): Provider[] {
  const list: Provider[] = [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const ip = request instanceof Request ? clientIp(request.headers) : undefined;
        const result = await checkCredentials(parsed.data.email, parsed.data.password, ip);
        noteCredentialCheck(result);
        if (result.ok) return { id: result.user.id, email: result.user.email, name: result.user.name };
        if (result.reason === "rate_limited") throw new RateLimitedSignin();
        return null;
      },
    }),
  ];
  for (const p of oauthProviders()) list.push(p.id === "github" ? GitHub : Google);
  return list;
}

export const { handlers, auth, signIn, signOut } = NextAuth(async () => {
  const db = await getDb();
  return {
    ...authConfig,
    adapter: DrizzleAdapter(db, {
      usersTable: users,
      accountsTable: accounts,
      sessionsTable: sessions,
      verificationTokensTable: verificationTokens,
    }),
    providers: providers(),
  };
});
