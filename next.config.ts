import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite loads WASM and argon2 a native binary: both must stay outside the bundle.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
