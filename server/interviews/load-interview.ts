import "server-only";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getInterviewWithItemsForUser, getLiveInterviewForUser } from "@/db/queries/interviews";
import { requireUser } from "@/server/auth/session";

async function loadPage<T>(interviewId: string, load: (input: { userId: string; interviewId: string; now: Date }) => Promise<T | undefined>) {
  const user = await requireUser();
  if (!z.uuid().safeParse(interviewId).success) notFound();
  const data = await load({ userId: user.id, interviewId, now: new Date() });
  if (!data) notFound();
  return { user, ...data };
}

/** For pages: the signed-in user's interview (settled to now), or the 404 page. */
export function loadInterviewPage(interviewId: string) {
  return loadPage(interviewId, getInterviewWithItemsForUser);
}

/** For the live room: the same, each question without its answer key. */
export function loadLiveInterviewPage(interviewId: string) {
  return loadPage(interviewId, getLiveInterviewForUser);
}
