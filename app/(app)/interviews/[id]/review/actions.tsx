"use server";

import type { ReactNode } from "react";
import { z } from "zod";
import { getReviewItemsForUser } from "@/db/queries/interviews";
import { MAX_QUESTIONS } from "@/lib/interview/config";
import { AppError, notFound } from "@/lib/errors";
import type { FormState } from "@/lib/http/form-state";
import { authedAction } from "@/server/http/action";
import { renderReviewBodies } from "@/server/interviews/review-items";

export interface ReviewItemsState extends FormState {
  /** Each asked question's review, by item id, rendered on the server as the page would have rendered it. */
  bodies?: Record<string, ReactNode>;
}

const fields = z.object({
  id: z.uuid({ error: "That interview was not found." }),
  itemId: z
    .array(z.uuid({ error: "That question was not found in this interview." }), { error: "Name the questions to load." })
    .min(1, "Name the questions to load.")
    .max(MAX_QUESTIONS, `At most ${MAX_QUESTIONS} questions at a time.`),
});

/** The form as the schema reads it: the interview's id, and every `itemId` field (a list). */
function readForm(form: FormData) {
  const id = form.get("id");
  return { id: typeof id === "string" && id !== "" ? id : undefined, itemId: form.getAll("itemId").filter((v) => typeof v === "string") };
}

/**
 * The later questions of a review, for the page's frames of them (`ReviewItemSlot`): the page renders the first
 * question, and the rest come from here in one call, when the person scrolls towards them (or at once, when the
 * first unrated question is among them). So a review is not rendered and sent whole up front, nor again by the
 * refresh after each rating.
 */
export const loadReviewItemsAction = authedAction<typeof fields, ReviewItemsState>(
  { schema: fields, signInReturn: "/history", read: readForm },
  async ({ user, input }) => {
    const data = await getReviewItemsForUser({ userId: user.id, interviewId: input.id, itemIds: input.itemId });
    if (!data) throw notFound("interview");
    const { interview, clocks, items } = data;
    if (items.length !== new Set(input.itemId).size) throw notFound("item");
    if (interview.status !== "review" && interview.status !== "completed") throw new AppError("conflict", `This interview is ${interview.status}: there is nothing to review.`);
    const bodies = await renderReviewBodies({ userId: user.id, interview, clocks, shown: items, now: new Date() });
    return { bodies: Object.fromEntries(bodies) };
  },
);
