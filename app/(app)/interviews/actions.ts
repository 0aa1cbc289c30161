"use server";

import { redirect } from "next/navigation";
import { configFromForm, interviewConfigSchema, presetOfForm } from "@/lib/interview/config";
import type { FormState } from "@/lib/http/form-state";
import { actionUser, authedAction } from "@/server/http/action";
import { z } from "zod";
import { createDueRecallInterview, createRedoInterview, drawAndCreateInterview } from "@/server/interviews/create-interview";

export interface SetupState extends FormState {
  /** Set when fewer questions match than were asked for. */
  short?: { matched: number; asked: number };
}

export const createInterviewAction = authedAction<typeof interviewConfigSchema, SetupState>(
  {
    schema: interviewConfigSchema,
    signInReturn: "/interviews/new",
    read: configFromForm,
    invalidMessage: "Check the highlighted choices.",
  },
  async ({ user, input: config, form }) => {
    const preset = presetOfForm(form);
    const presetMatches = preset && JSON.stringify(preset.config) === JSON.stringify(config);
    const drawn = await drawAndCreateInterview({
      userId: user.id,
      config,
      now: new Date(),
      presetLabel: presetMatches ? preset.label : undefined,
      acceptShort: form.get("acceptShort") === "1",
    });
    if (drawn.outcome === "none") return { message: "No question matches these filters. Choose more levels, types or topics." };
    if (drawn.outcome === "short") return { short: { matched: drawn.matched, asked: drawn.asked } };
    redirect(`/interviews/${drawn.interview.id}`);
  },
);

/** Start an interview of the questions due for recall; with none due, back to the dashboard. */
export async function startDueRecallAction(): Promise<void> {
  const user = await actionUser("/dashboard");
  const interview = await createDueRecallInterview({ userId: user.id, now: new Date() });
  redirect(interview ? `/interviews/${interview.id}` : "/dashboard");
}

/** Start a redo of one question the person marked (or rated Again or Hard); anything else goes back to the dashboard. */
export async function startRedoAction(form: FormData): Promise<void> {
  const user = await actionUser("/dashboard");
  const questionId = z.uuid().safeParse(form.get("questionId"));
  const interview = questionId.success ? await createRedoInterview({ userId: user.id, questionId: questionId.data, now: new Date() }) : undefined;
  redirect(interview ? `/interviews/${interview.id}` : "/dashboard");
}
