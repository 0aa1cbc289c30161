"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { cancelScheduledInterviewForUser, rescheduleInterviewForUser, setTargetInterviewDateByUser } from "@/db/queries/schedule";
import { isAppError } from "@/lib/errors";
import { asForm, formValues, type FormState } from "@/lib/http/form-state";
import { resolveScheduledTime, scheduleWhenSchema } from "@/lib/booking/schedule";
import { currentUser } from "@/server/auth/session";
import { scheduleInterviewForUser, startScheduledForUser } from "@/server/interviews/schedule-interview";
import { isValidTimeZone, zonedLocalToUtc } from "@/lib/zoned-time";

const FIELDS = ["date", "time", "timeZone", "preset", "topic"];

async function signedIn() {
  const user = await currentUser();
  if (!user) redirect("/sign-in?callbackUrl=/schedule");
  return user;
}

/** An AppError becomes a message by the field it concerns; anything else is re-thrown (redirects, bugs). */
function failure(err: unknown, values?: Record<string, string>): FormState {
  if (!isAppError(err) || err.code === "internal") throw err;
  const field = typeof err.details?.field === "string" ? err.details.field : undefined;
  return { message: err.message, fieldErrors: field ? { [field]: err.message } : undefined, values };
}

const str = (form: FormData, k: string) => {
  const v = form.get(k);
  return typeof v === "string" && v !== "" ? v : undefined;
};

export async function scheduleInterviewAction(_prev: FormState, input: FormData): Promise<FormState> {
  const form = asForm(input);
  const user = await signedIn();
  const request = { date: str(form, "date"), time: str(form, "time"), timeZone: str(form, "timeZone"), preset: str(form, "preset"), topic: str(form, "topic") };
  try {
    await scheduleInterviewForUser(user.id, request, new Date());
  } catch (err) {
    return failure(err, formValues(form, FIELDS));
  }
  revalidatePath("/schedule");
  revalidatePath("/dashboard");
  return { message: "Scheduled. It is in your upcoming list below." };
}

const idSchema = z.uuid();

export async function rescheduleInterviewAction(_prev: FormState, input: FormData): Promise<FormState> {
  const form = asForm(input);
  const user = await signedIn();
  const id = idSchema.safeParse(form.get("id"));
  if (!id.success) return { message: "That interview was not found." };
  const when = scheduleWhenSchema.safeParse({ date: str(form, "date"), time: str(form, "time"), timeZone: str(form, "timeZone") });
  if (!when.success) {
    const issue = when.error.issues[0];
    return { message: issue?.message ?? "Check the new time.", fieldErrors: { [String(issue?.path[0] ?? "date")]: issue?.message ?? "" } };
  }
  try {
    const now = new Date();
    await rescheduleInterviewForUser(id.data, user.id, resolveScheduledTime(when.data, now), when.data.timeZone, now);
  } catch (err) {
    return failure(err);
  }
  revalidatePath("/schedule");
  revalidatePath("/dashboard");
  return { message: "Rescheduled." };
}

export async function cancelInterviewAction(_prev: FormState, input: FormData): Promise<FormState> {
  const form = asForm(input);
  const user = await signedIn();
  const id = idSchema.safeParse(form.get("id"));
  if (!id.success) return { message: "That interview was not found." };
  try {
    await cancelScheduledInterviewForUser(id.data, user.id, new Date());
  } catch (err) {
    return failure(err);
  }
  revalidatePath("/schedule");
  revalidatePath("/dashboard");
  return { message: "Cancelled." };
}

export async function startScheduledAction(_prev: FormState, input: FormData): Promise<FormState> {
  const form = asForm(input);
  const user = await signedIn();
  const id = idSchema.safeParse(form.get("id"));
  if (!id.success) return { message: "That interview was not found." };
  try {
    await startScheduledForUser(id.data, user.id, new Date());
  } catch (err) {
    revalidatePath("/schedule");
    return failure(err);
  }
  redirect(`/interviews/${id.data}`);
}

export async function setTargetDateAction(_prev: FormState, input: FormData): Promise<FormState> {
  const form = asForm(input);
  const user = await signedIn();
  if (form.get("clear") === "1") {
    await setTargetInterviewDateByUser(user.id, null, null);
    revalidatePath("/schedule");
    revalidatePath("/dashboard");
    return { message: "Target date cleared." };
  }
  const date = str(form, "targetDate");
  const tz = str(form, "timeZone") ?? "UTC";
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return { fieldErrors: { targetDate: "Choose the date of your real interview." }, message: "Choose the date of your real interview." };
  if (!isValidTimeZone(tz)) return { fieldErrors: { targetDate: "Your time zone is not one we know." }, message: "Your time zone is not one we know." };
  try {
    // The plan counts to the morning of the day, in the person's zone.
    const target = zonedLocalToUtc(`${date}T09:00`, tz);
    if (target.getTime() <= Date.now()) return { fieldErrors: { targetDate: "Choose a date in the future." }, message: "Choose a date in the future." };
    await setTargetInterviewDateByUser(user.id, target, tz);
  } catch (err) {
    return failure(err);
  }
  revalidatePath("/schedule");
  revalidatePath("/dashboard");
  return { message: "Saved. Your plan is below." };
}
