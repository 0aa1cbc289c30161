import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/account/reset-forms";
import { DEAD_LINK_MESSAGE } from "@/lib/auth/reset-token";
import { resetLinkState } from "@/server/account/reset-password";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const raw = (await searchParams).token;
  const token = typeof raw === "string" ? raw : undefined;
  const state = await resetLinkState({ token, now: new Date() });
  return (
    <div className="card">
      <h1>Choose a new password</h1>
      {state === "valid" && token ? (
        <>
          <p className="muted">Setting it signs you out on every device; then sign in with the new one.</p>
          <ResetPasswordForm token={token} />
        </>
      ) : (
        <>
          <div role="alert" className="alert alert-error">
            {DEAD_LINK_MESSAGE}
          </div>
          <p>
            <Link href="/forgot-password">Ask for a new link</Link> · <Link href="/sign-in">Sign in</Link>
          </p>
        </>
      )}
    </div>
  );
}
