import { describe, expect, it } from "vitest";
import { isCrossOrigin, isJsonContentType, ownHostsOf } from "@/lib/http/same-origin";

const own = ["localhost:3000"];
const check = (over: Partial<Parameters<typeof isCrossOrigin>[0]>) =>
  isCrossOrigin({ method: "PUT", origin: null, secFetchSite: null, ownHosts: own, ...over });

describe("isCrossOrigin", () => {
  it("takes writes from our own origin", () => {
    expect(check({ origin: "http://localhost:3000", secFetchSite: "same-origin" })).toBe(false);
    expect(check({ origin: "http://LOCALHOST:3000" })).toBe(false);
  });

  it("refuses another port of the same host and a sibling subdomain, which SameSite=Lax lets through", () => {
    expect(check({ origin: "http://localhost:4000", secFetchSite: "same-site" })).toBe(true);
    expect(check({ origin: "http://localhost:4000" })).toBe(true);
    expect(check({ secFetchSite: "same-site" })).toBe(true);
    expect(check({ secFetchSite: "cross-site" })).toBe(true);
    expect(check({ origin: "https://evil.localhost:3000".replace("evil.", "x.") })).toBe(true);
  });

  it("refuses opaque and unparsable origins", () => {
    expect(check({ origin: "null" })).toBe(true);
    expect(check({ origin: "not a url" })).toBe(true);
  });

  it("leaves reads alone, and clients that are not browser pages (no Origin, no Sec-Fetch-Site)", () => {
    expect(check({ method: "GET", origin: "http://localhost:4000", secFetchSite: "cross-site" })).toBe(false);
    expect(check({ method: "HEAD", secFetchSite: "cross-site" })).toBe(false);
    expect(check({})).toBe(false);
  });
});

describe("ownHostsOf", () => {
  const h = new Headers({ host: "app:3000", "x-forwarded-host": "mockline.example" });
  it("trusts X-Forwarded-Host only behind TRUST_PROXY, and adds AUTH_URL's host", () => {
    expect(ownHostsOf(h, {})).toEqual(["app:3000"]);
    expect(ownHostsOf(h, { TRUST_PROXY: "1" })).toEqual(["app:3000", "mockline.example"]);
    expect(ownHostsOf(h, { AUTH_URL: "https://mock.example/x" })).toEqual(["app:3000", "mock.example"]);
  });
});

describe("isJsonContentType", () => {
  it("accepts application/json with or without a charset, and nothing a form can send", () => {
    expect(isJsonContentType("application/json")).toBe(true);
    expect(isJsonContentType("Application/JSON; charset=utf-8")).toBe(true);
    for (const t of ["text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded", "multipart/form-data", null, ""]) {
      expect(isJsonContentType(t)).toBe(false);
    }
  });
});
