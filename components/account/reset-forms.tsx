"use client";

import Link from "next/link";
import { useActionState } from "react";
import { requestPasswordResetAction } from "@/app/(auth)/forgot-password/actions";
import { resetPasswordAction } from "@/app/(auth)/reset-password/actions";
import type { FormState } from "@/lib/http/form-state";
import { EmailField } from "@/components/ui/field";
import { FormMessage } from "./form-message";
import { PasswordField } from "./password-field";

export function ForgotPasswordForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(requestPasswordResetAction, {});
  return (
    <form action={action} noValidate>
      <EmailField value={state.values?.email} error={state.fieldErrors?.email} />
      <FormMessage state={state} />
      <button type="submit" className="btn btn-primary" disabled={pending} style={{ width: "100%" }}>
        {pending ? "Sending…" : "Send me a reset link"}
      </button>
      <p className="muted small" style={{ marginTop: "1rem" }}>
        Remembered it? <Link href="/sign-in">Sign in</Link>
      </p>
    </form>
  );
}

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(resetPasswordAction, {});
  const dead = state.fieldErrors?.token !== undefined;
  return (
    <form action={action} noValidate>
      <input type="hidden" name="token" value={token} />
      <PasswordField label="New password" name="password" error={state.fieldErrors?.password} />
      <FormMessage state={state} />
      {dead ? (
        <p>
          <Link href="/forgot-password">Ask for a new link</Link>
        </p>
      ) : null}
      <button type="submit" className="btn btn-primary" disabled={pending || dead} style={{ width: "100%" }}>
        {pending ? "Saving…" : "Set new password"}
      </button>
    </form>
  );
}
