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
  if (isPublicPath(pathname)) return NextResponse.next();
  if (await userIdFromRequest(req)) return NextResponse.next();
  if (pathname.startsWith("/api/")) {
    return NextResponse.json({ error: "Sign in to continue." }, { status: 401 });
  }
  const url = new URL("/sign-in", req.url);
  url.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(url);
}

export default proxy;

export const config = {
  matcher: ["/((?!api/|_next/static|_next/image|excalidraw-assets|icon|favicon.ico).*)"],
};
