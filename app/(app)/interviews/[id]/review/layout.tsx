import { notFound } from "next/navigation";
import { z } from "zod";
import { getInterviewByIdForUser } from "@/db/queries/interviews";
import { requireUser } from "@/lib/server/session";

/**
 * The review page streams behind a loading state, and once streaming has begun
 * a missing interview can no longer change the response's status. Checking
 * ownership here, above the loading boundary, makes someone else's interview
 * (or a malformed id) an honest 404, like every other page.
 */
export default async function ReviewLayout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser();
  if (!z.uuid().safeParse(id).success || !(await getInterviewByIdForUser(id, user.id))) notFound();
  return children;
}
