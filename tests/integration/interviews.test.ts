import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { saveAnswerForUser, setAnswerLanguageForUser } from "@/db/queries/answers";
import { getPreferredLanguageByUser } from "@/db/queries/users";
import { finishInterviewForUser, submitItemForUser } from "@/db/queries/interview-transitions";
import { createInterview, getInterviewWithItemsForUser, getLiveInterviewForUser, listDrawCandidates } from "@/db/queries/interviews";
import { interviewItems, interviews } from "@/db/schema";
import { drawQuestions } from "@/lib/interview/draw";
import { EVERY_QUESTION, type InterviewConfig } from "@/lib/interview/config";
import { markdownToDoc } from "@/lib/rich-text/markdown";
import { createTestUser, dbKind } from "./helpers";

const config = (over: Partial<InterviewConfig> = {}): InterviewConfig => ({
  ...EVERY_QUESTION,
  count: 3,
  totalMinutes: 30,
  ...over,
});

async function newInterview(userId: string, cfg = config(), now = new Date()) {
  const bank = await listDrawCandidates();
  const draw = drawQuestions(bank, cfg, 1234, now);
  const interview = await createInterview({ userId, title: "Test", config: cfg, seed: 1234, questionIds: draw.ids, now });
  const data = await getInterviewWithItemsForUser({ interviewId: interview.id, userId, now });
  return data!;
}

const doc = (text: string) => markdownToDoc(text);

describe(`answers on ${dbKind()}`, () => {
  it("stores the draw in order and starts the clock", async () => {
    const user = await createTestUser();
    const now = new Date();
    const { interview, items } = await newInterview(user.id, config(), now);
    expect(interview.status).toBe("active");
    expect(interview.deadlineAt?.getTime()).toBe(now.getTime() + 30 * 60_000);
    expect(items.map((i) => i.position)).toEqual([0, 1, 2]);
    expect(new Set(items.map((i) => i.questionId)).size).toBe(3);
  });

  it("concurrent and out-of-order saves keep the highest revision", async () => {
    const user = await createTestUser();
    const { interview, items } = await newInterview(user.id);
    const item = items[0]!;
    const revisions = Array.from({ length: 30 }, (_, i) => i + 1).sort(() => Math.random() - 0.5);
    const results = await Promise.all(
      revisions.map((r) =>
        saveAnswerForUser({ userId: user.id, interviewId: interview.id, itemId: item.id, revision: r, doc: doc(`rev ${r}`), text: `rev ${r}`, now: new Date() }),
      ),
    );
    expect(results.some((r) => !r.stale)).toBe(true);
    const db = await getDb();
    const [row] = await db.select().from(interviewItems).where(eq(interviewItems.id, item.id));
    expect(row!.answerRevision).toBe(30);
    expect(row!.answerText).toBe("rev 30");
    // An old save arriving late changes nothing and says the stored revision.
    const late = await saveAnswerForUser({ userId: user.id, interviewId: interview.id, itemId: item.id, revision: 3, doc: doc("old"), text: "old", now: new Date() });
    expect(late).toMatchObject({ stale: true, revision: 30 });
    // Repeating the newest save is harmless.
    const again = await saveAnswerForUser({ userId: user.id, interviewId: interview.id, itemId: item.id, revision: 30, doc: doc("rev 30"), text: "rev 30", now: new Date() });
    expect(again).toMatchObject({ stale: true, revision: 30 });
  });

  it("refuses a write after the deadline plus grace and keeps what was saved", async () => {
    const user = await createTestUser();
    const start = new Date(Date.now() - 31 * 60_000);
    const { interview, items } = await newInterview(user.id, config(), start);
    const item = items[0]!;
    const deadline = interview.deadlineAt!;
    await saveAnswerForUser({ userId: user.id, interviewId: interview.id, itemId: item.id, revision: 1, doc: doc("in time"), text: "in time", now: new Date(deadline.getTime() - 1000) });
    // Within the grace: accepted.
    await saveAnswerForUser({ userId: user.id, interviewId: interview.id, itemId: item.id, revision: 2, doc: doc("in grace"), text: "in grace", now: new Date(deadline.getTime() + 3000) });
    await expect(
      saveAnswerForUser({ userId: user.id, interviewId: interview.id, itemId: item.id, revision: 3, doc: doc("too late"), text: "too late", now: new Date(deadline.getTime() + 6000) }),
    ).rejects.toMatchObject({ code: "deadline_passed", status: 409 });
    const db = await getDb();
    const [row] = await db.select().from(interviewItems).where(eq(interviewItems.id, item.id));
    expect(row!.answerText).toBe("in grace");
    expect(row!.answerRevision).toBe(2);
  });

  it("someone else's interview is not found, and a finished one is a conflict", async () => {
    const owner = await createTestUser("owner");
    const other = await createTestUser("other");
    const { interview, items } = await newInterview(owner.id);
    const save = (userId: string, revision: number, now = new Date()) =>
      saveAnswerForUser({ userId, interviewId: interview.id, itemId: items[0]!.id, revision, doc: doc("x"), text: "x", now });
    await expect(save(other.id, 1)).rejects.toMatchObject({ code: "not_found", status: 404 });
    expect(await getInterviewWithItemsForUser({ interviewId: interview.id, userId: other.id, now: new Date() })).toBeUndefined();
    await expect(submitItemForUser({ interviewId: interview.id, itemId: items[0]!.id, userId: other.id, now: new Date() })).rejects.toMatchObject({ status: 404 });
    const finishedAt = new Date();
    await finishInterviewForUser({ interviewId: interview.id, userId: owner.id, now: finishedAt });
    // A save already in flight when the person finished is still taken, within the grace…
    expect(await save(owner.id, 4, new Date(finishedAt.getTime() + 2000))).toMatchObject({ stale: false, revision: 4 });
    // …but not after it.
    await expect(save(owner.id, 5, new Date(finishedAt.getTime() + 6000))).rejects.toMatchObject({ code: "conflict", status: 409 });
  });

  it("per question: submitting hands over to the next clock; loading late settles expired questions", async () => {
    const user = await createTestUser();
    const start = new Date(Date.now() - 60 * 60_000);
    const { interview, items } = await newInterview(user.id, config({ timerMode: "per_question", count: 2 }), start);
    expect(items[0]!.deadlineAt).not.toBeNull();
    expect(items[1]!.startedAt).toBeNull();
    const afterSubmit = await submitItemForUser({ interviewId: interview.id, itemId: items[0]!.id, userId: user.id, now: new Date(start.getTime() + 60_000) });
    expect(afterSubmit.items[1]!.startedAt?.getTime()).toBe(start.getTime() + 60_000);
    // An hour later, both questions have run out: the interview moves to review by itself.
    const later = await getInterviewWithItemsForUser({ interviewId: interview.id, userId: user.id, now: new Date() });
    expect(later!.interview.status).toBe("review");
    expect(later!.items.every((i) => i.submittedAt)).toBe(true);
    const db = await getDb();
    const [row] = await db.select().from(interviews).where(eq(interviews.id, interview.id));
    expect(row!.finishedAt?.getTime()).toBe(later!.items[1]!.deadlineAt!.getTime());
  });
});

describe(`a coding answer's language on ${dbKind()}`, () => {
  it("is kept on the answer and as the person's default; someone else's is not found, a closed question refuses it", async () => {
    const owner = await createTestUser();
    const other = await createTestUser();
    const { interview, items } = await newInterview(owner.id, config({ kinds: ["coding"], count: 1 }));
    const item = items[0]!;
    await setAnswerLanguageForUser({ userId: owner.id, interviewId: interview.id, itemId: item.id, language: "go", now: new Date() });
    const after = await getInterviewWithItemsForUser({ userId: owner.id, interviewId: interview.id, now: new Date() });
    expect(after!.items[0]!.answerLanguage).toBe("go");
    expect(await getPreferredLanguageByUser({ userId: owner.id })).toBe("go");
    await expect(setAnswerLanguageForUser({ userId: other.id, interviewId: interview.id, itemId: item.id, language: "java", now: new Date() })).rejects.toMatchObject({ code: "not_found" });
    expect(await getPreferredLanguageByUser({ userId: other.id })).toBeNull();
    await finishInterviewForUser({ userId: owner.id, interviewId: interview.id, now: new Date() });
    await expect(
      setAnswerLanguageForUser({ userId: owner.id, interviewId: interview.id, itemId: item.id, language: "java", now: new Date(Date.now() + 60_000) }),
    ).rejects.toMatchObject({ status: 409 });
    const last = await getInterviewWithItemsForUser({ userId: owner.id, interviewId: interview.id, now: new Date() });
    expect(last!.items[0]!.answerLanguage).toBe("go");
  });
});

describe(`the live room's load on ${dbKind()}`, () => {
  it("gives each question's prompt and clocks but not its answer key; someone else gets nothing", async () => {
    const owner = await createTestUser();
    const other = await createTestUser();
    const { interview } = await newInterview(owner.id, config({ count: 2 }));
    const live = (await getLiveInterviewForUser({ userId: owner.id, interviewId: interview.id, now: new Date() }))!;
    const full = (await getInterviewWithItemsForUser({ userId: owner.id, interviewId: interview.id, now: new Date() }))!;
    expect(live.items.map((it) => it.id)).toEqual(full.items.map((it) => it.id));
    for (const [i, it] of live.items.entries()) {
      expect(it.question).toMatchObject({ title: full.items[i]!.question.title, prompt: full.items[i]!.question.prompt, suggestedMinutes: full.items[i]!.question.suggestedMinutes });
      for (const key of ["sampleAnswer", "sampleAnswerText", "keyPoints", "misconceptions", "designOutline", "designPhases"]) expect(it.question).not.toHaveProperty(key);
    }
    expect(await getLiveInterviewForUser({ userId: other.id, interviewId: interview.id, now: new Date() })).toBeUndefined();
  });
});

describe(`later questions of a review on ${dbKind()}`, () => {
  it("gives the interview, every item's clocks and the chosen items whole; someone else's is not found, another interview's items are left out", async () => {
    const { getReviewItemsForUser } = await import("@/db/queries/interviews");
    const user = await createTestUser("Review item");
    const other = await createTestUser("Not the owner");
    const data = await newInterview(user.id);
    const [first, second, third] = data.items;
    await saveAnswerForUser({ userId: user.id, interviewId: data.interview.id, itemId: second!.id, revision: 1, doc: doc("Second answer"), text: "Second answer", now: new Date() });
    await finishInterviewForUser({ userId: user.id, interviewId: data.interview.id, now: new Date() });
    const whole = (await getInterviewWithItemsForUser({ userId: user.id, interviewId: data.interview.id, now: new Date() }))!;

    const got = (await getReviewItemsForUser({ userId: user.id, interviewId: data.interview.id, itemIds: [third!.id, second!.id] }))!;
    expect(got.interview).toEqual(whole.interview);
    // The items, in order, are exactly what the page's own load gives for them.
    expect(got.items).toEqual([whole.items[1], whole.items[2]]);
    expect(got.items[0]!.answerText).toContain("Second answer");
    expect(got.clocks.map((c) => [c.id, c.startedAt, c.submittedAt, c.question.suggestedMinutes])).toEqual(
      whole.items.map((it) => [it.id, it.startedAt, it.submittedAt, it.question.suggestedMinutes]),
    );

    expect(await getReviewItemsForUser({ userId: other.id, interviewId: data.interview.id, itemIds: [second!.id] })).toBeUndefined();
    const elsewhere = await newInterview(user.id);
    expect((await getReviewItemsForUser({ userId: user.id, interviewId: elsewhere.interview.id, itemIds: [first!.id] }))!.items).toEqual([]);
  });
});
