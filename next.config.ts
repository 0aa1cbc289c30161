import type { NextConfig } from "next";
import { FIXED_HEADERS, HSTS, STATIC_CSP } from "./lib/security-headers";

/** What proxy.ts never sees (its matcher skips them): built assets, canvas fonts, icons. */
const STATIC_SOURCES = ["/_next/static/:path*", "/_next/image", "/excalidraw-assets/:path*", "/icon.svg", "/favicon.ico"];

const nextConfig: NextConfig = {
  // PGlite loads WASM and argon2 a native binary: both must stay outside the bundle.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    const fixed = Object.entries({ ...FIXED_HEADERS, "Content-Security-Policy": STATIC_CSP }).map(([key, value]) => ({ key, value }));
    return STATIC_SOURCES.flatMap((source) => [
      { source, headers: fixed },
      // HSTS only when the request came over HTTPS (through a TLS-terminating proxy).
      { source, has: [{ type: "header" as const, key: "x-forwarded-proto", value: "https" }], headers: [{ key: "Strict-Transport-Security", value: HSTS }] },
    ]);
  },
};

export default nextConfig;
