"use client";

import { useActionState } from "react";
import { setTargetDateAction } from "@/app/(app)/schedule/actions";
import type { FormState } from "@/lib/http/form-state";
import { useBrowserTimeZone } from "./use-browser-time-zone";

/** "My real interview is on …": the date that turns the dashboard into a study plan. */
export function TargetDateForm({ current }: { current: string | null }) {
  const [state, action, pending] = useActionState<FormState, FormData>(setTargetDateAction, {});
  const tz = useBrowserTimeZone();
  const bad = state.fieldErrors?.targetDate;
  return (
    <form action={action} className="row" style={{ alignItems: "flex-end" }}>
      <input type="hidden" name="timeZone" value={tz} />
      <div className="field">
        <label htmlFor="target-date">My real interview is on</label>
        <input
          id="target-date"
          name="targetDate"
          type="date"
          defaultValue={current ?? undefined}
          aria-invalid={bad ? true : undefined}
          aria-describedby={bad ? "target-error" : undefined}
        />
      </div>
      <button type="submit" className="btn" disabled={pending}>
        Save date
      </button>
      {current ? (
        <button type="submit" name="clear" value="1" className="btn btn-ghost" disabled={pending}>
          Clear
        </button>
      ) : null}
      {state.message ? (
        <p id={bad ? "target-error" : undefined} role={bad ? "alert" : "status"} className={bad ? "field-error" : "muted"} style={{ flexBasis: "100%" }}>
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
