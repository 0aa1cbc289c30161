import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "@/components/account/reset-forms";
import { mailConfigured } from "@/server/mail/mailer";

export const metadata: Metadata = { title: "Forgot password" };

export default function ForgotPasswordPage() {
  return (
    <div className="card">
      <h1>Forgot your password?</h1>
      {mailConfigured() ? (
        <>
          <p className="muted">Enter your account&apos;s email and we will send you a link to choose a new password.</p>
          <ForgotPasswordForm />
        </>
      ) : (
        <>
          <p>
            This server is not set up to send email. Its administrator can make you a one-time reset link with{" "}
            <code>npm run user -- reset-password YOUR-EMAIL</code>.
          </p>
          <p>
            <Link href="/sign-in">Back to sign in</Link>
          </p>
        </>
      )}
    </div>
  );
}
