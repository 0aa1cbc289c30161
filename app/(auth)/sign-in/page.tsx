import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth-forms";
import { OAuthButtons } from "@/components/oauth-buttons";
import { safeCallbackPath } from "@/lib/auth/schemas";
import { currentUser } from "@/server/auth/session";
import { mailConfigured } from "@/server/mail/mailer";

export const metadata: Metadata = { title: "Sign in" };

/** What a page that sends people here may have them told (fixed wording: nothing from the URL is shown). */
const NOTICES = {
  reset: "Your password was changed and every device signed out. Sign in with the new password.",
  deleted: "Your account and all its data were deleted.",
  created: "Your account is ready. Sign in to continue.",
} as const;

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; reset?: string; deleted?: string; created?: string }> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  const notice = params.reset ? NOTICES.reset : params.deleted ? NOTICES.deleted : params.created ? NOTICES.created : null;
  if (await currentUser()) redirect(callbackUrl);
  return (
    <div className="card">
      <h1>Sign in</h1>
      <p className="muted">Pick up your practice where you left it.</p>
      {notice ? (
        <div role="status" className="alert alert-ok">
          {notice}
        </div>
      ) : null}
      <OAuthButtons callbackUrl={callbackUrl} />
      <SignInForm callbackUrl={callbackUrl} canReset={mailConfigured()} />
    </div>
  );
}
