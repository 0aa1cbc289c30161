import { isRecordingPage } from "./recording-page";

/**
 * The security headers every response carries. Pages get a per-request nonce
 * CSP from proxy.ts; static files (which the proxy never sees) get the same
 * fixed headers and a CSP that allows nothing, from next.config.ts.
 *
 * Pure: the caller passes the nonce, the mode and whether the request came
 * over HTTPS, so the exact values are tested in tests/unit.
 */

export interface CspOptions {
  nonce: string;
  /** `next dev` needs eval for React's refresh and error overlays; production never does. */
  dev: boolean;
  https: boolean;
}

/**
 * The page policy. Why each source is there:
 * - script-src: only scripts carrying this request's nonce (Next.js stamps its
 *   own) and what they load ('strict-dynamic' covers Turbopack's lazy chunks,
 *   the editor and the canvas). 'wasm-unsafe-eval' lets Excalidraw compile
 *   its font-subsetting WebAssembly when it exports a scene; it allows no JS eval.
 * - style-src 'unsafe-inline': Excalidraw, ProseMirror and React set style
 *   attributes, which a nonce cannot cover. Styles cannot run script.
 * - img-src/font-src blob: data:: Excalidraw's image elements, exports and
 *   inlined fonts; its font files come from our own /excalidraw-assets/.
 * - worker-src blob:: the canvas's subsetting worker may be built from a blob.
 */
export function contentSecurityPolicy({ nonce, dev, https }: CspOptions): string {
  const directives: Array<[string, string[]]> = [
    ["default-src", ["'self'"]],
    ["script-src", ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", "'wasm-unsafe-eval'", ...(dev ? ["'unsafe-eval'"] : [])]],
    ["style-src", ["'self'", "'unsafe-inline'"]],
    ["img-src", ["'self'", "blob:", "data:"]],
    ["font-src", ["'self'", "data:"]],
    ["connect-src", ["'self'", "blob:", "data:"]],
    ["worker-src", ["'self'", "blob:"]],
    ["frame-src", ["'none'"]],
    ["object-src", ["'none'"]],
    // No page of ours sets a <base>; none may.
    ["base-uri", ["'none'"]],
    ["form-action", ["'self'"]],
    ["frame-ancestors", ["'none'"]],
  ];
  const policy = directives.map(([name, values]) => `${name} ${values.join(" ")}`);
  // Violations are reported to a small endpoint that logs them (app/api/csp-report): report-to where the
  // Reporting API is (Reporting-Endpoints names "csp"), report-uri for the rest.
  policy.push(`report-uri ${CSP_REPORT_PATH}`, "report-to csp");
  // Over plain HTTP (a LAN install) upgrading would break every request.
  if (https) policy.push("upgrade-insecure-requests");
  return policy.join("; ");
}

export const CSP_REPORT_PATH = "/api/csp-report";

/** For files that are never documents (scripts, styles, fonts, icons) and JSON answers: nothing may load from them. */
export const STATIC_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * A stored sketch preview opened on its own: an inert picture (its styles and
 * inlined fonts, no script, sandboxed). The route sets it too; it is here
 * because Next.js keeps the first value of a header, so the proxy's wins.
 */
export const SVG_PREVIEW_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; sandbox; frame-ancestors 'none'";

/** Which policy a path gets: pages (and Auth.js's own HTML) the nonce policy, API answers one that loads nothing. */
export function cspForPath(pathname: string, opts: CspOptions): string {
  if (pathname.startsWith("/api/") && !pathname.startsWith("/api/auth/")) {
    return /\/sketch\/preview$/.test(pathname) ? SVG_PREVIEW_CSP : STATIC_CSP;
  }
  return contentSecurityPolicy(opts);
}

export const HSTS = "max-age=63072000; includeSubDomains";

/** Devices and sensors off, but for the microphone where `microphone` says. */
function permissionsPolicy(microphone: "()" | "(self)"): string {
  return (
    `camera=(), microphone=${microphone}, geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), midi=(), ` +
    "magnetometer=(), gyroscope=(), accelerometer=(), display-capture=(), browsing-topics=()"
  );
}

/** The headers that are the same on every response. */
export const FIXED_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Permissions-Policy": permissionsPolicy("()"),
};


/** Everything a page or API response at this path gets, for one request. */
export function securityHeaders(pathname: string, opts: CspOptions): Record<string, string> {
  return {
    ...FIXED_HEADERS,
    // The microphone only where the recorder is; every other page, file and API answer keeps it off.
    "Permissions-Policy": permissionsPolicy(isRecordingPage(pathname) ? "(self)" : "()"),
    "Content-Security-Policy": cspForPath(pathname, opts),
    "Reporting-Endpoints": `csp="${CSP_REPORT_PATH}"`,
    ...(opts.https ? { "Strict-Transport-Security": HSTS } : {}),
  };
}

/** Whether the request reached us over HTTPS, directly or through a TLS-terminating proxy. */
export function isHttps(url: string, headers: Headers): boolean {
  const forwarded = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  if (forwarded) return forwarded === "https";
  return url.startsWith("https:");
}

/** A fresh, unguessable nonce for one response (128 random bits, base64). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
