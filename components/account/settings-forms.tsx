"use client";

import { useActionState } from "react";
import { changePasswordAction, deleteAccountAction, signOutOtherDevicesAction, updateProfileAction } from "@/app/(app)/settings/actions";
import type { FormState } from "@/lib/http/form-state";
import { EmailField, Field } from "@/components/ui/field";
import { FormMessage } from "./form-message";
import { PasswordField } from "./password-field";
import { TimeZoneSuggestions } from "@/components/ui/time-zone-suggestions";

export function ProfileForm({ name, timeZone }: { name: string | null; timeZone: string | null }) {
  const [state, action, pending] = useActionState<FormState, FormData>(updateProfileAction, {});
  const v = state.values ?? {};
  return (
    <form action={action} noValidate aria-labelledby="profile-heading">
      <Field label="Name" name="name" autoComplete="name" maxLength={80} defaultValue={v.name ?? name ?? ""} error={state.fieldErrors?.name} key={`name-${v.name ?? name ?? ""}`} />
      <Field
        label="Time zone"
        name="timeZone"
        list="settings-time-zones"
        autoComplete="off"
        maxLength={64}
        defaultValue={v.timeZone ?? timeZone ?? ""}
        hint="Times are shown in this zone. Empty: your browser's."
        error={state.fieldErrors?.timeZone}
        key={`tz-${v.timeZone ?? timeZone ?? ""}`}
      />
      <TimeZoneSuggestions id="settings-time-zones" />
      <FormMessage state={state} />
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {pending ? "Saving…" : "Save profile"}
      </button>
    </form>
  );
}

export function ChangePasswordForm({ hasPassword, email, name }: { hasPassword: boolean; email: string; name: string | null }) {
  const [state, action, pending] = useActionState<FormState, FormData>(changePasswordAction, {});
  const done = state.message && !state.fieldErrors;
  return (
    // A fresh form after a change, so no password stays in the fields.
    <form action={action} noValidate aria-labelledby="password-heading" key={done ? state.message : "form"}>
      {hasPassword ? (
        <Field label="Current password" name="currentPassword" type="password" autoComplete="current-password" required error={state.fieldErrors?.currentPassword} />
      ) : (
        <p className="muted">You sign in with GitHub or Google; you can add a password as well.</p>
      )}
      <PasswordField label="New password" name="newPassword" error={state.fieldErrors?.newPassword} userInputs={[email, name]} />
      <FormMessage state={state} />
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {pending ? "Changing…" : hasPassword ? "Change password" : "Set password"}
      </button>
    </form>
  );
}

export function SignOutOthersForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(signOutOtherDevicesAction, {});
  return (
    <form action={action} aria-labelledby="devices-heading">
      <FormMessage state={state} />
      <button type="submit" className="btn" disabled={pending}>
        {pending ? "Signing out…" : "Sign out of every other device"}
      </button>
    </form>
  );
}

export function DeleteAccountForm({ email }: { email: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(deleteAccountAction, {});
  return (
    <form action={action} noValidate aria-labelledby="delete-heading">
      <EmailField
        name="confirmEmail"
        label={`Type your email (${email}) to confirm`}
        autoComplete="off"
        value={state.values?.confirmEmail}
        error={state.fieldErrors?.confirmEmail}
      />
      <FormMessage state={state} />
      <button type="submit" className="btn btn-danger" disabled={pending}>
        {pending ? "Deleting…" : "Delete my account and all its data"}
      </button>
    </form>
  );
}
