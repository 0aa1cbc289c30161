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
import { after } from "next/server";
import { headers } from "next/headers";
import { clientIp } from "@/server/auth/sign-in";
import { countAttempt, limitedFor } from "@/server/account/attempt-limit";
import { SIGN_UP_LIMIT, tooManySignUpsMessage } from "@/lib/auth/rate-limit";
import { accountExistsMail } from "@/lib/account/mail-messages";
import { mailConfigured, sendMailInBackground } from "@/server/mail/mailer";
import { publicOrigin } from "@/server/http/origin";

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
    // One message for both, on the form rather than a field: which one was wrong is not ours to say.
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
  // New accounts per client address (from the socket, or a trusted proxy's X-Forwarded-For).
  const ip = clientIp(await headers());
  if (ip) {
    const bucket = [{ bucket: `sign-up:${ip}`, rule: SIGN_UP_LIMIT }];
    const now = new Date();
    const wait = await limitedFor(bucket, now);
    if (wait > 0) return { message: tooManySignUpsMessage(wait), values };
    await countAttempt(bucket, now);
  }
  const callbackUrl = safeCallbackPath(form.get("callbackUrl"));
  const user = await createUserWithPassword({ email, name, passwordHash: await hashPassword(password) });
  if (!user) return takenEmail(email, password, callbackUrl, values);
  return completeSignIn(email, password, callbackUrl, values);
}

/**
 * Sign-up of an email that already has an account answers as a sign-up does,
 * so the form never says whether an address is taken: with that account's own
 * password, the person is simply signed in; otherwise they are sent to sign in,
 * as after a sign-up, and the account's owner is told by email (when mail is set up).
 */
async function takenEmail(email: string, password: string, callbackUrl: string, values: Record<string, string>): Promise<FormState> {
  const signedIn = await completeSignIn(email, password, callbackUrl, values);
  if (mailConfigured()) {
    const origin = await publicOrigin();
    after(() =>
      sendMailInBackground(accountExistsMail({ to: email, signInLink: `${origin}/sign-in`, resetLink: `${origin}/forgot-password` }), "account exists"),
    );
  }
  if (signedIn.message && /Too many/.test(signedIn.message)) return signedIn;
  redirect(`/sign-in?created=1&callbackUrl=${encodeURIComponent(callbackUrl)}`);
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
