"use client";

import { useActionState, useState } from "react";
import { cancelInterviewAction, rescheduleInterviewAction, startScheduledAction } from "@/app/(app)/schedule/actions";
import type { FormState } from "@/lib/http/form-state";

/** Start, download the invitation, reschedule and cancel one scheduled interview. */
export function UpcomingActions({ id, localDate, localTime, timeZone, compact = false }: { id: string; localDate: string; localTime: string; timeZone: string; compact?: boolean }) {
  const [startState, start, starting] = useActionState<FormState, FormData>(startScheduledAction, {});
  const [cancelState, cancel, cancelling] = useActionState<FormState, FormData>(cancelInterviewAction, {});
  const [moveState, move, moving] = useActionState<FormState, FormData>(rescheduleInterviewAction, {});
  const [confirming, setConfirming] = useState(false);
  const error = startState.message ?? cancelState.message;
  return (
    <div className="stack" style={{ gap: "0.5rem" }}>
      <div className="row">
        <form action={start}>
          <input type="hidden" name="id" value={id} />
          <button type="submit" className="btn btn-primary btn-small" disabled={starting}>
            {starting ? "Starting…" : "Start now"}
          </button>
        </form>
        <a className="btn btn-small" href={`/api/interviews/${id}/invite.ics`} download>
          Download invitation (.ics)
        </a>
        {compact ? null : confirming ? (
          <form action={cancel} className="row">
            <input type="hidden" name="id" value={id} />
            <button type="submit" className="btn btn-danger btn-small" disabled={cancelling}>
              Yes, cancel it
            </button>
            <button type="button" className="btn btn-ghost btn-small" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </form>
        ) : (
          <button type="button" className="btn btn-ghost btn-small" onClick={() => setConfirming(true)}>
            Cancel interview
          </button>
        )}
      </div>
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
      {compact ? null : (
        <details>
          <summary>Reschedule</summary>
          <form action={move} className="row" style={{ alignItems: "flex-end", marginTop: "0.5rem" }}>
            <input type="hidden" name="id" value={id} />
            <div className="field">
              <label htmlFor={`move-date-${id}`}>New date</label>
              <input id={`move-date-${id}`} name="date" type="date" defaultValue={localDate} required />
            </div>
            <div className="field">
              <label htmlFor={`move-time-${id}`}>New time</label>
              <input id={`move-time-${id}`} name="time" type="time" defaultValue={localTime} required />
            </div>
            <div className="field">
              <label htmlFor={`move-tz-${id}`}>Time zone</label>
              <input id={`move-tz-${id}`} name="timeZone" defaultValue={timeZone} list="time-zones" required />
            </div>
            <button type="submit" className="btn btn-small" disabled={moving}>
              Save new time
            </button>
          </form>
          {moveState.message ? (
            <p role={moveState.fieldErrors ? "alert" : "status"} className={moveState.fieldErrors ? "field-error" : "muted"}>
              {moveState.message}
            </p>
          ) : null}
        </details>
      )}
    </div>
  );
}
