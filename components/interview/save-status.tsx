"use client";

import { useHydrated } from "@/components/hooks/use-hydrated";
import { formatTimeOfDay } from "@/lib/interview/timer";
import type { SaveStatus } from "../hooks/use-autosave";

function text(s: SaveStatus, hydrated: boolean): string {
  switch (s.kind) {
    case "idle":
      return "Not saved yet";
    case "saving":
      return "Saving…";
    case "saved":
      // The time is the device's; the server's rendering cannot know its time zone.
      return hydrated ? `Saved ${formatTimeOfDay(s.at)}` : "Saved";
    case "offline":
      return "Offline — your work is kept on this device";
    case "locked":
      return s.message;
    case "error":
      return s.message;
  }
}

export function SaveStatusText({ status, label = "Answer" }: { status: SaveStatus; label?: string }) {
  const hydrated = useHydrated();
  return (
    <span className="save-status" data-kind={status.kind} role="status" aria-label={`${label} save status`}>
      {text(status, hydrated)}
    </span>
  );
}
