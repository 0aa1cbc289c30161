"use client";

import { useEffect, useRef, useState } from "react";
import { announcementFor, clockTone, formatClock } from "@/lib/interview/timer";
import { useTick } from "./use-server-clock";

/**
 * The visible clock, with spoken warnings at 5 minutes and 1 minute left. It
 * redraws itself four times a second (so a second never looks skipped); the
 * page around it does not.
 */
export function Countdown({
  deadline,
  now,
  running,
  budgetMs,
  label,
}: {
  /** Server-clock milliseconds. */
  deadline: number;
  /** The server's clock, as the page knows it. */
  now: () => number;
  running: boolean;
  budgetMs: number;
  label: string;
}) {
  const leftMs = Math.max(0, deadline - now());
  useTick(250, running && leftMs > 0);
  const prev = useRef(leftMs);
  const [announcement, setAnnouncement] = useState("");
  useEffect(() => {
    const said = announcementFor(prev.current, leftMs);
    if (said) setAnnouncement(said);
    else if (leftMs === 0 && prev.current > 0) setAnnouncement("Time is up");
    prev.current = leftMs;
  }, [leftMs]);
  const tone = clockTone(leftMs, budgetMs);
  return (
    <div className="row" style={{ gap: "0.4rem" }}>
      <span className="small muted" id="clock-label">
        {label}
      </span>
      <span role="timer" aria-labelledby="clock-label" className={`clock clock-${tone}`} data-tone={tone}>
        {formatClock(leftMs)}
      </span>
      <span className="sr-only" aria-live="assertive" role="status">
        {announcement}
      </span>
    </div>
  );
}
