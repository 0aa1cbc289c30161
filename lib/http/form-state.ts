import type { z } from "zod";

/** What a server action hands back to its form: a message, field errors, and the values to keep. */
export interface FormState {
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
}

export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    out[key] ??= issue.message;
  }
  return out;
}

export function formValues(form: FormData, keys: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of keys) {
    const v = form.get(k);
    if (typeof v === "string") out[k] = v.slice(0, 500);
  }
  return out;
}

/**
 * A server action is a public endpoint: its "form" argument is whatever the
 * caller encoded. Anything that is not a FormData reads as an empty form, so
 * it gets the form's own "fill this in" messages instead of a server error.
 */
export function asForm(value: unknown): FormData {
  return value instanceof FormData ? value : new FormData();
}
