"use client";

import Link from "next/link";
import { useActionState } from "react";
import { signInAction, signUpAction } from "@/app/(auth)/actions";
import type { FormState } from "@/lib/http/form-state";
import { EmailField, Field } from "./ui/field";
import { PasswordField } from "./account/password-field";

function FormMessage({ state }: { state: FormState }) {
  if (!state.message) return null;
  return (
    <div role="alert" className="alert alert-error">
      {state.message}
    </div>
  );
}

export function SignInForm({ callbackUrl, canReset = false }: { callbackUrl: string; canReset?: boolean }) {
  const [state, action, pending] = useActionState(signInAction, {});
  return (
    <form action={action} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <EmailField value={state.values?.email} error={state.fieldErrors?.email} />
      <Field label="Password" name="password" type="password" autoComplete="current-password" required error={state.fieldErrors?.password} />
      {canReset ? (
        <p className="small" style={{ marginTop: "-0.5rem" }}>
          <Link href="/forgot-password">Forgot password?</Link>
        </p>
      ) : null}
      <button type="submit" className="btn btn-primary" disabled={pending} style={{ width: "100%" }}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
      <p className="muted small" style={{ marginTop: "1rem" }}>
        New here? <Link href={`/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}`}>Create an account</Link>
      </p>
    </form>
  );
}

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action, pending] = useActionState(signUpAction, {});
  return (
    <form action={action} noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field label="Name (optional)" name="name" autoComplete="name" maxLength={80} defaultValue={state.values?.name} error={state.fieldErrors?.name} key={`name-${state.values?.name ?? ""}`} />
      <EmailField value={state.values?.email} error={state.fieldErrors?.email} />
      <PasswordField label="Password" name="password" error={state.fieldErrors?.password} />
      <button type="submit" className="btn btn-primary" disabled={pending} style={{ width: "100%" }}>
        {pending ? "Creating your account…" : "Create account"}
      </button>
      <p className="muted small" style={{ marginTop: "1rem" }}>
        Already have an account? <Link href={`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`}>Sign in</Link>
      </p>
    </form>
  );
}
