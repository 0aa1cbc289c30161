import { z } from "zod";
import { KINDS, LEVELS, QUESTION_SOURCES, TIMER_MODES, TOPIC_SLUGS, type TimerMode } from "@/lib/taxonomy";

/** What a person chooses when setting up an interview; stored with it, validated at every boundary. */

export const FOCUS_MODES = ["any", "weak", "due"] as const;

export const MAX_QUESTIONS = 20;
export const MAX_TOTAL_MINUTES = 240;

export const interviewConfigSchema = z.object({
  levels: z
    .array(z.enum(LEVELS, { error: "Unknown level." }))
    .min(1, "Choose at least one level.")
    .transform((v) => [...new Set(v)]),
  kinds: z
    .array(z.enum(KINDS, { error: "Unknown question type." }))
    .min(1, "Choose at least one question type.")
    .transform((v) => [...new Set(v)]),
  /** Empty means every topic. */
  topics: z
    .array(z.enum(TOPIC_SLUGS as [string, ...string[]], { error: "Unknown topic." }))
    .default([])
    .transform((v) => [...new Set(v)]),
  count: z.coerce
    .number({ error: "Number of questions must be a number." })
    .int("Number of questions must be a whole number.")
    .min(1, "Ask for at least 1 question.")
    .max(MAX_QUESTIONS, `At most ${MAX_QUESTIONS} questions per interview.`),
  timerMode: z.enum(TIMER_MODES, { error: "Choose total, per question or untimed." }),
  /** Budget for the whole interview in total mode. */
  totalMinutes: z.coerce
    .number({ error: "Time budget must be a number of minutes." })
    .int("Time budget must be whole minutes.")
    .min(1, "The time budget must be at least 1 minute.")
    .max(MAX_TOTAL_MINUTES, `The time budget can be at most ${MAX_TOTAL_MINUTES} minutes.`)
    .default(45),
  focus: z.enum(FOCUS_MODES).default("any"),
  /** Whose questions are drawn: the built-in bank, only the person's own, or a mix. Older interviews have none: built-in. */
  source: z.enum(QUESTION_SOURCES, { error: "Choose built-in, only my questions or a mix." }).optional(),
});

export type InterviewConfig = z.output<typeof interviewConfigSchema>;

/** Every level and kind, any topic, five questions in 45 minutes: the base a preset or a test narrows. */
export const EVERY_QUESTION: InterviewConfig = {
  levels: [...LEVELS],
  kinds: [...KINDS],
  topics: [],
  count: 5,
  timerMode: "total",
  totalMinutes: 45,
  focus: "any",
};

export interface Preset {
  id: string;
  label: string;
  description: string;
  config: InterviewConfig;
}

export const PRESETS: Preset[] = [
  {
    id: "quick-concepts",
    label: "Quick 15-min concepts",
    description: "3 beginner or intermediate concept questions, 15 minutes in all.",
    config: {
      levels: ["beginner", "intermediate"],
      kinds: ["concept"],
      topics: [],
      count: 3,
      timerMode: "total",
      totalMinutes: 15,
      focus: "any",
    },
  },
  {
    id: "mixed-45",
    label: "45-min mixed",
    description: "5 intermediate and advanced questions of every type, 45 minutes.",
    config: {
      levels: ["intermediate", "advanced"],
      kinds: ["concept", "coding", "design"],
      topics: [],
      count: 5,
      timerMode: "total",
      totalMinutes: 45,
      focus: "any",
    },
  },
  {
    id: "system-design-45",
    label: "System design 45 min",
    description: "One design question with a canvas, 45 minutes.",
    config: {
      levels: ["intermediate", "advanced"],
      kinds: ["design"],
      topics: [],
      count: 1,
      timerMode: "total",
      totalMinutes: 45,
      focus: "any",
    },
  },
  {
    id: "weak-spots",
    label: "Focus on my weak spots",
    description: "5 questions drawn from due and weak topics, each on its own clock.",
    config: { ...EVERY_QUESTION, timerMode: "per_question", focus: "weak" },
  },
];

export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}

/** The preset a setup form was based on (its own fields win over the preset's). */
export function presetOfForm(form: FormData): Preset | undefined {
  const presetId = form.get("preset");
  return typeof presetId === "string" && presetId ? findPreset(presetId) : undefined;
}

/** Reads a setup form into the configuration schema's input: checkboxes as lists. */
export function configFromForm(form: FormData): Record<string, unknown> {
  const strings = (k: string) => form.getAll(k).filter((v): v is string => typeof v === "string");
  return {
    levels: strings("levels"),
    kinds: strings("kinds"),
    topics: strings("topics"),
    count: form.get("count") ?? undefined,
    timerMode: form.get("timerMode") ?? undefined,
    totalMinutes: form.get("totalMinutes") || undefined,
    focus: form.get("focus") || undefined,
    source: form.get("source") || undefined,
  };
}
