"use client";

import { useEffect, useRef, useState } from "react";
import { announcementFor, clockTone, formatClock } from "@/lib/timer";

/** The visible clock, with spoken warnings at 5 minutes and 1 minute left. */
export function Countdown({ leftMs, budgetMs, label }: { leftMs: number; budgetMs: number; label: string }) {
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
