"use server";

import { redirect } from "next/navigation";
import { createInterview, getDrawHistoryByUser, listDrawCandidates } from "@/db/queries/interviews";
import { drawQuestions } from "@/lib/interview/draw";
import { configFromForm, interviewConfigSchema } from "@/lib/interview/config";
import { interviewTitle } from "@/lib/interview/title";
import { newSeed } from "@/lib/random";
import { asForm, fieldErrorsOf, type FormState } from "@/lib/http/form-state";
import { currentUser } from "@/server/auth/session";

export interface SetupState extends FormState {
  /** Set when fewer questions match than were asked for. */
  short?: { matched: number; asked: number };
}

export async function createInterviewAction(_prev: SetupState, input: FormData): Promise<SetupState> {
  const form = asForm(input);
  const user = await currentUser();
  if (!user) redirect("/sign-in?callbackUrl=/interviews/new");
  const { preset, raw } = configFromForm(form);
  const parsed = interviewConfigSchema.safeParse(raw);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), message: "Check the highlighted choices." };
  const config = parsed.data;
  const now = new Date();
  const seed = newSeed();
  const [bank, history] = await Promise.all([listDrawCandidates(), getDrawHistoryByUser(user.id, now)]);
  const draw = drawQuestions(bank, config, seed, now, history);
  if (draw.matched === 0) {
    return { message: "No question matches these filters. Choose more levels, types or topics." };
  }
  if (draw.short && form.get("acceptShort") !== "1") {
    return { short: { matched: draw.matched, asked: config.count } };
  }
  const presetMatches = preset && JSON.stringify(preset.config) === JSON.stringify(config);
  const interview = await createInterview({
    userId: user.id,
    title: interviewTitle(config, draw.ids.length, presetMatches ? preset.label : undefined),
    config: { ...config, count: draw.ids.length },
    seed,
    questionIds: draw.ids,
    now,
  });
  redirect(`/interviews/${interview.id}`);
}
