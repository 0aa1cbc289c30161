import { describe, expect, it, vi } from "vitest";
import { encode, decode as authDecode, type JWT } from "@auth/core/jwt";
import { memoizeDecode, TokenCache } from "@/lib/auth/token-cache";

type Claims = { sub?: string; exp?: number };
const decode = (params: Parameters<typeof authDecode>[0]) => authDecode<JWT>(params);

describe("TokenCache", () => {
  it("forgets an entry at the token's own expiry", () => {
    let now = 1_000_000;
    const cache = new TokenCache<Claims>({ now: () => now, maxAgeMs: 60_000 });
    cache.set("a", { sub: "u", exp: (now + 10_000) / 1000 });
    expect(cache.get("a")?.sub).toBe("u");
    now += 10_000;
    expect(cache.get("a")).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it("never keeps an entry longer than maxAgeMs, even for a long-lived token", () => {
    let now = 0;
    const cache = new TokenCache<Claims>({ now: () => now, maxAgeMs: 1_000 });
    cache.set("a", { exp: 1e9 });
    now = 999;
    expect(cache.get("a")).toBeDefined();
    now = 1_000;
    expect(cache.get("a")).toBeUndefined();
  });

  it("does not store a token that has already expired", () => {
    const cache = new TokenCache<Claims>({ now: () => 5_000 });
    cache.set("a", { exp: 4 });
    expect(cache.size).toBe(0);
  });

  it("evicts the least recently used entry when full", () => {
    const cache = new TokenCache<Claims>({ max: 2 });
    cache.set("a", { sub: "a" });
    cache.set("b", { sub: "b" });
    cache.get("a");
    cache.set("c", { sub: "c" });
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")?.sub).toBe("a");
    expect(cache.get("c")?.sub).toBe("c");
  });
});

describe("memoizeDecode", () => {
  const salt = "authjs.session-token";
  const secret = "unit-secret-0123456789-0123456789";

  it("decodes a real Auth.js token once and answers repeats from memory", async () => {
    const token = await encode({ token: { sub: "user-1", email: "a@example.test" }, secret, salt });
    const inner = vi.fn(decode);
    const cached = memoizeDecode(inner);
    const first = await cached({ token, secret, salt });
    const second = await cached({ token, secret, salt });
    expect(first?.sub).toBe("user-1");
    expect(second).toEqual(first);
    expect(inner).toHaveBeenCalledTimes(1);
  });

  it("does not trust a cached token under another secret or salt", async () => {
    const token = await encode({ token: { sub: "user-1" }, secret, salt });
    const cached = memoizeDecode(decode);
    expect((await cached({ token, secret, salt }))?.sub).toBe("user-1");
    await expect(cached({ token, secret: "another-secret-0123456789-012345", salt })).rejects.toThrow();
    await expect(cached({ token, secret, salt: "__Secure-authjs.session-token" })).rejects.toThrow();
  });

  it("caches no failure: a tampered token is refused every time", async () => {
    const token = await encode({ token: { sub: "user-1" }, secret, salt });
    const tampered = token.slice(0, -4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
    const inner = vi.fn(decode);
    const cached = memoizeDecode(inner);
    await expect(cached({ token: tampered, secret, salt })).rejects.toThrow();
    await expect(cached({ token: tampered, secret, salt })).rejects.toThrow();
    expect(inner).toHaveBeenCalledTimes(2);
  });

  it("answers null for a missing token without decoding", async () => {
    const inner = vi.fn(decode);
    expect(await memoizeDecode(inner)({ token: undefined, secret, salt })).toBeNull();
    expect(inner).not.toHaveBeenCalled();
  });
});
