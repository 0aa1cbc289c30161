import "server-only";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getInterviewWithItemsForUser } from "@/db/queries/interviews";
import { requireUser } from "@/server/auth/session";

/** For pages: the signed-in user's interview (settled to now), or the 404 page. */
export async function loadInterviewPage(id: string) {
  const user = await requireUser();
  if (!z.uuid().safeParse(id).success) notFound();
  const data = await getInterviewWithItemsForUser(id, user.id, new Date());
  if (!data) notFound();
  return { user, ...data };
}
