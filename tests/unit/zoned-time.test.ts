import { describe, expect, it } from "vitest";
import { formatInZone, isValidTimeZone, utcToZonedLocal, zonedLocalToUtc } from "@/lib/zoned-time";

describe("zoned time", () => {
  it("converts a local time in a zone to UTC, winter and summer", () => {
    expect(zonedLocalToUtc("2026-01-15T09:30", "Europe/Paris").toISOString()).toBe("2026-01-15T08:30:00.000Z");
    expect(zonedLocalToUtc("2026-07-15T09:30", "Europe/Paris").toISOString()).toBe("2026-07-15T07:30:00.000Z");
    expect(zonedLocalToUtc("2026-07-15T09:30", "America/New_York").toISOString()).toBe("2026-07-15T13:30:00.000Z");
    expect(zonedLocalToUtc("2026-07-15T09:30", "Asia/Kolkata").toISOString()).toBe("2026-07-15T04:00:00.000Z");
    expect(zonedLocalToUtc("2026-07-15T09:30", "UTC").toISOString()).toBe("2026-07-15T09:30:00.000Z");
  });

  it("handles the DST edges: a skipped time moves forward, an ambiguous one takes the earlier instant", () => {
    // Paris springs forward 2026-03-29 02:00 → 03:00.
    expect(zonedLocalToUtc("2026-03-29T02:30", "Europe/Paris").toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(zonedLocalToUtc("2026-03-29T03:30", "Europe/Paris").toISOString()).toBe("2026-03-29T01:30:00.000Z");
    // Paris falls back 2026-10-25 03:00 → 02:00: 02:30 happens twice.
    expect(zonedLocalToUtc("2026-10-25T02:30", "Europe/Paris").toISOString()).toBe("2026-10-25T00:30:00.000Z");
  });

  it("round-trips through the zone", () => {
    const at = new Date("2026-11-29T18:45:00Z");
    for (const tz of ["Europe/Paris", "America/Los_Angeles", "Australia/Sydney", "Asia/Kathmandu"]) {
      expect(zonedLocalToUtc(utcToZonedLocal(at, tz), tz).toISOString()).toBe(at.toISOString());
    }
  });

  it("refuses an unknown zone and an impossible date", () => {
    expect(isValidTimeZone("Europe/Paris")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
    expect(isValidTimeZone("")).toBe(false);
    expect(() => zonedLocalToUtc("2026-01-15T09:30", "Mars/Olympus")).toThrow(/not a time zone/);
    expect(() => zonedLocalToUtc("2026-02-30T09:30", "UTC")).toThrow(/does not exist/);
    expect(() => zonedLocalToUtc("tomorrow", "UTC")).toThrow(/YYYY-MM-DD/);
  });

  it("formats in the zone, falling back to UTC for a bad one", () => {
    expect(formatInZone(new Date("2026-01-15T08:30:00Z"), "Europe/Paris")).toContain("09:30");
    expect(formatInZone(new Date("2026-01-15T08:30:00Z"), "Nope/Nope")).toContain("(UTC)");
  });

  it("gives the same answers once zones and formatters are remembered", () => {
    const at = new Date("2026-07-15T08:30:00Z");
    for (let i = 0; i < 3; i++) {
      expect(isValidTimeZone("America/New_York")).toBe(true);
      expect(isValidTimeZone("america/new_york")).toBe(true);
      expect(isValidTimeZone("Mars/Olympus")).toBe(false);
      expect(formatInZone(at, "America/New_York")).toBe("Wed, 15 Jul 2026, 04:30 (America/New_York)");
      expect(formatInZone(at, "Asia/Tokyo")).toBe("Wed, 15 Jul 2026, 17:30 (Asia/Tokyo)");
    }
  });
});
