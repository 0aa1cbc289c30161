import "server-only";
import { redirect } from "next/navigation";
import { auth } from "@/server/auth/auth";

export interface SessionUser {
  id: string;
  email: string | null;
  name: string | null;
}

/** The signed-in user, or null. */
export async function currentUser(): Promise<SessionUser | null> {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  return { id, email: session.user?.email ?? null, name: session.user?.name ?? null };
}

/** For pages: the signed-in user, or a redirect to sign-in that comes back here. */
export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (user) return user;
  // The request gate (proxy.ts) already sends signed-out visitors to sign-in with
  // their way back; this is the belt to its braces.
  redirect("/sign-in");
}
