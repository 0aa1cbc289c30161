import "server-only";
import { and, asc, eq, gt, lte, sql } from "drizzle-orm";
import { getDb } from "../client";
import { interviewItems, interviews, questions, recallStates, users, type Interview } from "../schema";
import { AppError, notFound } from "@/lib/errors";
import { MISSED_GRACE_MS } from "@/lib/booking/schedule";
import { dueCutoff } from "@/lib/recall";

export interface UpcomingInterview {
  id: string;
  title: string;
  scheduledFor: Date;
  timeZone: string | null;
  itemCount: number;
  /** Minutes the interview is planned to take, for the invitation's end time. */
  plannedMinutes: number;
  timerMode: Interview["timerMode"];
}

/**
 * Close the start window of this person's scheduled interviews that were not
 * started within the grace: they become "missed". Run before anything reads
 * the schedule, so every view agrees without a background job.
 */
export async function markMissedInterviewsByUser({ userId, now, graceMs = MISSED_GRACE_MS }: { userId: string; now: Date; graceMs?: number }): Promise<number> {
  const db = await getDb();
  const cutoff = new Date(now.getTime() - graceMs);
  const rows = await db
    .update(interviews)
    .set({ status: "missed", updatedAt: now })
    .where(and(eq(interviews.userId, userId), eq(interviews.status, "scheduled"), sql`${interviews.scheduledFor} < ${cutoff.toISOString()}::timestamptz`))
    .returning({ id: interviews.id });
  return rows.length;
}

// Drizzle drops the table name from columns in a one-table select: qualify by hand inside subqueries.
const plannedMinutes = sql<number>`coalesce(
  case when "interviews"."timer_mode" = 'total' then "interviews"."total_seconds" / 60 end,
  (select sum(q.suggested_minutes)::int from ${interviewItems} ii join ${questions} q on q.id = ii.question_id where ii.interview_id = "interviews"."id"),
  30)`;

const upcomingColumns = {
  id: interviews.id,
  title: interviews.title,
  scheduledFor: interviews.scheduledFor,
  timeZone: interviews.timeZone,
  timerMode: interviews.timerMode,
  itemCount: sql<number>`(select count(*)::int from ${interviewItems} ii where ii.interview_id = "interviews"."id")`,
  plannedMinutes: plannedMinutes.mapWith(Number),
};

/** Scheduled interviews still to come (or still inside their start window), soonest first. */
export async function listUpcomingInterviewsByUser({ userId, now, limit = 20 }: { userId: string; now: Date; limit?: number }): Promise<UpcomingInterview[]> {
  await markMissedInterviewsByUser({ userId, now });
  const db = await getDb();
  const rows = await db
    .select(upcomingColumns)
    .from(interviews)
    .where(and(eq(interviews.userId, userId), eq(interviews.status, "scheduled")))
    .orderBy(asc(interviews.scheduledFor), asc(interviews.id))
    .limit(limit);
  return rows.map((r) => ({ ...r, scheduledFor: r.scheduledFor! }));
}

/** One scheduled interview of this person's (any status, so the .ics of a started one still downloads). */
export async function getScheduledInterviewForUser({ userId, interviewId }: { userId: string; interviewId: string }): Promise<(UpcomingInterview & { status: Interview["status"] }) | undefined> {
  const db = await getDb();
  const [row] = await db
    .select({ ...upcomingColumns, status: interviews.status })
    .from(interviews)
    .where(and(eq(interviews.id, interviewId), eq(interviews.userId, userId)))
    .limit(1);
  if (!row) return undefined;
  return { ...row, scheduledFor: row.scheduledFor ?? new Date(0) };
}

/** One of the person's interviews that is still scheduled (a missed one is closed first). */
async function findScheduled({ userId, interviewId, now }: { userId: string; interviewId: string; now: Date }) {
  await markMissedInterviewsByUser({ userId, now });
  const db = await getDb();
  const [row] = await db.select().from(interviews).where(and(eq(interviews.id, interviewId), eq(interviews.userId, userId))).limit(1);
  if (!row) throw notFound("interview");
  if (row.status !== "scheduled") throw new AppError("conflict", `This interview is ${row.status}, so its schedule can no longer change.`);
  return row;
}

/** Move a scheduled interview to a new time (already validated as future). */
export async function rescheduleInterviewForUser({
  userId,
  interviewId,
  at,
  timeZone,
  now,
}: {
  userId: string;
  interviewId: string;
  at: Date;
  timeZone: string;
  now: Date;
}): Promise<Interview> {
  await findScheduled({ userId, interviewId, now });
  const db = await getDb();
  const [row] = await db
    .update(interviews)
    .set({ scheduledFor: at, timeZone, updatedAt: now })
    .where(and(eq(interviews.id, interviewId), eq(interviews.userId, userId), eq(interviews.status, "scheduled")))
    .returning();
  if (!row) throw new AppError("conflict", "This interview changed meanwhile; reload and try again.");
  return row;
}

/** Cancel a scheduled interview: nothing was answered yet, so it is removed rather than kept as history. */
export async function cancelScheduledInterviewForUser({ userId, interviewId, now }: { userId: string; interviewId: string; now: Date }): Promise<void> {
  await findScheduled({ userId, interviewId, now });
  const db = await getDb();
  await db.delete(interviews).where(and(eq(interviews.id, interviewId), eq(interviews.userId, userId), eq(interviews.status, "scheduled")));
}

export interface PlanInputs {
  target: Date | null;
  timeZone: string | null;
  dueNow: number;
  dueBeforeTarget: number;
}

/**
 * What the study plan needs: the person's target date and how many reviews fall due before it; and, for the
 * dashboard's "N due for review", what is due within the learn-ahead window (`dueCutoff`, as the due review draws).
 */
export async function getPlanInputsByUser({ userId, now }: { userId: string; now: Date }): Promise<PlanInputs & { dueForReview: number }> {
  const db = await getDb();
  // One statement (it was two or three in turn): the person's target and zone, what is due now, and what falls due
  // between now and the target (none when there is no target or it has passed: the range is empty). Drizzle drops the
  // table name from a one-table select's columns, so the subqueries name it by hand.
  const at = now.toISOString();
  const [row] = await db
    .select({
      target: users.targetInterviewAt,
      timeZone: users.timeZone,
      dueNow: sql<number>`(select count(*)::int from ${recallStates} r where r.user_id = "users"."id" and r.due <= ${at}::timestamptz)`,
      dueForReview: sql<number>`(select count(*)::int from ${recallStates} r where r.user_id = "users"."id" and r.due <= ${dueCutoff(now).toISOString()}::timestamptz)`,
      dueBeforeTarget: sql<number>`(select count(*)::int from ${recallStates} r where r.user_id = "users"."id" and r.due > ${at}::timestamptz and r.due <= "users"."target_interview_at")`,
    })
    .from(users)
    .where(eq(users.id, userId));
  return { target: row?.target ?? null, timeZone: row?.timeZone ?? null, dueNow: row?.dueNow ?? 0, dueBeforeTarget: row?.dueBeforeTarget ?? 0, dueForReview: row?.dueForReview ?? 0 };
}

export async function setTargetInterviewDateByUser({ userId, target, timeZone }: { userId: string; target: Date | null; timeZone: string | null }): Promise<void> {
  const db = await getDb();
  await db
    .update(users)
    .set({ targetInterviewAt: target, ...(timeZone ? { timeZone } : {}) })
    .where(eq(users.id, userId));
}
