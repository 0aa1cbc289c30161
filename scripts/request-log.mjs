// Structured logs: one JSON object per line on stdout, shared by the server
// (scripts/serve.mjs) and the app (lib/server/log.ts mirrors the shape).
import crypto from "node:crypto";

const SAFE_ID = /^[A-Za-z0-9._:-]{8,64}$/;

/** A request id from a proxy in front (X-Request-Id) when it looks like one, else a new one. */
export function requestIdFrom(header) {
  const value = Array.isArray(header) ? header[0] : header;
  return typeof value === "string" && SAFE_ID.test(value) ? value : crypto.randomUUID();
}

export function logLine(fields, out = process.stdout) {
  out.write(`${JSON.stringify({ time: new Date().toISOString(), ...fields })}\n`);
}
