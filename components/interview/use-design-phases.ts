"use client";

import { useCallback, useEffect, useState } from "react";
import type { DesignPhase } from "@/lib/interview/phases";

/** A design item's phases as the page hands them over: budgets, and each phase's start on the server's clock. */
export interface RoomPhases {
  budgets: Record<DesignPhase, number>;
  events: { phase: DesignPhase; at: string }[];
}

interface PhaseAnswer extends Pick<RoomPhases, "events"> {
  error?: string;
}

/** Alt+Shift+N moves on to the next phase. */
export function isNextPhaseShortcut(e: KeyboardEvent): boolean {
  return e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === "KeyN";
}

/**
 * The phase stamps of one design item. The server is the only clock: a move
 * is shown once the server has stamped it, and the stamps are read again when
 * the tab comes back, so a second device shows the same phase.
 */
export function useDesignPhases({ interviewId, itemId, initial }: { interviewId: string; itemId: string; initial: RoomPhases["events"] }) {
  const [events, setEvents] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const url = `/api/interviews/${interviewId}/items/${itemId}/phase`;

  const refresh = useCallback(async () => {
    try {
      const res = await fetch(url, { cache: "no-store" });
      if (res.ok) setEvents(((await res.json()) as PhaseAnswer).events);
    } catch {
      // Offline: keep what we know.
    }
  }, [url]);

  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === "visible") void refresh();
    };
    document.addEventListener("visibilitychange", onVisible);
    return () => document.removeEventListener("visibilitychange", onVisible);
  }, [refresh]);

  const advance = useCallback(
    async (phase: DesignPhase): Promise<boolean> => {
      setBusy(true);
      setError(null);
      try {
        const res = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ phase }) });
        const body = (await res.json().catch(() => ({}))) as PhaseAnswer;
        if (res.ok) {
          setEvents(body.events);
          return true;
        }
        setError(body.error ?? `The server answered ${res.status}.`);
        // Another device may have moved on already: show where things stand.
        if (res.status === 400) void refresh();
        return false;
      } catch {
        setError("Could not reach the server, so the phase did not change. Try again.");
        return false;
      } finally {
        setBusy(false);
      }
    },
    [url, refresh],
  );

  return { events, busy, error, advance };
}
