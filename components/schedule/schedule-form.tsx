"use client";

import { useActionState, useEffect, useState } from "react";
import { scheduleInterviewAction } from "@/app/(app)/schedule/actions";
import type { FormState } from "@/lib/http/form-state";
import { useBrowserTimeZone } from "./use-browser-time-zone";
import { TimeZoneSuggestions } from "@/components/ui/time-zone-suggestions";

interface Option {
  value: string;
  label: string;
}

/** Book a mock interview: date, time and zone (the browser's by default), a preset and optionally one topic. */
export function ScheduleForm({ presets, topics, initialTopic }: { presets: Option[]; topics: Option[]; initialTopic?: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(scheduleInterviewAction, {});
  const browserTz = useBrowserTimeZone();
  const [tz, setTz] = useState("");
  useEffect(() => setTz((t) => t || browserTz), [browserTz]);
  const v = state.values ?? {};
  const fe = state.fieldErrors ?? {};
  const ok = state.message && !state.fieldErrors && !state.values;
  const err = (name: string) => (fe[name] ? { "aria-invalid": true as const, "aria-describedby": `${name}-error` } : {});
  return (
    <form action={action} className="stack" noValidate>
      <div className="grid grid-3">
        <div className="field">
          <label htmlFor="schedule-date">Date</label>
          <input id="schedule-date" name="date" type="date" required defaultValue={v.date} {...err("date")} />
          {fe.date ? <p id="date-error" className="field-error">{fe.date}</p> : null}
        </div>
        <div className="field">
          <label htmlFor="schedule-time">Time</label>
          <input id="schedule-time" name="time" type="time" required defaultValue={v.time ?? "09:00"} {...err("time")} />
          {fe.time ? <p id="time-error" className="field-error">{fe.time}</p> : null}
        </div>
        <div className="field">
          <label htmlFor="schedule-tz">Time zone</label>
          <input
            id="schedule-tz"
            name="timeZone"
            list="time-zones"
            required
            autoComplete="off"
            value={tz || v.timeZone || ""}
            onChange={(e) => setTz(e.target.value)}
            aria-describedby={fe.timeZone ? "timeZone-error" : "tz-hint"}
            aria-invalid={fe.timeZone ? true : undefined}
          />
          <TimeZoneSuggestions id="time-zones" />
          <p id="tz-hint" className="field-hint">
            Your browser&apos;s zone is filled in; any IANA name works.
          </p>
          {fe.timeZone ? <p id="timeZone-error" className="field-error">{fe.timeZone}</p> : null}
        </div>
      </div>
      <div className="grid grid-2">
        <div className="field">
          <label htmlFor="schedule-preset">Configuration</label>
          <select id="schedule-preset" name="preset" defaultValue={v.preset ?? presets[1]?.value} {...err("preset")}>
            {presets.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </select>
          {fe.preset ? <p id="preset-error" className="field-error">{fe.preset}</p> : null}
        </div>
        <div className="field">
          <label htmlFor="schedule-topic">Topic (optional)</label>
          <select id="schedule-topic" name="topic" defaultValue={v.topic ?? initialTopic ?? ""} {...err("topic")}>
            <option value="">Any topic</option>
            {topics.map((t) => (
              <option key={t.value} value={t.value}>
                {t.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      {state.message ? (
        <div role={ok ? "status" : "alert"} className={`alert ${ok ? "alert-ok" : "alert-error"}`}>
          {state.message}
        </div>
      ) : null}
      <div className="row">
        <button type="submit" className="btn btn-primary" disabled={pending}>
          {pending ? "Scheduling…" : "Schedule interview"}
        </button>
      </div>
    </form>
  );
}
