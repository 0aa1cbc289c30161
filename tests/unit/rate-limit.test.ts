import { describe, expect, it } from "vitest";
import { accountDelayMs, rateLimitVerdict, signInBuckets, tooManyAttemptsMessage } from "@/lib/auth/rate-limit";

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

describe("accountDelayMs", () => {
  it("costs nothing for the first failures, then doubles from 250 ms to at most 5 s", () => {
    expect([0, 4, 5, 6, 7, 9, 10, 100].map(accountDelayMs)).toEqual([0, 0, 250, 500, 1000, 4000, 5000, 5000]);
  });
});

describe("signInBuckets", () => {
  const digest = (s: string) => `h(${s.length})`;
  it("keys the account by a digest of its email (never the email itself), and the client and pair only when the address is known", () => {
    expect(signInBuckets("Ann@Example.test", undefined, digest)).toEqual({ account: "acct:h(16)" });
    const b = signInBuckets("ann@example.test", "10.0.0.1", digest);
    expect(b).toEqual({ account: "acct:h(16)", client: "ip:10.0.0.1", pair: "pair:h(25)" });
    expect(JSON.stringify(b)).not.toContain("ann");
  });

  it("cuts an address to 64 characters", () => {
    expect(signInBuckets("a@b.c", "x".repeat(300), digest).client).toHaveLength(67);
  });
});
