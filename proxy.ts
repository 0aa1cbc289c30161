import { NextResponse, type NextRequest } from "next/server";
import { isPublicPath } from "@/server/auth/config";
import { userIdFromRequest } from "@/server/auth/token";
import { isHttps, newNonce, securityHeaders } from "@/lib/http/security-headers";
import { CROSS_ORIGIN_MESSAGE, isCrossOrigin, ownHostsOf } from "@/lib/http/same-origin";

/**
 * The request gate: signed-out visitors go to sign-in and come back after.
 * It only reads the session cookie — never re-issues it — so a prefetch in
 * flight during sign-out cannot put the session back. No database here.
 *
 * It also stamps every response it passes with the security headers, and
 * hands the page renderer this request's CSP: Next.js reads the nonce from the
 * request's `Content-Security-Policy` header and puts it on its own scripts;
 * the root layout reads `x-nonce` for the theme script.
 */
export async function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  // A path that is not valid percent-encoding names nothing; the router would fail on it with a bare 500.
  // (scripts/serve.mjs answers these before Next.js in production; this covers `next dev`.)
  if (!decodablePath(pathname)) {
    return pathname.startsWith("/api/")
      ? NextResponse.json({ error: "That address is malformed, so it names nothing here. Check the link." }, { status: 404 })
      : new NextResponse("That address is malformed, so it names nothing here. Check the link.", { status: 404 });
  }
  const nonce = newNonce();
  const headers = securityHeaders(pathname, { nonce, dev: process.env.NODE_ENV === "development", https: isHttps(req.url, req.headers) });
  // Next.js keeps the first value set for a header: these win over a route's own.
  const stamp = (res: NextResponse) => {
    for (const [name, value] of Object.entries(headers)) res.headers.set(name, value);
    return res;
  };

  // A form post (server action) or an Auth.js post from another origin, even another port of this host:
  // refused here with a 403 — Next.js's own action check would answer 500, and Auth.js's sign-out none.
  if (isCrossOrigin({ method: req.method, origin: req.headers.get("origin"), secFetchSite: req.headers.get("sec-fetch-site"), ownHosts: ownHostsOf(req.headers, process.env) })) {
    return stamp(NextResponse.json({ error: CROSS_ORIGIN_MESSAGE, code: "forbidden" }, { status: 403 }));
  }

  if (isPublicPath(pathname) || (await userIdFromRequest(req))) {
    const forwarded = new Headers(req.headers);
    forwarded.set("x-nonce", nonce);
    forwarded.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
    return stamp(NextResponse.next({ request: { headers: forwarded } }));
  }
  // The JSON API never gets here (see the matcher) but for Auth.js's own, public, endpoints: a private
  // route handler answers a signed-out caller with 401 itself (authedRoute).
  const url = new URL("/sign-in", req.url);
  url.searchParams.set("callbackUrl", `${pathname}${search}`);
  return stamp(NextResponse.redirect(url));
}

function decodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export default proxy;

export const config = {
  // Not the JSON API (except Auth.js's own pages): route handlers authenticate themselves (authedRoute) and get
  // their headers from next.config.ts. Not static files either.
  matcher: ["/((?!api/(?!auth/|auth$)|_next/static|_next/image|excalidraw-assets|icon|favicon.ico).*)"],
};
