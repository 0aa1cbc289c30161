import { describe, expect, it } from "vitest";
import { rateLimitVerdict, tooManyAttemptsMessage } from "@/lib/auth/rate-limit";

const rule = { max: 3, windowMs: 15 * 60_000 };
const now = new Date("2026-01-01T12:00:00Z");
const ago = (min: number) => new Date(now.getTime() - min * 60_000);

describe("rateLimitVerdict", () => {
  it("allows attempts under the limit", () => {
    expect(rateLimitVerdict([ago(1), ago(2)], now, rule)).toEqual({ limited: false, retryAfterMs: 0 });
  });

  it("limits at the maximum and says when the oldest counted failure ages out", () => {
    const v = rateLimitVerdict([ago(1), ago(5), ago(10)], now, rule);
    expect(v.limited).toBe(true);
    expect(v.retryAfterMs).toBe(5 * 60_000);
  });

  it("ignores failures outside the window", () => {
    expect(rateLimitVerdict([ago(16), ago(20), ago(1), ago(2)], now, rule).limited).toBe(false);
  });

  it("with more failures than the maximum, waits for enough of them to expire", () => {
    const v = rateLimitVerdict([ago(14), ago(12), ago(3), ago(2), ago(1)], now, rule);
    // Three must remain below the max: the one 3 minutes ago has to age out.
    expect(v.retryAfterMs).toBe(12 * 60_000);
  });
});

describe("tooManyAttemptsMessage", () => {
  it("rounds up to whole minutes and pluralises", () => {
    expect(tooManyAttemptsMessage(61_000)).toBe("Too many failed sign-in attempts. Try again in 2 minutes.");
    expect(tooManyAttemptsMessage(1_000)).toBe("Too many failed sign-in attempts. Try again in 1 minute.");
  });
});
