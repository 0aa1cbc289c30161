import type { FormState } from "@/lib/http/form-state";

/** An action's message above or below its form: a status when it worked, an alert when it did not. */
export function FormMessage({ state }: { state: FormState }) {
  if (!state.message) return null;
  const ok = !state.fieldErrors && !state.values;
  return (
    <div role={ok ? "status" : "alert"} className={`alert ${ok ? "alert-ok" : "alert-error"}`}>
      {state.message}
    </div>
  );
}
