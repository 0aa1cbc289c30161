/**
 * Cross-site request forgery: a state-changing request is taken only from our
 * own origin. `SameSite=Lax` cookies are not enough — another port of the same
 * host, or a sibling subdomain, is "same-site" and its pages send our cookies.
 *
 * Browsers tell us where a request comes from: `Sec-Fetch-Site` (every current
 * browser) and `Origin` (sent on every POST/PUT/PATCH/DELETE, `no-cors` too).
 * A client that sends neither is not a browser page, so it cannot carry a
 * victim's cookies by accident (scripts, the benchmarks, `curl`).
 *
 * Pure: the caller passes the headers and the hosts this server answers as.
 */

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export const CROSS_ORIGIN_MESSAGE =
  "This request came from another site, so it was refused. Open Mockline itself and do it there.";

export interface RequestOrigin {
  method: string;
  /** The Origin header, if any. */
  origin: string | null;
  /** The Sec-Fetch-Site header, if any. */
  secFetchSite: string | null;
  /** Hosts (host[:port]) this request may come from: its own Host, a trusted X-Forwarded-Host, AUTH_URL's. */
  ownHosts: string[];
}

/** Whether a request must be refused as cross-origin. */
export function isCrossOrigin({ method, origin, secFetchSite, ownHosts }: RequestOrigin): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  const site = secFetchSite?.trim().toLowerCase();
  if (site && site !== "same-origin") return true;
  if (origin === null) return false;
  // "null" is an opaque origin (a sandboxed frame, a file:, a data: page): never ours.
  let host: string;
  try {
    host = new URL(origin).host.toLowerCase();
  } catch {
    return true;
  }
  return !ownHosts.some((h) => h.toLowerCase() === host);
}

/** The hosts a request may legitimately come from, from its headers. */
export function ownHostsOf(headers: Headers, env: Record<string, string | undefined> = {}): string[] {
  const hosts: string[] = [];
  const host = headers.get("host");
  if (host) hosts.push(host);
  if (env.TRUST_PROXY === "1" || env.TRUST_PROXY === "true") {
    const fwd = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
    if (fwd) hosts.push(fwd);
  }
  if (env.AUTH_URL) {
    try {
      hosts.push(new URL(env.AUTH_URL).host);
    } catch {
      // an unparsable AUTH_URL names no host
    }
  }
  return hosts;
}

/** Does this content type say JSON? (`application/json`, with or without a charset.) */
export function isJsonContentType(value: string | null): boolean {
  return (value ?? "").split(";")[0]!.trim().toLowerCase() === "application/json";
}
