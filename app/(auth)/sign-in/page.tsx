import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth-forms";
import { OAuthButtons } from "@/components/oauth-buttons";
import { safeCallbackPath } from "@/lib/auth/schemas";
import { currentUser } from "@/server/auth/session";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const callbackUrl = safeCallbackPath((await searchParams).callbackUrl);
  if (await currentUser()) redirect(callbackUrl);
  return (
    <div className="card">
      <h1>Sign in</h1>
      <p className="muted">Pick up your practice where you left it.</p>
      <OAuthButtons callbackUrl={callbackUrl} />
      <SignInForm callbackUrl={callbackUrl} />
    </div>
  );
}
