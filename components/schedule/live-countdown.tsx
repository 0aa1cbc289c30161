"use client";

import { useEffect, useState } from "react";
import { describeCountdown } from "@/lib/interview/timer";

/**
 * "in 2 d 3 h", refreshed each half minute. It counts from the server's clock
 * (offset learned at render), so a wrong computer clock does not mislead.
 */
export function LiveCountdown({ at, serverNow }: { at: string; serverNow: number }) {
  const [offset] = useState(() => serverNow - Date.now());
  const [now, setNow] = useState(serverNow);
  useEffect(() => {
    const tick = () => setNow(Date.now() + offset);
    tick();
    const t = setInterval(tick, 30_000);
    return () => clearInterval(t);
  }, [offset]);
  const target = new Date(at);
  return (
    <span className="badge badge-accent" role="timer" aria-label={`Starts ${describeCountdown(target, new Date(now))}`}>
      {target.getTime() > now ? describeCountdown(target, new Date(now)) : "due now"}
    </span>
  );
}
