import { describe, expect, it } from "vitest";
import { passwordResetMail } from "@/lib/account/mail-messages";
import { RESET_TOKEN_PATTERN, RESET_TOKEN_TTL_MS, resetLink, resetRequestBuckets, resetTokenState, tooManyResetRequestsMessage } from "@/lib/auth/reset-token";
import { hashResetToken, newResetToken } from "@/server/account/reset-token";

const issued = new Date("2026-12-01T10:00:00Z");
const row = (over: Partial<{ expiresAt: Date; usedAt: Date | null }> = {}) => ({ expiresAt: new Date(issued.getTime() + RESET_TOKEN_TTL_MS), usedAt: null, ...over });

describe("reset tokens", () => {
  it("work for 30 minutes, then expire", () => {
    expect(RESET_TOKEN_TTL_MS).toBe(30 * 60 * 1000);
    expect(resetTokenState(row(), new Date(issued.getTime() + RESET_TOKEN_TTL_MS - 1))).toBe("valid");
    expect(resetTokenState(row(), new Date(issued.getTime() + RESET_TOKEN_TTL_MS))).toBe("expired");
  });

  it("work once", () => {
    expect(resetTokenState(row({ usedAt: new Date(issued.getTime() + 1000) }), issued)).toBe("used");
  });

  it("an unknown (forged) token is unknown", () => {
    expect(resetTokenState(undefined, issued)).toBe("unknown");
  });

  it("are 32 random bytes in base64url, stored only as their SHA-256", () => {
    const a = newResetToken();
    const b = newResetToken();
    expect(a.token).toMatch(RESET_TOKEN_PATTERN);
    expect(Buffer.from(a.token, "base64url")).toHaveLength(32);
    expect(a.token).not.toBe(b.token);
    expect(a.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.tokenHash).toBe(hashResetToken(a.token));
    expect(a.tokenHash).not.toContain(a.token);
    expect(RESET_TOKEN_PATTERN.test("x".repeat(42))).toBe(false);
    expect(RESET_TOKEN_PATTERN.test(`${"x".repeat(42)}/`)).toBe(false);
  });

  it("links point at the reset page of the given origin", () => {
    expect(resetLink("https://mockline.example.com/", "abc")).toBe("https://mockline.example.com/reset-password?token=abc");
  });

  it("requests are counted per email and, when known, per address, apart from failed sign-ins", () => {
    expect(resetRequestBuckets("A@Example.test", undefined)).toEqual({ email: "reset-email:a@example.test" });
    expect(resetRequestBuckets("a@example.test", "10.0.0.1")).toEqual({ email: "reset-email:a@example.test", ip: "reset-ip:10.0.0.1" });
    expect(tooManyResetRequestsMessage(61_000)).toBe("Too many reset requests. Try again in 2 minutes.");
  });

  it("the mail carries the link and says how long it works", () => {
    const mail = passwordResetMail({ to: "a@example.test", link: "https://m.example/reset-password?token=abc", minutes: 30 });
    expect(mail.to).toBe("a@example.test");
    expect(mail.text).toContain("https://m.example/reset-password?token=abc");
    expect(mail.text).toContain("30 minutes");
  });
});
