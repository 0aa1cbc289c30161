import "server-only";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getInterviewWithItemsForUser } from "@/db/queries/interviews";
import { requireUser } from "@/server/auth/session";

/** For pages: the signed-in user's interview (settled to now), or the 404 page. */
export async function loadInterviewPage(interviewId: string) {
  const user = await requireUser();
  if (!z.uuid().safeParse(interviewId).success) notFound();
  const data = await getInterviewWithItemsForUser({ userId: user.id, interviewId, now: new Date() });
  if (!data) notFound();
  return { user, ...data };
}
