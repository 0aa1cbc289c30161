import { describe, expect, it } from "vitest";
import { canWriteItem, currentItem, finishInterview, settle, startClocks, submitItem, type FlowInterview, type FlowItem } from "@/lib/interview/flow";

const at = (min: number, sec = 0) => new Date(Date.UTC(2026, 0, 1, 12, min, sec));
const items = (mins: number[]): FlowItem[] =>
  mins.map((m, i) => ({ id: `i${i}`, position: i, suggestedMinutes: m, startedAt: null, deadlineAt: null, submittedAt: null }));

function apply(list: FlowItem[], changes: { id: string; startedAt?: Date; deadlineAt?: Date | null; submittedAt?: Date }[]) {
  return list.map((it) => ({ ...it, ...changes.find((c) => c.id === it.id) }));
}

describe("startClocks", () => {
  it("total: one deadline for every question", () => {
    const r = startClocks("total", items([5, 10]), at(0), 45);
    expect(r.deadlineAt).toEqual(at(45));
    expect(r.items.every((c) => c.deadlineAt?.getTime() === at(45).getTime())).toBe(true);
  });

  it("per question: only the first question's clock starts", () => {
    const r = startClocks("per_question", items([5, 10]), at(0), 45);
    expect(r.deadlineAt).toBeNull();
    expect(r.items).toEqual([{ id: "i0", startedAt: at(0), deadlineAt: at(5) }]);
  });

  it("untimed: no deadlines", () => {
    expect(startClocks("untimed", items([5]), at(0), 45)).toEqual({ deadlineAt: null, items: [{ id: "i0", startedAt: at(0), deadlineAt: null }] });
  });
});

describe("settle", () => {
  const total: FlowInterview = { status: "active", timerMode: "total", startedAt: at(0), deadlineAt: at(45), finishedAt: null };

  it("total: nothing changes before the deadline plus grace", () => {
    expect(settle(total, items([5]), at(45, 4))).toEqual({ interview: {}, items: [] });
  });

  it("total: after it, every open answer is submitted at the deadline and the interview moves to review", () => {
    const list = apply(items([5, 5]), [{ id: "i0", submittedAt: at(10) }]);
    expect(settle(total, list, at(50))).toEqual({
      interview: { status: "review", finishedAt: at(45) },
      items: [{ id: "i1", submittedAt: at(45) }],
    });
  });

  it("per question: time away hands over question by question at each deadline", () => {
    const per: FlowInterview = { ...total, timerMode: "per_question", deadlineAt: null };
    let list = apply(items([5, 10, 5]), [{ id: "i0", startedAt: at(0), deadlineAt: at(5) }]);
    // Back at minute 12: the first expired at 5, the second started then and runs to 15.
    const s = settle(per, list, at(12));
    expect(s.interview).toEqual({});
    expect(s.items).toEqual([
      { id: "i0", submittedAt: at(5) },
      { id: "i1", startedAt: at(5), deadlineAt: at(15) },
    ]);
    list = apply(list, s.items);
    expect(currentItem(list)?.id).toBe("i1");
    // Back at minute 30: everything has run out, at 15 and then 20.
    const s2 = settle(per, list, at(30));
    expect(s2.interview).toEqual({ status: "review", finishedAt: at(20) });
    expect(s2.items).toEqual([
      { id: "i1", submittedAt: at(15) },
      { id: "i2", startedAt: at(15), deadlineAt: at(20), submittedAt: at(20) },
    ]);
  });

  it("leaves other statuses and untimed interviews alone", () => {
    expect(settle({ ...total, status: "review" }, items([5]), at(99))).toEqual({ interview: {}, items: [] });
    expect(settle({ ...total, timerMode: "untimed", deadlineAt: null }, items([5]), at(999))).toEqual({ interview: {}, items: [] });
  });
});

describe("submitItem and finishInterview", () => {
  const per: FlowInterview = { status: "active", timerMode: "per_question", startedAt: at(0), deadlineAt: null, finishedAt: null };

  it("per question: submitting starts the next clock now", () => {
    const list = apply(items([5, 10]), [{ id: "i0", startedAt: at(0), deadlineAt: at(5) }]);
    expect(submitItem(per, list, "i0", at(2))).toEqual({
      interview: {},
      items: [
        { id: "i0", submittedAt: at(2) },
        { id: "i1", startedAt: at(2), deadlineAt: at(12) },
      ],
    });
  });

  it("the last submission moves the interview to review; a repeat changes nothing", () => {
    const list = apply(items([5]), [{ id: "i0", startedAt: at(0), deadlineAt: at(5) }]);
    expect(submitItem(per, list, "i0", at(3)).interview).toEqual({ status: "review", finishedAt: at(3) });
    expect(submitItem(per, apply(list, [{ id: "i0", submittedAt: at(3) }]), "i0", at(4))).toEqual({ interview: {}, items: [] });
  });

  it("finishing submits every open answer", () => {
    const list = apply(items([5, 5]), [{ id: "i0", submittedAt: at(1) }]);
    expect(finishInterview(list, at(2))).toEqual({ interview: { status: "review", finishedAt: at(2) }, items: [{ id: "i1", submittedAt: at(2) }] });
  });
});

describe("canWriteItem", () => {
  const total: FlowInterview = { status: "active", timerMode: "total", startedAt: at(0), deadlineAt: at(10), finishedAt: null };
  const item: FlowItem = { id: "i0", position: 0, suggestedMinutes: 5, startedAt: at(0), deadlineAt: at(10), submittedAt: null };

  it("allows writes until the deadline plus grace", () => {
    expect(canWriteItem(total, item, at(10, 5))).toEqual({ ok: true });
    expect(canWriteItem(total, item, at(10, 6))).toMatchObject({ ok: false, code: "deadline_passed" });
  });

  it("refuses writes to a finished interview, a submitted or unstarted question", () => {
    expect(canWriteItem({ ...total, status: "review" }, item, at(1))).toMatchObject({ ok: false, code: "conflict" });
    expect(canWriteItem(total, { ...item, submittedAt: at(1) }, at(2))).toMatchObject({ ok: false, code: "conflict" });
    expect(canWriteItem(total, { ...item, startedAt: null }, at(1))).toMatchObject({ ok: false, code: "conflict" });
  });
});
