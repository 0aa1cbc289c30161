import "server-only";
import { createInterview, getDrawHistoryByUser, listDrawCandidates } from "@/db/queries/interviews";
import { listDueQuestionIdsByUser } from "@/db/queries/recall";
import { listRedosByUser } from "@/db/queries/redo";
import type { Interview } from "@/db/schema";
import { drawQuestions } from "@/lib/interview/draw";
import { EVERY_QUESTION, type InterviewConfig } from "@/lib/interview/config";
import { interviewTitle } from "@/lib/interview/title";
import { newSeed } from "@/lib/random";

export type DrawnInterview =
  | { outcome: "created"; interview: Interview }
  /** Nothing in the bank matches the configuration. */
  | { outcome: "none" }
  /** Fewer questions match than were asked for, and the caller did not accept that. */
  | { outcome: "short"; matched: number; asked: number };

export interface DrawInterviewInput {
  userId: string;
  config: InterviewConfig;
  now: Date;
  /** The preset's name, when the configuration is exactly a preset's. */
  presetLabel?: string;
  /** Create it even when fewer questions match than were asked for. */
  acceptShort?: boolean;
  /** Book it for later instead of starting its clock now. */
  scheduledFor?: Date;
  timeZone?: string;
}

/**
 * The one way an interview is set up from a configuration: draw its questions
 * once, from a fresh seed and the person's history, and store the draw (its
 * clock starts now, or it waits for its scheduled time). Used by the setup
 * form, the schedule (form and API).
 */
export async function drawAndCreateInterview(input: DrawInterviewInput): Promise<DrawnInterview> {
  const { userId, config, now } = input;
  const seed = newSeed();
  const [bank, history] = await Promise.all([listDrawCandidates({ userId, source: config.source ?? "built-in" }), getDrawHistoryByUser({ userId, now })]);
  const draw = drawQuestions(bank, config, seed, now, history);
  if (draw.matched === 0) return { outcome: "none" };
  if (draw.short && !input.acceptShort) return { outcome: "short", matched: draw.matched, asked: config.count };
  const interview = await createInterview({
    userId,
    title: interviewTitle(config, draw.ids.length, input.presetLabel),
    config: { ...config, count: draw.ids.length },
    seed,
    questionIds: draw.ids,
    now,
    scheduledFor: input.scheduledFor ?? null,
    timeZone: input.timeZone ?? null,
  });
  return { outcome: "created", interview };
}

/** An interview of the questions due for recall, each on its own clock (most overdue first); undefined when none is due. */
export async function createDueRecallInterview({ userId, now }: { userId: string; now: Date }): Promise<Interview | undefined> {
  const ids = await listDueQuestionIdsByUser({ userId, now });
  if (ids.length === 0) return undefined;
  const config: InterviewConfig = { ...EVERY_QUESTION, count: ids.length, timerMode: "per_question", focus: "due" };
  return createInterview({
    userId,
    title: `Review of ${ids.length} due question${ids.length === 1 ? "" : "s"}`,
    config,
    seed: newSeed(),
    questionIds: ids,
    now,
  });
}

/**
 * A redo: one question again, on its own suggested clock, titled as a redo so
 * its review knows to set the previous attempt beside it. Undefined when the
 * question does not exist or has never been attempted by this person.
 */
export async function createRedoInterview({ userId, questionId, now }: { userId: string; questionId: string; now: Date }): Promise<Interview | undefined> {
  const redo = (await listRedosByUser({ userId, limit: 1000 })).find((r) => r.questionId === questionId);
  if (!redo) return undefined;
  const config: InterviewConfig = { ...EVERY_QUESTION, count: 1, timerMode: "per_question", focus: "weak" };
  return createInterview({ userId, title: `Redo: ${redo.title}`, config, seed: newSeed(), questionIds: [questionId], now });
}
