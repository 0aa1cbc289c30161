import { describe, expect, it, vi } from "vitest";
import { decode } from "@auth/core/jwt";
import { SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS, isCurrentSession, renewalMaxAge, sessionEnd, sessionVerdict } from "@/lib/auth/session-policy";
import { TokenCache } from "@/lib/auth/token-cache";
import { encodeSession } from "@/server/auth/jwt";

const DAY = 24 * 60 * 60;
const signedInAt = 1_800_000_000;
const sid = "5f0c8a1e-4b1d-4c2a";

describe("sessionVerdict", () => {
  it("accepts a cookie with a user, a generation and a sign-in time inside the absolute lifetime", () => {
    expect(sessionVerdict({ sub: "u1", gen: 3, auth_time: signedInAt, sid }, signedInAt + 29 * DAY)).toEqual({ ok: true, userId: "u1", generation: 3, authTime: signedInAt, sessionId: sid });
  });

  it("ends every session at the absolute lifetime, however recently it was renewed", () => {
    expect(sessionVerdict({ sub: "u1", gen: 0, auth_time: signedInAt, sid }, signedInAt + SESSION_ABSOLUTE_SECONDS - 1).ok).toBe(true);
    expect(sessionVerdict({ sub: "u1", gen: 0, auth_time: signedInAt, sid }, signedInAt + SESSION_ABSOLUTE_SECONDS)).toEqual({ ok: false, reason: "expired" });
    expect(sessionEnd(signedInAt)).toBe(signedInAt + SESSION_ABSOLUTE_SECONDS);
  });

  it("refuses cookies without the claims (issued before sessions carried them), and forged sign-in times", () => {
    const now = signedInAt + DAY;
    for (const claims of [null, {}, { sub: "u1" }, { sub: "u1", gen: 0 }, { sub: "u1", auth_time: signedInAt }, { sub: "", gen: 0, auth_time: signedInAt }, { sub: "u1", gen: -1, auth_time: signedInAt }, { sub: "u1", gen: "0", auth_time: signedInAt }, { sub: "u1", gen: 0.5, auth_time: signedInAt }, { sub: "u1", gen: 0, auth_time: signedInAt, sid: "short" }, { sub: "u1", gen: 0, auth_time: signedInAt, sid: 7 }]) {
      expect(sessionVerdict(claims as never, now)).toEqual({ ok: false, reason: "malformed" });
    }
    expect(sessionVerdict({ sub: "u1", gen: 0, auth_time: now + 3600, sid }, now)).toEqual({ ok: false, reason: "malformed" });
  });
});

describe("renewalMaxAge", () => {
  it("gives the idle lifetime while the absolute end is further away, and cuts it there after", () => {
    expect(renewalMaxAge(signedInAt, signedInAt + DAY)).toBe(SESSION_IDLE_SECONDS);
    expect(renewalMaxAge(signedInAt, signedInAt + 28 * DAY)).toBe(2 * DAY);
    expect(renewalMaxAge(signedInAt, signedInAt + 31 * DAY)).toBe(0);
    expect(renewalMaxAge(undefined, signedInAt)).toBe(0);
  });

  it("a re-issued Auth.js cookie expires no later than the absolute end", async () => {
    const secret = "unit-secret-0123456789-0123456789";
    const salt = "authjs.session-token";
    const authTime = Math.floor(Date.now() / 1000) - 29 * DAY;
    const token = await encodeSession({ token: { sub: "u1", gen: 0, auth_time: authTime }, secret, salt, maxAge: SESSION_IDLE_SECONDS });
    const claims = await decode({ token, secret, salt });
    expect(claims?.exp).toBeLessThanOrEqual(authTime + SESSION_ABSOLUTE_SECONDS);
    expect(claims?.exp).toBeGreaterThan(authTime + SESSION_ABSOLUTE_SECONDS - 60);
  });

  it("stays within the absolute end when a second ticks over between the cut and Auth.js's own clock", async () => {
    const secret = "unit-secret-0123456789-0123456789";
    const salt = "authjs.session-token";
    const base = Math.floor(Date.now() / 1000) * 1000 + 999; // the last millisecond of a second
    const authTime = Math.floor(base / 1000) - 29 * DAY;
    let calls = 0;
    const clock = vi.spyOn(Date, "now").mockImplementation(() => base + 2 * calls++);
    try {
      const token = await encodeSession({ token: { sub: "u1", gen: 0, auth_time: authTime }, secret, salt, maxAge: SESSION_IDLE_SECONDS });
      clock.mockRestore();
      const claims = await decode({ token, secret, salt });
      expect(claims?.exp).toBeLessThanOrEqual(authTime + SESSION_ABSOLUTE_SECONDS);
    } finally {
      clock.mockRestore();
    }
  });
});

describe("generations", () => {
  it("a cookie counts only under the stored generation and while its own session is not signed out; none stored (account gone) refuses it", () => {
    const stored = { generation: 2, revoked: new Set(["signed-out-session"]) };
    expect(isCurrentSession({ generation: 2, sessionId: sid }, stored)).toBe(true);
    expect(isCurrentSession({ generation: 1, sessionId: sid }, stored)).toBe(false);
    expect(isCurrentSession({ generation: 3, sessionId: sid }, stored)).toBe(false);
    expect(isCurrentSession({ generation: 2, sessionId: "signed-out-session" }, stored)).toBe(false);
    expect(isCurrentSession({ generation: 0, sessionId: sid }, undefined)).toBe(false);
  });

  it("the per-process memo of generations forgets after its time-to-live and on delete", () => {
    let now = 0;
    const cache = new TokenCache<{ generation: number | undefined; exp?: undefined }>({ now: () => now, maxAgeMs: 3_000 });
    cache.set("u1", { generation: 1 });
    now = 2_999;
    expect(cache.get("u1")?.generation).toBe(1);
    now = 3_000;
    expect(cache.get("u1")).toBeUndefined();
    cache.set("u1", { generation: 2 });
    cache.delete("u1");
    expect(cache.get("u1")).toBeUndefined();
  });
});
