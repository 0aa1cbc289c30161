"use client";

import type { SaveStatus } from "./use-autosave";

function text(s: SaveStatus): string {
  switch (s.kind) {
    case "idle":
      return "Not saved yet";
    case "saving":
      return "Saving…";
    case "saved":
      return `Saved ${s.at.toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit", second: "2-digit" })}`;
    case "offline":
      return "Offline — your work is kept on this device";
    case "locked":
      return s.message;
    case "error":
      return s.message;
  }
}

export function SaveStatusText({ status, label = "Answer" }: { status: SaveStatus; label?: string }) {
  return (
    <span className="save-status" data-kind={status.kind} role="status" aria-label={`${label} save status`}>
      {text(status)}
    </span>
  );
}
