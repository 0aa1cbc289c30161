import { z } from "zod";
import { AppError } from "@/lib/errors";
import { findPreset, interviewConfigSchema, type InterviewConfig } from "@/lib/interview/config";
import { TOPIC_SLUGS } from "@/lib/taxonomy";
import { isValidTimeZone, zonedLocalToUtc } from "@/lib/zoned-time";

/** A scheduled interview not started this long after its time is marked missed. */
export const MISSED_GRACE_MS = 2 * 60 * 60_000;
/** How far ahead one can book: a year is plenty for interview practice. */
export const MAX_SCHEDULE_AHEAD_MS = 366 * 24 * 60 * 60_000;

/** True when a scheduled interview's start window has closed. */
export function isMissed(scheduledFor: Date, now: Date, graceMs = MISSED_GRACE_MS): boolean {
  return now.getTime() > scheduledFor.getTime() + graceMs;
}

export const scheduleWhenSchema = z.object({
  date: z.string({ error: "Choose a date." }).regex(/^\d{4}-\d{2}-\d{2}$/, "Choose a date (YYYY-MM-DD)."),
  time: z.string({ error: "Choose a time." }).regex(/^\d{2}:\d{2}$/, "Choose a time (HH:MM)."),
  timeZone: z
    .string({ error: "Choose a time zone." })
    .min(1, "Choose a time zone.")
    .max(64, "That time zone name is too long.")
    .refine(isValidTimeZone, { message: "That is not a time zone we know. Use an IANA name such as Europe/Paris." }),
});
export type ScheduleWhen = z.output<typeof scheduleWhenSchema>;

export const scheduleRequestSchema = scheduleWhenSchema.extend({
  preset: z.string().max(60).optional(),
  /** A full configuration; used when no preset is named. */
  config: z.unknown().optional(),
  /** Narrow a preset to one topic (the "practise this topic" path). */
  topic: z.enum(TOPIC_SLUGS as [string, ...string[]], { error: "Unknown topic." }).optional(),
});
export type ScheduleRequest = z.output<typeof scheduleRequestSchema>;

/** The UTC instant of a schedule request, refusing the past and the far future. */
export function resolveScheduledTime(when: ScheduleWhen, now: Date): Date {
  const at = zonedLocalToUtc(`${when.date}T${when.time}`, when.timeZone);
  if (at.getTime() <= now.getTime()) throw new AppError("bad_request", "That time has already passed. Choose a time in the future.", { field: "date" });
  if (at.getTime() - now.getTime() > MAX_SCHEDULE_AHEAD_MS) {
    throw new AppError("bad_request", "Schedule at most a year ahead.", { field: "date" });
  }
  return at;
}

/** The configuration a schedule request asks for: a named preset (optionally narrowed to a topic) or a full configuration. */
export function resolveScheduleConfig(req: Pick<ScheduleRequest, "preset" | "config" | "topic">): { config: InterviewConfig; presetLabel?: string } {
  if (req.preset) {
    const preset = findPreset(req.preset);
    if (!preset) throw new AppError("bad_request", `There is no preset called "${req.preset.slice(0, 60)}".`, { field: "preset" });
    if (req.topic) return { config: { ...preset.config, topics: [req.topic] } };
    return { config: preset.config, presetLabel: preset.label };
  }
  const parsed = interviewConfigSchema.safeParse(req.config);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError("bad_request", issue ? issue.message : "Choose a preset or a configuration.", { field: "preset" });
  }
  const config = req.topic ? { ...parsed.data, topics: [req.topic] } : parsed.data;
  return { config };
}

export interface StudyPlanInput {
  now: Date;
  target: Date;
  /** Reviews due now or earlier. */
  dueNow: number;
  /** Reviews that fall due after now and before the target. */
  dueBeforeTarget: number;
  /** Questions never attempted that one may still want to see once. */
  unseen?: number;
}

export interface StudyPlan {
  /** Whole days left, counting today; 0 once the target has passed. */
  daysLeft: number;
  totalReviews: number;
  perDay: number;
  status: "past" | "today" | "on-track";
}

const DAY_MS = 24 * 60 * 60_000;

/**
 * Reviews per day to clear everything due by the target: the total spread
 * evenly over the days left (today included), rounded up so the last day is
 * never heavier than the rest.
 */
export function studyPlan(input: StudyPlanInput): StudyPlan {
  const total = Math.max(0, input.dueNow) + Math.max(0, input.dueBeforeTarget) + Math.max(0, input.unseen ?? 0);
  const msLeft = input.target.getTime() - input.now.getTime();
  if (msLeft <= 0) return { daysLeft: 0, totalReviews: total, perDay: total, status: "past" };
  const daysLeft = Math.ceil(msLeft / DAY_MS);
  return { daysLeft, totalReviews: total, perDay: Math.ceil(total / daysLeft), status: daysLeft <= 1 ? "today" : "on-track" };
}

