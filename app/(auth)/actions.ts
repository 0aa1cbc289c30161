"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { oauthProviders, signIn, signOut } from "@/server/auth/auth";
import { safeCallbackPath, signInSchema, signUpSchema } from "@/lib/auth/schemas";
import { asForm, fieldErrorsOf, formValues, type FormState } from "@/lib/http/form-state";
import { hashPassword } from "@/server/auth/password";
import { weakPasswordMessage } from "@/server/account/passwords";
import { revokeThisSession } from "@/server/auth/session-cookie";
import { withCredentialVerdict } from "@/server/auth/sign-in";
import { createUserWithPassword } from "@/db/queries/users";

/**
 * Hand the credentials to Auth.js (its Credentials provider checks them, once)
 * and say what went wrong in the form's words. signIn redirects by throwing;
 * only Auth.js's own errors are ours to report.
 */
async function completeSignIn(email: string, password: string, redirectTo: string, values: Record<string, string>): Promise<FormState> {
  const { error, check } = await withCredentialVerdict(() => signIn("credentials", { email, password, redirectTo }));
  if (error === undefined) return {};
  if (!(error instanceof AuthError)) throw error;
  if (check && !check.ok) {
    if (check.reason === "unknown_email") return { fieldErrors: { email: check.message }, values };
    if (check.reason === "wrong_password") return { fieldErrors: { password: check.message }, values };
    return { message: check.message, values };
  }
  return { message: "Sign-in failed. Try again.", values };
}

export async function signInAction(_prev: FormState, input: FormData): Promise<FormState> {
  const form = asForm(input);
  const values = formValues(form, ["email"]);
  const parsed = signInSchema.safeParse({ email: form.get("email"), password: form.get("password") });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values };
  return completeSignIn(parsed.data.email, parsed.data.password, safeCallbackPath(form.get("callbackUrl")), values);
}

export async function signUpAction(_prev: FormState, input: FormData): Promise<FormState> {
  const form = asForm(input);
  const values = formValues(form, ["email", "name"]);
  const parsed = signUpSchema.safeParse({
    name: form.get("name") ?? undefined,
    email: form.get("email"),
    password: form.get("password"),
  });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values };
  const { email, password, name } = parsed.data;
  const weak = await weakPasswordMessage(password, { email, name });
  if (weak) return { fieldErrors: { password: weak }, values };
  const user = await createUserWithPassword({ email, name, passwordHash: await hashPassword(password) });
  if (!user) {
    return { fieldErrors: { email: "An account with this email already exists. Sign in instead." }, values };
  }
  return completeSignIn(email, password, safeCallbackPath(form.get("callbackUrl")), values);
}

export async function signOutAction(): Promise<void> {
  // The session ends on the server too, so a copy of this cookie is refused from now on.
  await revokeThisSession();
  await signOut({ redirectTo: "/sign-in" });
}

/**
 * "Continue with GitHub / Google": the provider and the way back come from the
 * form and are checked here (a configured provider, a path on this site), so a
 * forged call can only start a sign-in with a provider this server offers.
 */
export async function oauthSignInAction(input: FormData): Promise<void> {
  const form = asForm(input);
  const provider = oauthProviders().find((p) => p.id === form.get("provider"));
  const redirectTo = safeCallbackPath(form.get("callbackUrl"));
  if (!provider) redirect(`/sign-in?callbackUrl=${encodeURIComponent(redirectTo)}`);
  await signIn(provider.id, { redirectTo });
}
