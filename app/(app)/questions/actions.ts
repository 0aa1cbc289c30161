"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { deleteOwnQuestionForUser, saveOwnQuestionForUser } from "@/db/queries/own-questions";
import { toQuestionRow } from "@/db/question-row";
import { AppError } from "@/lib/errors";
import { checkDraft, questionDraftSchema, referenceSceneOf } from "@/lib/question-file/draft";
import { authedAction } from "@/server/http/action";

const slugParam = z.string().regex(/^[a-z0-9-]{1,120}$/);

const saveSchema = z.object({
  /** The slug the question had; absent for a new one. */
  originalSlug: slugParam.optional(),
  draft: questionDraftSchema,
});

/** The editor sends its draft as JSON in one field (rich text does not fit form fields). */
function readDraftForm(form: FormData): unknown {
  const raw = form.get("draft");
  let draft: unknown = undefined;
  if (typeof raw === "string" && raw.length <= 2_000_000) {
    try {
      draft = JSON.parse(raw);
    } catch {
      draft = undefined;
    }
  }
  const original = form.get("originalSlug");
  return { draft, originalSlug: typeof original === "string" && original ? original : undefined };
}

export interface QuestionFormState {
  message?: string;
  /** Every rule the draft breaks, as the question file format names them. */
  problems?: string[];
  fieldErrors?: Record<string, string>;
}

export const saveQuestionAction = authedAction<typeof saveSchema, QuestionFormState>(
  { schema: saveSchema, signInReturn: "/questions/new", read: readDraftForm, invalidMessage: "The question could not be read; reload the page and try again." },
  async ({ user, input }) => {
    const checked = checkDraft(input.draft);
    if (!checked.ok) return { message: `Fix ${checked.errors.length === 1 ? "this problem" : `these ${checked.errors.length} problems`} to save.`, problems: checked.errors.map((e) => e.message) };
    const { ownerId: _ownerId, ...fromFile } = toQuestionRow(checked.question, { ownerId: user.id });
    // The diagram drawn in the editor (files describe theirs in boxes and arrows; a written question draws it).
    const row = { ...fromFile, referenceScene: referenceSceneOf(input.draft) };
    const saved = await saveOwnQuestionForUser({ userId: user.id, slug: input.originalSlug, row, now: new Date() });
    revalidatePath("/questions");
    redirect(`/questions/${saved.slug}?saved=1`);
  },
);

export const deleteQuestionAction = authedAction(
  { schema: z.object({ slug: slugParam }), signInReturn: "/questions" },
  async ({ user, input }) => {
    const outcome = await deleteOwnQuestionForUser({ userId: user.id, slug: input.slug, now: new Date() });
    if (!outcome) throw new AppError("not_found", "That question was not found.");
    revalidatePath("/questions");
    redirect(`/questions?source=mine&${outcome}=1`);
  },
);
