// Fairness under one noisy client (scripts/serve.mjs): each session — or, without
// one, each client address — may have a few requests in progress per process and
// a few more waiting; past that it is told 429 at once. One browser hammering a
// page then costs the others a few workers' worth of time, not the whole instance:
// /api/health and everybody else's requests still answer.
//
// A page load's static files, and the health check, are never held back.
import crypto from "node:crypto";

const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?authjs\.session-token=([^;]+)/;
const EXEMPT = /^\/(?:api\/health$|_next\/static\/|excalidraw-assets\/|favicon\.ico$|icon\.svg$)/;

/** Who a request counts against: its session when it has one, else its client address. */
export function fairnessKey(req, { trustProxy = false } = {}) {
  const session = SESSION_COOKIE.exec(req.headers.cookie ?? "")?.[1];
  if (session) return `s:${crypto.createHash("sha256").update(session).digest("base64url").slice(0, 22)}`;
  const forwarded = trustProxy ? String(req.headers["x-forwarded-for"] ?? "").split(",")[0].trim() : "";
  return `c:${forwarded || req.socket?.remoteAddress || "unknown"}`;
}

export function isExempt(path) {
  return EXEMPT.test(path);
}

export const TOO_MANY_AT_ONCE = {
  error: "Too many requests at once from this browser. Wait for the ones in progress, then try again.",
  code: "rate_limited",
};

/**
 * `admit(key, res, start, refuse)`: run `start` now, or when one of this key's
 * requests in progress ends, or call `refuse` when its queue is full. A place
 * is freed when the response closes (finished or aborted).
 */
export function createFairness({ inProgress = 6, waiting = 24 } = {}) {
  const keys = new Map();
  const state = (key) => {
    let s = keys.get(key);
    if (!s) keys.set(key, (s = { running: 0, queue: [] }));
    return s;
  };
  const release = (key, s) => {
    s.running--;
    const next = s.queue.shift();
    if (next) next();
    else if (s.running === 0) keys.delete(key);
  };
  function admit(key, res, start, refuse) {
    if (inProgress <= 0) return start();
    const s = state(key);
    const go = () => {
      s.running++;
      res.once("close", () => release(key, s));
      start();
    };
    if (s.running < inProgress) return go();
    if (s.queue.length >= waiting) return refuse();
    s.queue.push(go);
    // A waiting request whose client gave up leaves the queue.
    res.once("close", () => {
      const at = s.queue.indexOf(go);
      if (at >= 0) s.queue.splice(at, 1);
    });
  }
  return { admit, size: () => keys.size };
}
