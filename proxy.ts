import NextAuth from "next-auth";
import { authConfig } from "@/lib/auth/config";

// The request gate: signed-in pages redirect to sign-in and back. No database here.
export const { auth: proxy } = NextAuth(authConfig);
export default proxy;

export const config = {
  matcher: ["/((?!_next/static|_next/image|excalidraw-assets|icon|favicon.ico).*)"],
};
