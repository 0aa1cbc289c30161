"use server";

import { after } from "next/server";
import { headers } from "next/headers";
import { forgotPasswordSchema } from "@/lib/account/schemas";
import { asForm, fieldErrorsOf, formValues, type FormState } from "@/lib/http/form-state";
import { requestPasswordReset } from "@/server/account/request-password-reset";
import { clientIp } from "@/server/auth/sign-in";
import { formFailure } from "@/server/http/action";
import { publicOrigin } from "@/server/http/origin";
import { mailConfigured } from "@/server/mail/mailer";
import { describeError, logEvent } from "@/server/log";

/** The one answer to every accepted request, whether or not an account uses the email. */
const SENT = "If an account uses that email, a reset link is on its way. It works once, for 30 minutes. Check your spam folder too.";

export async function requestPasswordResetAction(_prev: FormState, input: FormData): Promise<FormState> {
  const form = asForm(input);
  const values = formValues(form, ["email"]);
  const parsed = forgotPasswordSchema.safeParse({ email: form.get("email") });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values };
  if (!mailConfigured()) {
    return { message: "This server cannot send email, so it cannot mail a reset link. Ask its administrator for one (npm run user -- reset-password EMAIL).", values };
  }
  try {
    await requestPasswordReset({
      email: parsed.data.email,
      ip: clientIp(await headers()),
      origin: await publicOrigin(),
      now: new Date(),
      later: (task) =>
        after(() => task().catch((err: unknown) => logEvent("error", "password reset not sent", describeError(err)))),
    });
  } catch (err) {
    return formFailure(err, values);
  }
  return { message: SENT };
}
