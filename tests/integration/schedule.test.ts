import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { getInterviewWithItemsForUser } from "@/db/queries/interviews";
import { listDueQuestionIdsByUser } from "@/db/queries/recall";
import {
  cancelScheduledInterviewForUser,
  getPlanInputsByUser,
  getScheduledInterviewForUser,
  listUpcomingInterviewsByUser,
  markMissedInterviewsByUser,
  rescheduleInterviewForUser,
  setTargetInterviewDateByUser,
} from "@/db/queries/schedule";
import { interviewItems, interviews, questions, recallStates } from "@/db/schema";
import { MISSED_GRACE_MS } from "@/lib/booking/schedule";
import { scheduleInterview, startScheduledInterview } from "@/server/interviews/schedule-interview";
import { createTestUser, dbKind } from "./helpers";

const now = new Date("2026-11-29T10:00:00Z");
const tomorrow = { date: "2026-11-30", time: "09:00", timeZone: "Europe/Paris", preset: "quick-concepts" };

describe(`scheduling on ${dbKind()}`, () => {
  it("books an interview in the person's zone with its questions drawn but its clocks stopped", async () => {
    const user = await createTestUser();
    const iv = await scheduleInterview({ userId: user.id, request: tomorrow, now });
    expect(iv.status).toBe("scheduled");
    expect(iv.scheduledFor?.toISOString()).toBe("2026-11-30T08:00:00.000Z");
    expect(iv.timeZone).toBe("Europe/Paris");
    expect(iv.startedAt).toBeNull();
    const db = await getDb();
    const items = await db.select().from(interviewItems).where(eq(interviewItems.interviewId, iv.id));
    expect(items.length).toBe(3);
    expect(items.every((i) => i.startedAt === null)).toBe(true);
    const upcoming = await listUpcomingInterviewsByUser({ userId: user.id, now });
    expect(upcoming.map((u) => u.id)).toEqual([iv.id]);
    expect(upcoming[0]).toMatchObject({ itemCount: 3, plannedMinutes: 15 });
  });

  it("refuses the past, an unknown zone and an unknown preset with a message", async () => {
    const user = await createTestUser();
    const fail = (input: object) => scheduleInterview({ userId: user.id, request: { ...tomorrow, ...input }, now });
    await expect(fail({ date: "2026-11-29", time: "08:00" })).rejects.toMatchObject({ code: "bad_request", message: expect.stringMatching(/already passed/) });
    await expect(fail({ timeZone: "Mars/Base" })).rejects.toMatchObject({ code: "bad_request", message: expect.stringMatching(/time zone/) });
    await expect(fail({ preset: "not-a-preset" })).rejects.toMatchObject({ code: "bad_request", message: expect.stringMatching(/no preset/) });
    await expect(fail({ date: "" })).rejects.toMatchObject({ code: "bad_request" });
  });

  it("marks missed after the grace window, and a missed one cannot start", async () => {
    const user = await createTestUser();
    const iv = await scheduleInterview({ userId: user.id, request: tomorrow, now });
    const at = iv.scheduledFor!;
    expect(await markMissedInterviewsByUser({ userId: user.id, now: new Date(at.getTime() + MISSED_GRACE_MS) })).toBe(0);
    const late = new Date(at.getTime() + MISSED_GRACE_MS + 1000);
    await expect(startScheduledInterview({ interviewId: iv.id, userId: user.id, now: late })).rejects.toMatchObject({ code: "conflict" });
    expect((await getScheduledInterviewForUser({ interviewId: iv.id, userId: user.id }))?.status).toBe("missed");
    expect(await listUpcomingInterviewsByUser({ userId: user.id, now: late })).toEqual([]);
  });

  it("starts early, reschedules and cancels", async () => {
    const user = await createTestUser();
    const a = await scheduleInterview({ userId: user.id, request: tomorrow, now });
    const started = await startScheduledInterview({ interviewId: a.id, userId: user.id, now });
    expect(started.status).toBe("active");
    expect(started.startedAt?.toISOString()).toBe(now.toISOString());
    const b = await scheduleInterview({ userId: user.id, request: tomorrow, now });
    const moved = await rescheduleInterviewForUser({ interviewId: b.id, userId: user.id, at: new Date("2026-12-05T15:00:00Z"), timeZone: "UTC", now });
    expect(moved.scheduledFor?.toISOString()).toBe("2026-12-05T15:00:00.000Z");
    await expect(rescheduleInterviewForUser({ interviewId: a.id, userId: user.id, at: new Date("2026-12-05T15:00:00Z"), timeZone: "UTC", now })).rejects.toMatchObject({ code: "conflict" });
    await cancelScheduledInterviewForUser({ interviewId: b.id, userId: user.id, now });
    const db = await getDb();
    expect(await db.select().from(interviews).where(eq(interviews.id, b.id))).toEqual([]);
  });

  it("someone else's scheduled interview is not found for every read and write", async () => {
    const owner = await createTestUser();
    const intruder = await createTestUser("Intruder");
    const iv = await scheduleInterview({ userId: owner.id, request: tomorrow, now });
    expect(await getScheduledInterviewForUser({ interviewId: iv.id, userId: intruder.id })).toBeUndefined();
    expect(await getInterviewWithItemsForUser({ interviewId: iv.id, userId: intruder.id, now })).toBeUndefined();
    await expect(startScheduledInterview({ interviewId: iv.id, userId: intruder.id, now })).rejects.toMatchObject({ code: "not_found" });
    await expect(rescheduleInterviewForUser({ interviewId: iv.id, userId: intruder.id, at: new Date("2026-12-05T15:00:00Z"), timeZone: "UTC", now })).rejects.toMatchObject({ code: "not_found" });
    await expect(cancelScheduledInterviewForUser({ interviewId: iv.id, userId: intruder.id, now })).rejects.toMatchObject({ code: "not_found" });
    expect(await listUpcomingInterviewsByUser({ userId: intruder.id, now })).toEqual([]);
    expect((await getScheduledInterviewForUser({ interviewId: iv.id, userId: owner.id }))?.status).toBe("scheduled");
  });

  it("keeps a target date for the study plan", async () => {
    const user = await createTestUser();
    await setTargetInterviewDateByUser({ userId: user.id, target: new Date("2026-12-10T09:00:00Z"), timeZone: "Europe/Paris" });
    expect(await getPlanInputsByUser({ userId: user.id, now })).toEqual({ target: new Date("2026-12-10T09:00:00Z"), timeZone: "Europe/Paris", dueNow: 0, dueBeforeTarget: 0, dueForReview: 0 });
  });

  it("counts what is due now and what falls due before the target, for this person only", async () => {
    const user = await createTestUser();
    const other = await createTestUser();
    const db = await getDb();
    const qs = await db.select({ id: questions.id }).from(questions).limit(6);
    const day = 24 * 3600_000;
    const state = (userId: string, questionId: string, due: Date) => ({ userId, questionId, due, stability: 1, difficulty: 5, elapsedDays: 0, scheduledDays: 1, reps: 1, lapses: 0, state: 2 });
    await db.insert(recallStates).values([
      state(user.id, qs[0]!.id, new Date(now.getTime() - day)), // due now
      state(user.id, qs[1]!.id, now), // due now (at this instant)
      state(user.id, qs[2]!.id, new Date(now.getTime() + 3 * day)), // before the target
      state(user.id, qs[5]!.id, new Date(now.getTime() + 5 * 60_000)), // in five minutes: within the learn-ahead window
      state(user.id, qs[3]!.id, new Date(now.getTime() + 30 * day)), // after it
      state(other.id, qs[4]!.id, new Date(now.getTime() - day)), // someone else's
    ]);
    expect(await getPlanInputsByUser({ userId: user.id, now })).toEqual({ target: null, timeZone: null, dueNow: 2, dueBeforeTarget: 0, dueForReview: 3 });
    // The same questions "Review due questions" would draw.
    expect((await getPlanInputsByUser({ userId: user.id, now })).dueForReview).toBe((await listDueQuestionIdsByUser({ userId: user.id, now })).length);
    await setTargetInterviewDateByUser({ userId: user.id, target: new Date(now.getTime() + 10 * day), timeZone: "UTC" });
    expect(await getPlanInputsByUser({ userId: user.id, now })).toMatchObject({ dueNow: 2, dueBeforeTarget: 2 });
    // A target that has passed counts nothing ahead of it.
    await setTargetInterviewDateByUser({ userId: user.id, target: new Date(now.getTime() - day), timeZone: "UTC" });
    expect(await getPlanInputsByUser({ userId: user.id, now })).toMatchObject({ dueNow: 2, dueBeforeTarget: 0 });
  });
});
