import { describe, expect, it } from "vitest";
import { buildInvite } from "@/lib/booking/invite";
import { zonedLocalToUtc } from "@/lib/zoned-time";

describe(".ics invitation", () => {
  const start = zonedLocalToUtc("2026-12-01T18:30", "America/New_York");
  const ics = buildInvite({
    id: "0b8f7a5e-0000-4000-8000-000000000001",
    title: "45-min mixed",
    start,
    minutes: 45,
    url: "https://mock.example/interviews/0b8f7a5e-0000-4000-8000-000000000001",
    questionCount: 5,
    timeZone: "America/New_York",
    now: new Date("2026-11-29T10:00:00Z"),
  });
  const unfolded = ics.replace(/\r\n[ \t]/g, "");

  it("has start and end in UTC from the zoned local time", () => {
    expect(unfolded).toContain("DTSTART:20261201T233000Z");
    expect(unfolded).toContain("DTEND:20261202T001500Z");
  });
  it("carries the title, the link and a display alarm 15 minutes before", () => {
    expect(unfolded).toContain("SUMMARY:Mock interview: 45-min mixed");
    expect(unfolded).toContain("UID:0b8f7a5e-0000-4000-8000-000000000001@mockline");
    expect(unfolded).toContain("https://mock.example/interviews/0b8f7a5e-0000-4000-8000-000000000001");
    expect(unfolded).toMatch(/BEGIN:VALARM[\s\S]*ACTION:DISPLAY[\s\S]*TRIGGER:-PT15M[\s\S]*END:VALARM/);
    expect(unfolded.startsWith("BEGIN:VCALENDAR")).toBe(true);
  });
});
