"use client";

import { useEffect, useState } from "react";
import { listTimeZones } from "@/lib/zoned-time";

/**
 * The suggestions of a time-zone input (`<input list={id}>`): every IANA zone the browser knows. They are
 * filled in the browser after the page loads rather than sent with it: some 420 names, about 26 KB of the
 * page's HTML and React payload on every visit for a list nobody sees until they type. Without JavaScript
 * the input still takes any zone name; only the suggestions are missing.
 */
export function TimeZoneSuggestions({ id }: { id: string }) {
  const [zones, setZones] = useState<string[]>([]);
  useEffect(() => setZones(listTimeZones()), []);
  return (
    <datalist id={id}>
      {zones.map((z) => (
        <option key={z} value={z} />
      ))}
    </datalist>
  );
}
