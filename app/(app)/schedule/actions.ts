"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { cancelScheduledInterviewForUser, rescheduleInterviewForUser, setTargetInterviewDateByUser } from "@/db/queries/schedule";
import { resolveScheduledTime, scheduleWhenSchema } from "@/lib/booking/schedule";
import { AppError } from "@/lib/errors";
import { isValidTimeZone, zonedLocalToUtc } from "@/lib/zoned-time";
import { authedAction, formFields } from "@/server/http/action";
import { scheduleInterview, startScheduledInterview } from "@/server/interviews/schedule-interview";

const interviewId = z.uuid({ error: "That interview was not found." });

function refreshSchedule() {
  revalidatePath("/schedule");
  revalidatePath("/dashboard");
}

/** The schedule's own rules (scheduleInterview) validate the request, for the form and the JSON API alike. */
export const scheduleInterviewAction = authedAction(
  { schema: z.record(z.string(), z.string()), signInReturn: "/schedule", keep: ["date", "time", "timeZone", "preset", "topic"] },
  async ({ user, input }) => {
    const { date, time, timeZone, preset, topic } = input;
    await scheduleInterview({ userId: user.id, request: { date, time, timeZone, preset, topic }, now: new Date() });
    refreshSchedule();
    return { message: "Scheduled. It is in your upcoming list below." };
  },
);

export const rescheduleInterviewAction = authedAction(
  { schema: z.object({ id: interviewId }).extend(scheduleWhenSchema.shape), signInReturn: "/schedule" },
  async ({ user, input }) => {
    const now = new Date();
    await rescheduleInterviewForUser({ userId: user.id, interviewId: input.id, at: resolveScheduledTime(input, now), timeZone: input.timeZone, now });
    refreshSchedule();
    return { message: "Rescheduled." };
  },
);

export const cancelInterviewAction = authedAction({ schema: z.object({ id: interviewId }), signInReturn: "/schedule" }, async ({ user, input }) => {
  await cancelScheduledInterviewForUser({ userId: user.id, interviewId: input.id, now: new Date() });
  refreshSchedule();
  return { message: "Cancelled." };
});

export const startScheduledAction = authedAction({ schema: z.object({ id: interviewId }), signInReturn: "/schedule" }, async ({ user, input }) => {
  try {
    await startScheduledInterview({ userId: user.id, interviewId: input.id, now: new Date() });
  } catch (err) {
    revalidatePath("/schedule");
    throw err;
  }
  redirect(`/interviews/${input.id}`);
});

const targetDateError = (message: string) => new AppError("bad_request", message, { field: "targetDate" });

export const setTargetDateAction = authedAction(
  { schema: z.object({ clear: z.string().optional(), targetDate: z.string().optional(), timeZone: z.string().optional() }), signInReturn: "/schedule", read: formFields },
  async ({ user, input }) => {
    if (input.clear === "1") {
      await setTargetInterviewDateByUser({ userId: user.id, target: null, timeZone: null });
      refreshSchedule();
      return { message: "Target date cleared." };
    }
    const date = input.targetDate;
    const tz = input.timeZone ?? "UTC";
    if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw targetDateError("Choose the date of your real interview.");
    if (!isValidTimeZone(tz)) throw targetDateError("Your time zone is not one we know.");
    // The plan counts to the morning of the day, in the person's zone.
    const target = zonedLocalToUtc(`${date}T09:00`, tz);
    if (target.getTime() <= Date.now()) throw targetDateError("Choose a date in the future.");
    await setTargetInterviewDateByUser({ userId: user.id, target, timeZone: tz });
    refreshSchedule();
    return { message: "Saved. Your plan is below." };
  },
);
