"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { clockOffsetMs } from "@/lib/interview/timer";

/**
 * The server's time, as this page best knows it. Learnt from a round trip
 * and then advanced with the monotonic clock (performance.now), so changing
 * the computer's clock never changes a countdown. Re-learnt when the tab
 * comes back or the network returns, in case the machine slept.
 */
export function useServerClock(serverNowAtRender: number) {
  // Until the first round trip, trust the time the server rendered at.
  const anchor = useRef({ server: serverNowAtRender, perf: typeof performance === "undefined" ? 0 : performance.now() });
  const [synced, setSynced] = useState(false);

  const sync = useCallback(async () => {
    try {
      const sentPerf = performance.now();
      const res = await fetch("/api/time", { cache: "no-store" });
      const receivedPerf = performance.now();
      if (!res.ok) return;
      const { now } = (await res.json()) as { now: number };
      // Offset between the server's clock and the monotonic clock.
      const offset = clockOffsetMs(now, sentPerf, receivedPerf);
      anchor.current = { server: receivedPerf + offset, perf: receivedPerf };
      setSynced(true);
    } catch {
      // Offline: keep counting from the last anchor.
    }
  }, []);

  useEffect(() => {
    void sync();
    const onVisible = () => {
      if (document.visibilityState === "visible") void sync();
    };
    document.addEventListener("visibilitychange", onVisible);
    window.addEventListener("online", sync);
    const id = window.setInterval(sync, 60_000);
    return () => {
      document.removeEventListener("visibilitychange", onVisible);
      window.removeEventListener("online", sync);
      window.clearInterval(id);
    };
  }, [sync]);

  const now = useCallback(() => anchor.current.server + (performance.now() - anchor.current.perf), []);
  return { now, synced, resync: sync };
}

/**
 * Whether the server's clock has reached `deadline` (ms), checked every `ms`
 * but re-rendering the caller only when the answer changes: the page around
 * a countdown must not redraw four times a second.
 */
export function useDeadlinePassed(deadline: number | null, now: () => number, ms = 250): boolean {
  const passed = deadline !== null && now() >= deadline;
  const [, setPassed] = useState(passed);
  useEffect(() => {
    if (deadline === null) return;
    const check = () => setPassed(now() >= deadline);
    check();
    const id = window.setInterval(check, ms);
    return () => window.clearInterval(id);
  }, [deadline, now, ms]);
  return passed;
}

/** Re-render every `ms` while `active`. */
export function useTick(ms: number, active: boolean) {
  const [, setN] = useState(0);
  useEffect(() => {
    if (!active) return;
    const id = window.setInterval(() => setN((n) => n + 1), ms);
    return () => window.clearInterval(id);
  }, [ms, active]);
}
