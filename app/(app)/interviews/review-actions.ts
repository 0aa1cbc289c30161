"use server";

import { redirect } from "next/navigation";
import { createInterview } from "@/db/queries/interviews";
import { listDueQuestionIdsByUser } from "@/db/queries/reviews";
import type { InterviewConfig } from "@/lib/interview/config";
import { newSeed } from "@/lib/random";
import { currentUser } from "@/server/auth/session";

/** Start an interview of the questions due for review, each on its own clock (most overdue first). */
export async function startDueReviewAction(): Promise<void> {
  const user = await currentUser();
  if (!user) redirect("/sign-in?callbackUrl=/dashboard");
  const now = new Date();
  const ids = await listDueQuestionIdsByUser(user.id, now);
  if (ids.length === 0) redirect("/dashboard");
  const config: InterviewConfig = {
    levels: ["beginner", "intermediate", "advanced"],
    kinds: ["concept", "coding", "design"],
    topics: [],
    count: ids.length,
    timerMode: "per_question",
    totalMinutes: 45,
    focus: "due",
  };
  const interview = await createInterview({
    userId: user.id,
    title: `Review of ${ids.length} due question${ids.length === 1 ? "" : "s"}`,
    config,
    seed: newSeed(),
    questionIds: ids,
    now,
  });
  redirect(`/interviews/${interview.id}`);
}
