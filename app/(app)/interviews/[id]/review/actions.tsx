"use server";

import type { ReactNode } from "react";
import { z } from "zod";
import { getInterviewWithItemsForUser } from "@/db/queries/interviews";
import { AppError, notFound } from "@/lib/errors";
import type { FormState } from "@/lib/http/form-state";
import { authedAction } from "@/server/http/action";
import { renderReviewBodies } from "@/server/interviews/review-items";

export interface ReviewItemState extends FormState {
  /** The question's review, rendered on the server, as the page would have rendered it. */
  body?: ReactNode;
}

const fields = z.object({
  id: z.uuid({ error: "That interview was not found." }),
  itemId: z.uuid({ error: "That question was not found in this interview." }),
});

/**
 * One question of a review, for the page's frame of it (`ReviewItemSlot`) when the person scrolls near it: the
 * page renders the first question and the first unrated one, and the rest come from here, so a review of ten
 * does not render and send ten sample answers that may never be read.
 */
export const loadReviewItemAction = authedAction<typeof fields, ReviewItemState>({ schema: fields, signInReturn: "/history" }, async ({ user, input }) => {
  const now = new Date();
  const data = await getInterviewWithItemsForUser({ userId: user.id, interviewId: input.id, now });
  if (!data) throw notFound("interview");
  const item = data.items.find((it) => it.id === input.itemId);
  if (!item) throw notFound("item");
  if (data.interview.status !== "review" && data.interview.status !== "completed") throw new AppError("conflict", `This interview is ${data.interview.status}: there is nothing to review.`);
  const bodies = await renderReviewBodies({ userId: user.id, interview: data.interview, items: data.items, shown: [item], now });
  return { body: bodies.get(item.id) };
});
