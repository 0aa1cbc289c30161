import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignUpForm } from "@/components/auth-forms";
import { OAuthButtons } from "@/components/oauth-buttons";
import { safeCallbackPath } from "@/lib/auth/schemas";
import { currentUser } from "@/server/auth/session";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const callbackUrl = safeCallbackPath((await searchParams).callbackUrl);
  if (await currentUser()) redirect(callbackUrl);
  return (
    <div className="card">
      <h1>Create your account</h1>
      <p className="muted">Free, self-hosted, and your answers stay on your server.</p>
      <OAuthButtons callbackUrl={callbackUrl} />
      <SignUpForm callbackUrl={callbackUrl} />
    </div>
  );
}
