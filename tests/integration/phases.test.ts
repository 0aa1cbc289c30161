import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { finishInterviewForUser } from "@/db/queries/interview-transitions";
import { createInterview, getInterviewWithItemsForUser, listDrawCandidates } from "@/db/queries/interviews";
import { advancePhaseForUser, listDesignPhaseAttemptsByUser, listPhaseEventsOfItems } from "@/db/queries/phases";
import { designTimeInsight } from "@/lib/interview/phase-insights";
import { interviewItems, phaseEvents } from "@/db/schema";
import { drawQuestions } from "@/lib/interview/draw";
import { EVERY_QUESTION, type InterviewConfig } from "@/lib/interview/config";
import { phaseBudgets, phaseSpans } from "@/lib/interview/phases";
import { WRITE_GRACE_MS } from "@/lib/interview/timer";
import { createTestUser, dbKind } from "./helpers";

// The route handler runs for real; only the session-cookie lookup is replaced.
const session = vi.hoisted(() => ({ user: null as null | { id: string; email: string | null; name: string | null } }));
vi.mock("@/server/auth/token", () => ({ userIdFromRequest: async () => (session.user ? { ...session.user, generation: 0, sessionId: "integration-session-1" } : null) }));
const route = await import("@/app/api/interviews/[id]/items/[itemId]/phase/route");

const design: InterviewConfig = { ...EVERY_QUESTION, kinds: ["design"], count: 1, timerMode: "total", totalMinutes: 40 };

async function newInterview(userId: string, cfg = design, now = new Date()) {
  const draw = drawQuestions(await listDrawCandidates(), cfg, 11, now);
  const interview = await createInterview({ userId, title: "Phases", config: cfg, seed: 11, questionIds: draw.ids, now });
  const data = (await getInterviewWithItemsForUser({ interviewId: interview.id, userId, now }))!;
  return { interviewId: interview.id, itemId: data.items[0]!.id, deadline: data.interview.deadlineAt!, item: data.items[0]! };
}

function post(ids: { interviewId: string; itemId: string }, body: unknown) {
  const req = new Request(`http://localhost/api/interviews/${ids.interviewId}/items/${ids.itemId}/phase`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return route.POST(req, { params: Promise.resolve({ id: ids.interviewId, itemId: ids.itemId }) });
}

function get(ids: { interviewId: string; itemId: string }) {
  const req = new Request(`http://localhost/api/interviews/${ids.interviewId}/items/${ids.itemId}/phase`);
  return route.GET(req, { params: Promise.resolve({ id: ids.interviewId, itemId: ids.itemId }) });
}

async function signedIn(name = "Phases") {
  const user = await createTestUser(name);
  session.user = { id: user.id, email: user.email, name: null };
  return user;
}

describe(`design phases on ${dbKind()}`, () => {
  beforeEach(() => {
    session.user = null;
  });

  it("records each move on the server's clock, in order, and a reload reads the same phase", async () => {
    const user = await signedIn();
    const ids = await newInterview(user.id);
    const before = Date.now();
    const res = await post(ids, { phase: "entities" });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { phase: string; events: { phase: string; at: string }[]; serverNow: number };
    expect(body.phase).toBe("entities");
    const at = Date.parse(body.events[0]!.at);
    expect(at).toBeGreaterThanOrEqual(before);
    expect(at).toBeLessThanOrEqual(Date.now());
    expect((await post(ids, { phase: "api" })).status).toBe(200);
    // A second device (or a reload) asks the server and sees the same.
    const again = (await (await get(ids)).json()) as { phase: string; events: unknown[] };
    expect(again.phase).toBe("api");
    expect(again.events).toHaveLength(2);
  });

  it("refuses an unknown phase, a skipped or repeated one, and malformed bodies with 400", async () => {
    const user = await signedIn();
    const ids = await newInterview(user.id);
    for (const bad of [{ phase: "coffee" }, { phase: "api" }, { phase: "requirements" }, {}, { phase: "entities", extra: 1 }, "not json", { phase: ["entities"] }]) {
      const res = await post(ids, bad);
      expect(res.status, JSON.stringify(bad)).toBe(400);
      expect(((await res.json()) as { error: string }).error.length).toBeGreaterThan(5);
    }
    expect((await post(ids, { phase: "entities" })).status).toBe(200);
    const repeat = await post(ids, { phase: "entities" });
    expect(repeat.status).toBe(400);
    expect(((await repeat.json()) as { error: string }).error).toMatch(/already in Core entities/);
  });

  it("someone else's interview is not found; a signed-out request is refused", async () => {
    const owner = await signedIn("Owner");
    const ids = await newInterview(owner.id);
    await signedIn("Other");
    expect((await post(ids, { phase: "entities" })).status).toBe(404);
    expect((await get(ids)).status).toBe(404);
    session.user = null;
    expect((await post(ids, { phase: "entities" })).status).toBe(401);
  });

  it("a finished interview and a question past its deadline and grace refuse phase changes with 409", async () => {
    const user = await signedIn();
    const ids = await newInterview(user.id);
    await finishInterviewForUser({ interviewId: ids.interviewId, userId: user.id, now: new Date(Date.now() - 60_000) });
    expect((await post(ids, { phase: "entities" })).status).toBe(409);

    const late = await newInterview(user.id, design, new Date(Date.now() - 41 * 60_000));
    const db = await getDb();
    await expect(
      advancePhaseForUser({ userId: user.id, interviewId: late.interviewId, itemId: late.itemId, phase: "entities", now: new Date(late.deadline.getTime() + WRITE_GRACE_MS + 1) }),
    ).rejects.toMatchObject({ status: 409 });
    // Within the grace a move in flight is still taken.
    await advancePhaseForUser({ userId: user.id, interviewId: late.interviewId, itemId: late.itemId, phase: "entities", now: new Date(late.deadline.getTime() + 1000) });
    expect(await db.select().from(phaseEvents).where(eq(phaseEvents.itemId, late.itemId))).toHaveLength(1);
  });

  it("two devices pressing Next phase at once move on once", async () => {
    const user = await signedIn();
    const ids = await newInterview(user.id);
    const results = await Promise.all([post(ids, { phase: "entities" }), post(ids, { phase: "entities" }), post(ids, { phase: "entities" })]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 400, 400]);
    const events = (await listPhaseEventsOfItems({ itemIds: [ids.itemId] })).get(ids.itemId)!;
    expect(events.map((e) => e.phase)).toEqual(["entities"]);
  });

  it("stored stamps settle at the deadline", async () => {
    const user = await signedIn();
    const start = new Date(Date.now() - 50 * 60_000);
    const ids = await newInterview(user.id, design, start);
    const at = (m: number) => new Date(start.getTime() + m * 60_000);
    await advancePhaseForUser({ userId: user.id, interviewId: ids.interviewId, itemId: ids.itemId, phase: "entities", now: at(6) });
    await advancePhaseForUser({ userId: user.id, interviewId: ids.interviewId, itemId: ids.itemId, phase: "api", now: at(9) });
    const events = (await listPhaseEventsOfItems({ itemIds: [ids.itemId] })).get(ids.itemId)!;
    const spans = phaseSpans({ startedAt: ids.item.startedAt!, events, budgets: phaseBudgets(ids.item.question.suggestedMinutes, ids.item.question.phaseMinutes), now: new Date(), endAt: ids.deadline });
    expect(spans.map((s) => Math.round(s.usedMs / 60_000))).toEqual([6, 3, 31, 0, 0, 0]);
  });

  it("where design time goes: the last finished design answers, phase by phase, only the person's own", async () => {
    const user = await signedIn();
    const other = await createTestUser("Other");
    for (const [i, reqMinutes] of [13, 9].entries()) {
      const start = new Date(Date.now() - (3 - i) * 60 * 60_000);
      const ids = await newInterview(user.id, design, start);
      await advancePhaseForUser({ userId: user.id, interviewId: ids.interviewId, itemId: ids.itemId, phase: "entities", now: new Date(start.getTime() + reqMinutes * 60_000) });
      await advancePhaseForUser({ userId: user.id, interviewId: ids.interviewId, itemId: ids.itemId, phase: "api", now: new Date(start.getTime() + (reqMinutes + 2) * 60_000) });
      await finishInterviewForUser({ interviewId: ids.interviewId, userId: user.id, now: new Date(start.getTime() + 20 * 60_000) });
    }
    // An open interview and someone else's do not count.
    await newInterview(user.id);
    const theirs = await newInterview(other.id, design, new Date(Date.now() - 60 * 60_000));
    await finishInterviewForUser({ interviewId: theirs.interviewId, userId: other.id, now: new Date(Date.now() - 30 * 60_000) });

    const attempts = await listDesignPhaseAttemptsByUser({ userId: user.id, now: new Date() });
    expect(attempts).toHaveLength(2);
    const insight = designTimeInsight(attempts)!;
    expect(insight.mostOverrun?.phase).toBe("requirements");
    const req = insight.rows.find((r) => r.phase === "requirements")!;
    expect(Math.round(req.usedMs / 60_000)).toBe(11);
    expect(await listDesignPhaseAttemptsByUser({ userId: user.id, now: new Date(), limit: 1 })).toHaveLength(1);
  });
});

describe(`redo on ${dbKind()}`, () => {
  it("Again/Hard or 'Redo this' offers a redo; the redo links to the previous attempt; a Good redo clears it", async () => {
    const { listRedosByUser, setRedoWantedForUser, getPreviousAttemptsForUser } = await import("@/db/queries/redo");
    const { createRedoInterview } = await import("@/server/interviews/create-interview");
    const user = await createTestUser("Redo");
    const other = await createTestUser("Other");
    const db = await getDb();
    const first = await newInterview(user.id, design, new Date(Date.now() - 3 * 60 * 60_000));
    // While it runs, "Redo this" is refused.
    await expect(setRedoWantedForUser({ userId: user.id, interviewId: first.interviewId, itemId: first.itemId, wanted: true, now: new Date() })).rejects.toMatchObject({ status: 409 });
    await finishInterviewForUser({ interviewId: first.interviewId, userId: user.id, now: new Date(Date.now() - 2.5 * 60 * 60_000) });
    expect(await listRedosByUser({ userId: user.id })).toEqual([]);
    await expect(setRedoWantedForUser({ userId: other.id, interviewId: first.interviewId, itemId: first.itemId, wanted: true, now: new Date() })).rejects.toMatchObject({ status: 404 });
    await setRedoWantedForUser({ userId: user.id, interviewId: first.interviewId, itemId: first.itemId, wanted: true, now: new Date() });
    const offered = await listRedosByUser({ userId: user.id });
    expect(offered.map((r) => r.itemId)).toEqual([first.itemId]);
    expect(await listRedosByUser({ userId: other.id })).toEqual([]);
    // Someone else cannot start a redo of it.
    expect(await createRedoInterview({ userId: other.id, questionId: first.item.questionId, now: new Date() })).toBeUndefined();

    const redo = (await createRedoInterview({ userId: user.id, questionId: first.item.questionId, now: new Date() }))!;
    expect(redo.title).toMatch(/^Redo: /);
    const redoItem = (await getInterviewWithItemsForUser({ userId: user.id, interviewId: redo.id, now: new Date() }))!.items[0]!;
    // Under way, it is no longer offered; finished and rated Good, it stays off the list.
    expect(await listRedosByUser({ userId: user.id })).toEqual([]);
    await finishInterviewForUser({ interviewId: redo.id, userId: user.id, now: new Date() });
    await db.update(interviewItems).set({ rating: 3 }).where(eq(interviewItems.id, redoItem.id));
    expect(await listRedosByUser({ userId: user.id })).toEqual([]);
    const previous = await getPreviousAttemptsForUser({ userId: user.id, interviewId: redo.id });
    expect(previous.get(redoItem.id)).toMatchObject({ itemId: first.itemId, interviewId: first.interviewId, position: 0, submittedAt: expect.any(Date) });
    expect((await getPreviousAttemptsForUser({ userId: other.id, interviewId: redo.id })).size).toBe(0);
    // Rated Hard, it comes back.
    await db.update(interviewItems).set({ rating: 2 }).where(eq(interviewItems.id, redoItem.id));
    expect((await listRedosByUser({ userId: user.id })).map((r) => r.itemId)).toEqual([redoItem.id]);
  });
});

describe(`previous attempts on ${dbKind()}`, () => {
  it("each item is compared with the latest submitted attempt before it, in a finished interview of the same person", async () => {
    const { getPreviousAttemptsForUser } = await import("@/db/queries/redo");
    const user = await createTestUser("Attempts");
    const other = await createTestUser("Someone else");
    const questionId = (await listDrawCandidates()).find((q) => q.kind === "concept")!.id;
    const at = (hoursAgo: number) => new Date(Date.now() - hoursAgo * 60 * 60_000);
    const sit = async (userId: string, hoursAgo: number, finish: boolean) => {
      const iv = await createInterview({ userId, title: "Attempt", config: { ...EVERY_QUESTION, count: 1 }, seed: 1, questionIds: [questionId], now: at(hoursAgo) });
      const item = (await getInterviewWithItemsForUser({ userId, interviewId: iv.id, now: at(hoursAgo) }))!.items[0]!;
      if (finish) await finishInterviewForUser({ userId, interviewId: iv.id, now: at(hoursAgo - 0.25) });
      return { interviewId: iv.id, itemId: item.id };
    };
    const first = await sit(user.id, 5, true);
    const second = await sit(user.id, 4, true);
    await sit(other.id, 3.5, true); // someone else's, later: never theirs to compare with
    await sit(user.id, 3, false); // still open (abandoned mid-way): not an attempt to compare with
    const third = await sit(user.id, 2, true);
    const of = async (x: { interviewId: string; itemId: string }) => (await getPreviousAttemptsForUser({ userId: user.id, interviewId: x.interviewId })).get(x.itemId);
    expect(await of(first)).toBeUndefined();
    expect(await of(second)).toMatchObject({ interviewId: first.interviewId, itemId: first.itemId });
    expect(await of(third)).toMatchObject({ interviewId: second.interviewId, itemId: second.itemId, position: 0 });
    // Another person asking about this person's interview gets nothing.
    expect((await getPreviousAttemptsForUser({ userId: other.id, interviewId: third.interviewId })).size).toBe(0);
  });
});
