"use client";

import dynamic from "next/dynamic";
import { useEffect, useState, type RefObject } from "react";
import { isRecordingPage } from "@/lib/http/recording-page";
import { formatClock } from "@/lib/interview/timer";
import { PENDING_FLAG, isRecorderShortcut, type RecorderHandle } from "./types";
import type { RecorderItem } from "./use-recorder";

const RECORD_AFTER_RELOAD = "mockline:record-after-reload";

const RecorderPanel = dynamic(() => import("./recorder-panel").then((m) => m.RecorderPanel), {
  ssr: false,
  loading: () => <span className="small muted">Loading the recorder…</span>,
});

/**
 * The live room's recorder, as light as a button until first used: the
 * recording code (MediaRecorder, the upload queue, the meter) loads when a
 * person presses Record or Alt+Shift+R. Chunks left waiting by an earlier
 * page are sent on load without loading the recorder's interface.
 *
 * The browser grants the microphone by the Permissions-Policy of the page it
 * loaded, and the room is often reached by navigating inside the app from a
 * page that turns the microphone off: then Record reloads the page once
 * (everything typed and drawn is kept) and starts recording after.
 */
export function RecorderSlot({
  interviewId,
  item,
  editable,
  serverNow,
  handle,
}: {
  interviewId: string;
  item: RecorderItem;
  editable: boolean;
  serverNow: () => number;
  handle: RefObject<RecorderHandle | null>;
}) {
  const [active, setActive] = useState<null | { autoStart: boolean }>(null);

  useEffect(() => {
    try {
      if (window.localStorage.getItem(PENDING_FLAG)) void import("./chunk-queue").then((q) => q.resumeUploads());
      if (window.sessionStorage.getItem(RECORD_AFTER_RELOAD) === item.id) {
        window.sessionStorage.removeItem(RECORD_AFTER_RELOAD);
        setActive({ autoStart: true });
      }
    } catch {
      // Storage blocked: nothing was left waiting here.
    }
    // Only on load.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const begin = () => {
    const entry = performance.getEntriesByType("navigation")[0];
    if (entry && !isRecordingPage(new URL(entry.name).pathname)) {
      window.sessionStorage.setItem(RECORD_AFTER_RELOAD, item.id);
      window.location.reload();
      return;
    }
    setActive({ autoStart: true });
  };

  useEffect(() => {
    if (active || !editable) return;
    const onKey = (e: KeyboardEvent) => {
      if (!isRecorderShortcut(e)) return;
      e.preventDefault();
      begin();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  if (active) return <RecorderPanel interviewId={interviewId} item={item} editable={editable} serverNow={serverNow} handle={handle} autoStart={active.autoStart} />;
  const recorded = item.recording?.durationMs ?? 0;
  return (
    <div className="recorder" role="group" aria-label="Voice recording">
      <button type="button" className="btn btn-small" onClick={begin} disabled={!editable} aria-keyshortcuts="Alt+Shift+R" title="Record your explanation (Alt+Shift+R)">
        {recorded > 0 ? "Record more" : "Record"}
      </button>
      {recorded > 0 ? (
        <span className="rec-indicator" data-state="idle">
          <span className="rec-dot" aria-hidden="true" />
          Recorded {formatClock(Math.floor(recorded / 1000) * 1000)}
        </span>
      ) : (
        <span className="small muted">Practise aloud: record your explanation (Alt+Shift+R). Optional.</span>
      )}
    </div>
  );
}
