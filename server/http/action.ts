import "server-only";
import { redirect } from "next/navigation";
import type { z, ZodType } from "zod";
import { isAppError } from "@/lib/errors";
import { asForm, fieldErrorsOf, formValues, type FormState } from "@/lib/http/form-state";
import { currentUser, type SessionUser } from "@/server/auth/session";

/**
 * The one shape of every signed-in server action, twin of `authedRoute`:
 * sign-in redirect (back to `signInReturn`), form parsing with zod (field
 * errors and the values to keep), and an `AppError` turned into the form's
 * message (on its field when it names one). Anything else is re-thrown:
 * redirects are thrown, and a bug must not read as a form message.
 */
export interface ActionOptions<S extends ZodType> {
  schema: S;
  /** Where sign-in comes back to. */
  signInReturn: string;
  /** How the form becomes the schema's input; by default its string fields, "" as missing. */
  read?: (form: FormData) => unknown;
  /** Fields echoed back into the form when it is refused. */
  keep?: string[];
  /** The message above the form when a field is refused. */
  invalidMessage?: string | ((error: z.ZodError) => string);
}

export interface ActionContext<T> {
  user: SessionUser;
  input: T;
  form: FormData;
}

/** The form's string fields; an empty field reads as missing. */
export function formFields(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of form.entries()) if (typeof v === "string" && v !== "" && !(k in out)) out[k] = v;
  return out;
}

/** For an action without a form to parse (a lone button): the signed-in user, or the redirect to sign in. */
export async function actionUser(signInReturn: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/sign-in?callbackUrl=${encodeURIComponent(signInReturn)}`);
  return user;
}

export function authedAction<S extends ZodType, R extends FormState = FormState>(
  options: ActionOptions<S>,
  fn: (ctx: ActionContext<z.output<S>>) => Promise<NoInfer<R>>,
): (prev: R, input: FormData) => Promise<R> {
  return async (_prev, input) => {
    const form = asForm(input);
    const user = await actionUser(options.signInReturn);
    const values = options.keep ? formValues(form, options.keep) : undefined;
    const parsed = options.schema.safeParse((options.read ?? formFields)(form));
    if (!parsed.success) {
      const fieldErrors = fieldErrorsOf(parsed.error);
      const msg = options.invalidMessage;
      const message = typeof msg === "function" ? msg(parsed.error) : (msg ?? parsed.error.issues[0]?.message);
      return { fieldErrors, message, values } as R;
    }
    try {
      return await fn({ user, input: parsed.data, form });
    } catch (err) {
      return formFailure(err, values) as R;
    }
  };
}

/** An `AppError` becomes a message by the field it concerns; anything else is re-thrown (redirects, bugs). */
export function formFailure(err: unknown, values?: Record<string, string>): FormState {
  if (!isAppError(err) || err.code === "internal") throw err;
  const field = typeof err.details?.field === "string" ? err.details.field : undefined;
  return { message: err.message, fieldErrors: field ? { [field]: err.message } : undefined, values };
}
