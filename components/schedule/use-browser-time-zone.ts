"use client";

import { useEffect, useState } from "react";

/** The browser's IANA time zone, once hydrated (the server cannot know it). */
export function useBrowserTimeZone(fallback = "UTC"): string {
  const [tz, setTz] = useState(fallback);
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone) setTz(zone);
  }, []);
  return tz;
}
