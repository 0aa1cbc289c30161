import { describe, expect, it } from "vitest";
import { PRESETS } from "@/lib/interview/config";
import { isMissed, MISSED_GRACE_MS, resolveScheduleConfig, resolveScheduledTime, scheduleWhenSchema, studyPlan } from "@/lib/booking/schedule";
import { describeCountdown } from "@/lib/interview/timer";

const now = new Date("2026-11-29T10:00:00Z");

describe("missed window", () => {
  const at = new Date("2026-11-29T08:00:00Z");
  it("is open until the grace has passed, then missed", () => {
    expect(MISSED_GRACE_MS).toBe(2 * 60 * 60_000);
    expect(isMissed(at, new Date(at.getTime() - 60_000))).toBe(false);
    expect(isMissed(at, new Date(at.getTime() + MISSED_GRACE_MS))).toBe(false);
    expect(isMissed(at, new Date(at.getTime() + MISSED_GRACE_MS + 1))).toBe(true);
    expect(isMissed(at, new Date(at.getTime() + 10 * 60_000), 5 * 60_000)).toBe(true);
  });
});

describe("schedule requests", () => {
  it("resolves a future local time in the person's zone", () => {
    expect(resolveScheduledTime({ date: "2026-11-30", time: "09:00", timeZone: "Europe/Paris" }, now).toISOString()).toBe("2026-11-30T08:00:00.000Z");
  });
  it("refuses the past, the far future and unknown zones", () => {
    expect(() => resolveScheduledTime({ date: "2026-11-29", time: "10:30", timeZone: "Europe/Paris" }, now)).toThrow(/already passed/);
    expect(() => resolveScheduledTime({ date: "2028-01-01", time: "10:00", timeZone: "UTC" }, now)).toThrow(/a year/);
    const bad = scheduleWhenSchema.safeParse({ date: "2026-11-30", time: "09:00", timeZone: "Atlantis/Capital" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toMatch(/time zone/);
  });
  it("uses a preset, optionally narrowed to a topic, and refuses an unknown one", () => {
    const p = PRESETS[0]!;
    expect(resolveScheduleConfig({ preset: p.id })).toEqual({ config: p.config, presetLabel: p.label });
    expect(resolveScheduleConfig({ preset: p.id, topic: "caching" }).config.topics).toEqual(["caching"]);
    expect(() => resolveScheduleConfig({ preset: "nope" })).toThrow(/no preset called "nope"/);
    expect(() => resolveScheduleConfig({ config: { levels: [] } })).toThrow();
  });
});

describe("study plan", () => {
  it("spreads reviews over the days left, rounding up", () => {
    const target = new Date(now.getTime() + 10 * 24 * 60 * 60_000);
    expect(studyPlan({ now, target, dueNow: 7, dueBeforeTarget: 14 })).toEqual({ daysLeft: 10, totalReviews: 21, perDay: 3, status: "on-track" });
    expect(studyPlan({ now, target, dueNow: 0, dueBeforeTarget: 0 })).toMatchObject({ perDay: 0 });
  });
  it("counts a partial day as a day, and a passed target as none", () => {
    const soon = new Date(now.getTime() + 5 * 60 * 60_000);
    expect(studyPlan({ now, target: soon, dueNow: 5, dueBeforeTarget: 1 })).toEqual({ daysLeft: 1, totalReviews: 6, perDay: 6, status: "today" });
    expect(studyPlan({ now, target: new Date(now.getTime() - 1), dueNow: 3, dueBeforeTarget: 0 })).toMatchObject({ daysLeft: 0, status: "past" });
  });
});

describe("countdown text", () => {
  it("reads coarsely", () => {
    expect(describeCountdown(new Date(now.getTime() + (2 * 1440 + 3 * 60 + 5) * 60_000), now)).toBe("in 2 d 3 h");
    expect(describeCountdown(new Date(now.getTime() + 45 * 60_000), now)).toBe("in 45 min");
    expect(describeCountdown(new Date(now.getTime() - 12 * 60_000), now)).toBe("12 min ago");
    expect(describeCountdown(now, now)).toBe("now");
  });
});
