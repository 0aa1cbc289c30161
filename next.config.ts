import type { NextConfig } from "next";
import { FIXED_HEADERS, HSTS, STATIC_CSP, SVG_PREVIEW_CSP } from "./lib/http/security-headers";

/**
 * What proxy.ts never sees (its matcher skips them): built assets, canvas fonts,
 * icons, and the JSON API apart from Auth.js — route handlers authenticate
 * themselves, and skipping the gate there saves a second pass over every autosave.
 */
const STATIC_SOURCES = ["/_next/static/:path*", "/_next/image", "/excalidraw-assets/:path*", "/icon.svg", "/favicon.ico"];
const API_SOURCE = "/api/:path((?!auth/|auth$).*)";
const PREVIEW_SOURCE = "/api/interviews/:id/items/:itemId/sketch/preview";

const nextConfig: NextConfig = {
  // PGlite loads WASM and argon2 a native binary: both must stay outside the bundle.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    const fixed = Object.entries({ ...FIXED_HEADERS, "Content-Security-Policy": STATIC_CSP }).map(([key, value]) => ({ key, value }));
    // Later rules win for the same header: the preview's picture policy replaces the API's load-nothing one.
    return [...STATIC_SOURCES, API_SOURCE, PREVIEW_SOURCE].flatMap((source) => [
      { source, headers: fixed },
      // HSTS only when the request came over HTTPS (through a TLS-terminating proxy).
      { source, has: [{ type: "header" as const, key: "x-forwarded-proto", value: "https" }], headers: [{ key: "Strict-Transport-Security", value: HSTS }] },
      ...(source === PREVIEW_SOURCE ? [{ source, headers: [{ key: "Content-Security-Policy", value: SVG_PREVIEW_CSP }] }] : []),
    ]);
  },
};

export default nextConfig;
