import { describe, expect, it } from "vitest";
import { FIXED_HEADERS, contentSecurityPolicy, cspForPath, isHttps, newNonce, securityHeaders, STATIC_CSP, SVG_PREVIEW_CSP } from "@/lib/http/security-headers";
import { isRecordingPage } from "@/lib/http/recording-page";

const directives = (csp: string) => new Map(csp.split("; ").map((d) => [d.split(" ")[0]!, d.split(" ").slice(1)]));

describe("contentSecurityPolicy", () => {
  const prod = directives(contentSecurityPolicy({ nonce: "abc123", dev: false, https: false }));

  it("allows scripts only by this request's nonce and what they load, never inline or eval in production", () => {
    expect(prod.get("script-src")).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'", "'wasm-unsafe-eval'"]);
    expect(prod.get("script-src")).not.toContain("'unsafe-inline'");
    expect(prod.get("script-src")).not.toContain("'unsafe-eval'");
  });

  it("forbids framing, plugins, foreign forms and base tags", () => {
    expect(prod.get("frame-ancestors")).toEqual(["'none'"]);
    expect(prod.get("object-src")).toEqual(["'none'"]);
    expect(prod.get("base-uri")).toEqual(["'none'"]);
    expect(prod.get("form-action")).toEqual(["'self'"]);
    expect(prod.get("default-src")).toEqual(["'self'"]);
  });

  it("lets the canvas use blob: and data: images and fonts, and nothing from another origin", () => {
    expect(prod.get("img-src")).toEqual(["'self'", "blob:", "data:"]);
    expect(prod.get("font-src")).toEqual(["'self'", "data:"]);
    for (const values of prod.values()) for (const v of values) expect(v).not.toMatch(/^https?:|^\*$/);
  });

  it("adds eval only for next dev, and upgrades requests only over HTTPS", () => {
    const dev = directives(contentSecurityPolicy({ nonce: "n", dev: true, https: false }));
    expect(dev.get("script-src")).toContain("'unsafe-eval'");
    expect(prod.has("upgrade-insecure-requests")).toBe(false);
    expect(directives(contentSecurityPolicy({ nonce: "n", dev: false, https: true })).has("upgrade-insecure-requests")).toBe(true);
  });
});

describe("securityHeaders", () => {
  it("sends HSTS only over HTTPS", () => {
    expect(securityHeaders("/", { nonce: "n", dev: false, https: false })).not.toHaveProperty("Strict-Transport-Security");
    expect(securityHeaders("/", { nonce: "n", dev: false, https: true })["Strict-Transport-Security"]).toMatch(/^max-age=\d{7,}/);
  });

  it("always sends nosniff, a strict referrer policy, DENY framing and a permissions policy", () => {
    const h = securityHeaders("/", { nonce: "n", dev: false, https: false });
    expect(h["X-Content-Type-Options"]).toBe("nosniff");
    expect(h["Referrer-Policy"]).toBe("strict-origin-when-cross-origin");
    expect(h["X-Frame-Options"]).toBe("DENY");
    expect(h["Permissions-Policy"]).toContain("camera=()");
    expect(STATIC_CSP).toContain("frame-ancestors 'none'");
  });
});

describe("Permissions-Policy", () => {
  const opts = { nonce: "n", dev: false, https: false };
  const mic = (path: string) => /(?:^|, )microphone=([^,]*)/.exec(securityHeaders(path, opts)["Permissions-Policy"]!)?.[1];
  const live = "/interviews/0b6f7a52-8a57-4c39-9a6e-2c1d6f0e9a11";

  it("allows the microphone to this origin on the live interview page only", () => {
    expect(mic(live)).toBe("(self)");
    expect(mic(`${live}/`)).toBe("(self)");
    expect(isRecordingPage(live)).toBe(true);
  });

  it("keeps it off everywhere else: the setup page, the review, print, other pages, the API, static files", () => {
    for (const p of ["/", "/dashboard", "/interviews/new", `${live}/review`, `${live}/print`, "/history", `/api/interviews/${live.split("/")[2]}/items/x/recording`, "/api/auth/session"]) {
      expect(mic(p), p).toBe("()");
    }
    expect(FIXED_HEADERS["Permissions-Policy"]).toContain("microphone=()");
    // Nothing else is turned on with it.
    expect(securityHeaders(live, opts)["Permissions-Policy"]).toContain("camera=()");
    expect(securityHeaders(live, opts)["Permissions-Policy"]).toContain("display-capture=()");
  });
});

describe("cspForPath", () => {
  const opts = { nonce: "n", dev: false, https: false };
  it("gives pages and Auth.js's own pages the nonce policy, API answers one that loads nothing", () => {
    for (const p of ["/", "/dashboard", "/interviews/x/review", "/api/auth/error"]) expect(cspForPath(p, opts)).toContain("'nonce-n'");
    for (const p of ["/api/health", "/api/interviews/a/items/b/answer", "/api/interviews/a/export.md"]) expect(cspForPath(p, opts)).toBe(STATIC_CSP);
  });

  it("keeps the sketch preview's own policy: an inert, sandboxed picture", () => {
    expect(cspForPath("/api/interviews/a/items/b/sketch/preview", opts)).toBe(SVG_PREVIEW_CSP);
    expect(SVG_PREVIEW_CSP).toMatch(/default-src 'none'.*sandbox/);
    expect(SVG_PREVIEW_CSP).not.toContain("script-src");
  });
});

describe("isHttps and newNonce", () => {
  it("trusts the forwarded protocol of a TLS-terminating proxy, else the URL", () => {
    expect(isHttps("http://x/", new Headers({ "x-forwarded-proto": "https" }))).toBe(true);
    expect(isHttps("https://x/", new Headers({ "x-forwarded-proto": "http" }))).toBe(false);
    expect(isHttps("https://x/", new Headers())).toBe(true);
    expect(isHttps("http://x/", new Headers())).toBe(false);
  });

  it("makes a different 128-bit nonce each time", () => {
    const a = newNonce();
    expect(Buffer.from(a, "base64")).toHaveLength(16);
    expect(newNonce()).not.toBe(a);
  });
});
