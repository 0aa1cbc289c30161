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

/** What may be logged of an error or a message: its kind and first line, never a failed query's parameters. */
function firstLine(text) {
  return String(text).split(/\nparams:|params:/)[0].split("\n")[0].slice(0, 300);
}

export function describeError(err) {
  const code = typeof err.cause?.code === "string" ? err.cause.code : typeof err.code === "string" ? err.code : undefined;
  return { error: err.name, message: firstLine(err.message), ...(code ? { code } : {}), ...(typeof err.digest === "string" ? { digest: err.digest } : {}) };
}

/**
 * Everything the process prints becomes one JSON object per line: the app's own
 * lines (already JSON) pass through; anything else Next.js or a library prints —
 * an error with its stack, a warning — is folded into one line with its first
 * line only (a stack or a failed query's parameters never reach the log).
 */
export function jsonConsole(out = process.stdout) {
  const wrap = (level) => (...args) => {
    if (args.length === 1 && typeof args[0] === "string" && /^\{.*\}$/s.test(args[0].trim()) && !args[0].trim().includes("\n")) {
      out.write(`${args[0].trim()}\n`);
      return;
    }
    const err = args.find((a) => a instanceof Error);
    const text = args
      .filter((a) => !(a instanceof Error))
      .map((a) => (typeof a === "string" ? a : typeof a === "number" || typeof a === "boolean" ? String(a) : ""))
      .join(" ")
      // Terminal colours and Next's "⨯" / "⚠" marks.
      .replace(/\u001b\[[0-9;]*m/g, "")
      .replace(/^[\s⨯⚠✓○ƒ▲]+/u, "");
    logLine({ level, msg: firstLine(text) || (err ? "error" : level), ...(err ? describeError(err) : {}) }, out);
  };
  console.log = wrap("info");
  console.info = wrap("info");
  console.warn = wrap("warn");
  console.error = wrap("error");
}
