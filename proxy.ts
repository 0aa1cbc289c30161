import { NextResponse, type NextRequest } from "next/server";
import { isPublicPath } from "@/lib/auth/config";
import { userIdFromRequest } from "@/lib/auth/token";

/**
 * The request gate: signed-out visitors go to sign-in and come back after.
 * It only reads the session cookie — never re-issues it — so a prefetch in
 * flight during sign-out cannot put the session back. No database here.
 */
export async function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  // A path that is not valid percent-encoding names nothing; the router would fail on it with a bare 500.
  if (!decodablePath(pathname)) {
    return pathname.startsWith("/api/")
      ? NextResponse.json({ error: "That address is malformed, so it names nothing here. Check the link." }, { status: 404 })
      : new NextResponse("That address is malformed, so it names nothing here. Check the link.", { status: 404 });
  }
  if (isPublicPath(pathname)) return NextResponse.next();
  if (await userIdFromRequest(req)) return NextResponse.next();
  if (pathname.startsWith("/api/")) {
    return NextResponse.json({ error: "Sign in to continue." }, { status: 401 });
  }
  const url = new URL("/sign-in", req.url);
  url.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(url);
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
  matcher: ["/((?!_next/static|_next/image|excalidraw-assets|icon|favicon.ico).*)"],
};
