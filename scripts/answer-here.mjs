// Answers this server gives itself, before or instead of Next.js (a malformed
// path, a body over its limit, a refused request), with the same security
// headers as Next's own answers (lib/http/security-headers.ts FIXED_HEADERS;
// tests/unit/body-limits.test.ts keeps the two equal).

/**
 * Answer from this server, with the headers every answer carries (next.config.ts
 * gives Next's own answers the same set). Once answered here, anything Next.js
 * still writes for this request goes nowhere.
 */
export function answerHere(res, status, body, extraHeaders = {}) {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  // Whatever Next.js had set already (Vary, a cookie) belongs to an answer it will not give.
  for (const name of res.getHeaderNames()) if (name !== "x-request-id") res.removeHeader(name);
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader("content-type", "application/json");
  res.setHeader("content-length", Buffer.byteLength(text));
  res.setHeader("cache-control", "no-store");
  for (const [name, value] of Object.entries({ ...OWN_HEADERS, ...extraHeaders })) res.setHeader(name, value);
  res.end(text);
  for (const method of ["setHeader", "appendHeader", "removeHeader", "writeHead", "flushHeaders"]) res[method] = () => res;
  res.write = () => true;
  res.end = (...args) => {
    const cb = args.find((a) => typeof a === "function");
    if (cb) queueMicrotask(cb);
    return res;
  };
}

export const OWN_HEADERS = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "DENY",
  "permissions-policy":
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), midi=(), " +
    "magnetometer=(), gyroscope=(), accelerometer=(), display-capture=(), browsing-topics=()",
  "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
};

