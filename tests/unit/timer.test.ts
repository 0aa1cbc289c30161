import { describe, expect, it } from "vitest";
import { acceptsWrite, announcementFor, clockOffsetMs, clockTone, formatClock, formatTimeOfDay, isPastDeadline, timeLeftMs } from "@/lib/interview/timer";

const t = (s: number) => new Date(Date.UTC(2026, 0, 1, 12, 0, s));

describe("timer rules", () => {
  it("time left never goes below zero, and is null untimed", () => {
    expect(timeLeftMs(t(30), t(10))).toBe(20_000);
    expect(timeLeftMs(t(30), t(40))).toBe(0);
    expect(timeLeftMs(null, t(0))).toBeNull();
  });

  it("locks at the deadline exactly", () => {
    expect(isPastDeadline(t(30), t(29))).toBe(false);
    expect(isPastDeadline(t(30), t(30))).toBe(true);
    expect(isPastDeadline(null, t(99))).toBe(false);
  });

  it("accepts writes up to the grace after the deadline, and refuses after", () => {
    expect(acceptsWrite(t(30), t(34), 5000)).toBe(true);
    expect(acceptsWrite(t(30), t(35), 5000)).toBe(true);
    expect(acceptsWrite(t(30), t(36), 5000)).toBe(false);
    expect(acceptsWrite(null, t(999))).toBe(true);
  });

  it("learns the server offset from the midpoint of a round trip", () => {
    expect(clockOffsetMs(10_000, 1_000, 1_200)).toBe(8_900);
    expect(clockOffsetMs(1_100, 1_000, 1_200)).toBe(0);
  });

  it("formats a time of day on the device's clock, 24-hour with seconds", () => {
    expect(formatTimeOfDay(new Date(2026, 10, 29, 14, 2, 31))).toBe("14:02:31");
    expect(formatTimeOfDay(new Date(2026, 10, 29, 0, 0, 0))).toBe("00:00:00");
    expect(formatTimeOfDay(new Date(2026, 10, 29, 9, 5, 7, 999))).toBe("09:05:07");
  });

  it("formats a countdown", () => {
    expect(formatClock(0)).toBe("0:00");
    expect(formatClock(999)).toBe("0:01");
    expect(formatClock(65_000)).toBe("1:05");
    expect(formatClock(3_723_000)).toBe("1:02:03");
  });

  it("turns amber then red", () => {
    const budget = 45 * 60_000;
    expect(clockTone(10 * 60_000, budget)).toBe("normal");
    expect(clockTone(5 * 60_000, budget)).toBe("warning");
    expect(clockTone(60_000, budget)).toBe("danger");
    // A 2-minute question is amber under 24 s and red under 12 s.
    expect(clockTone(30_000, 120_000)).toBe("normal");
    expect(clockTone(20_000, 120_000)).toBe("warning");
    expect(clockTone(10_000, 120_000)).toBe("danger");
  });

  it("announces 5 minutes and 1 minute left once, as the clock passes them", () => {
    expect(announcementFor(300_500, 299_500)).toBe("5 minutes left");
    expect(announcementFor(299_500, 298_500)).toBeNull();
    expect(announcementFor(60_400, 59_900)).toBe("1 minute left");
    expect(announcementFor(400_000, 50_000)).toBe("1 minute left");
  });
});
