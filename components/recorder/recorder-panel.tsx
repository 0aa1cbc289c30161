"use client";

import { useEffect, useImperativeHandle, useRef, type RefObject } from "react";
import { SaveStatusText } from "@/components/interview/save-status";
import { useTick } from "@/components/interview/use-server-clock";
import { formatClock } from "@/lib/interview/timer";
import { isRecorderShortcut, type RecorderHandle } from "./types";
import { useRecorder, type RecorderItem } from "./use-recorder";

const LABEL = { idle: "Recorded", starting: "Starting", recording: "Recording", paused: "Paused" } as const;

/**
 * The recorder once it is in use (loaded the first time a person presses
 * Record): start, pause and resume, stop, how long, how loud, and whether
 * the server has it all. Only this part redraws while recording.
 */
export function RecorderPanel({
  interviewId,
  item,
  editable,
  serverNow,
  handle,
  autoStart,
}: {
  interviewId: string;
  item: RecorderItem;
  editable: boolean;
  serverNow: () => number;
  handle: RefObject<RecorderHandle | null>;
  autoStart: boolean;
}) {
  const rec = useRecorder({ interviewId, item, editable, serverNow });
  const bar = useRef<HTMLSpanElement>(null);
  const meterBox = useRef<HTMLDivElement>(null);
  const { state, start, pause } = rec;
  useTick(500, state === "recording");
  useImperativeHandle(handle, () => ({ flush: rec.flush }), [rec.flush]);

  const started = useRef(false);
  useEffect(() => {
    if (autoStart && !started.current) {
      started.current = true;
      void start();
    }
  }, [autoStart, start]);

  // Alt+Shift+R: record, pause, resume — from anywhere on the page, typing included.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isRecorderShortcut(e) || !editable) return;
      e.preventDefault();
      if (state === "recording") pause();
      else void start();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [state, start, pause, editable]);

  // The level meter is drawn straight into the DOM each frame: no React render per frame.
  useEffect(() => {
    if (state !== "recording") return;
    let frame = 0;
    let last = 0;
    const draw = (t: number) => {
      const level = rec.meter.current?.level() ?? 0;
      if (bar.current) bar.current.style.transform = `scaleX(${level.toFixed(3)})`;
      if (meterBox.current && t - last > 500) {
        meterBox.current.setAttribute("aria-valuenow", String(Math.round(level * 100)));
        last = t;
      }
      frame = requestAnimationFrame(draw);
    };
    frame = requestAnimationFrame(draw);
    return () => cancelAnimationFrame(frame);
  }, [state, rec.meter]);

  const recorded = rec.recordedMs();
  const live = state === "recording" || state === "paused";
  return (
    <div className="recorder" role="group" aria-label="Voice recording">
      {state === "recording" ? (
        <button type="button" className="btn btn-small" onClick={pause} aria-keyshortcuts="Alt+Shift+R">
          Pause
        </button>
      ) : (
        <button type="button" className="btn btn-small" onClick={() => void start()} disabled={!editable || state === "starting"} aria-keyshortcuts="Alt+Shift+R">
          {state === "paused" ? "Resume" : recorded > 0 ? "Record more" : "Record"}
        </button>
      )}
      {live ? (
        <button type="button" className="btn btn-small" onClick={rec.stop}>
          Stop
        </button>
      ) : null}
      {state === "starting" ? <span className="small muted">Asking for the microphone…</span> : null}
      {recorded > 0 || live ? (
        <span className="rec-indicator" data-state={state}>
          <span className="rec-dot" aria-hidden="true" />
          {LABEL[state]} {formatClock(Math.floor(recorded / 1000) * 1000)}
        </span>
      ) : null}
      {state === "recording" ? (
        <div ref={meterBox} className="rec-meter" role="meter" aria-label="Microphone level" aria-valuemin={0} aria-valuemax={100} aria-valuenow={0}>
          <span ref={bar} />
        </div>
      ) : null}
      {rec.upload.kind !== "idle" ? <SaveStatusText status={rec.upload} label="Recording" /> : null}
      <span className="sr-only" aria-live="polite">
        {state === "recording" ? "Recording started" : state === "paused" ? "Recording paused" : ""}
      </span>
      {rec.error ? (
        <p role="alert" className="alert alert-error rec-message">
          {rec.error}
        </p>
      ) : null}
      {rec.note ? (
        <p role="status" className="small muted rec-message">
          {rec.note}
        </p>
      ) : null}
    </div>
  );
}
