"use server";

import { redirect } from "next/navigation";
import { resetPasswordSchema } from "@/lib/account/schemas";
import { asForm, fieldErrorsOf, type FormState } from "@/lib/http/form-state";
import { resetPassword } from "@/server/account/reset-password";
import { formFailure } from "@/server/http/action";

export async function resetPasswordAction(_prev: FormState, input: FormData): Promise<FormState> {
  const form = asForm(input);
  const parsed = resetPasswordSchema.safeParse({ token: form.get("token"), password: form.get("password") });
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await resetPassword({ token: parsed.data.token, newPassword: parsed.data.password, now: new Date() });
  } catch (err) {
    return formFailure(err);
  }
  redirect("/sign-in?reset=1");
}
