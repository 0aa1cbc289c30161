import { describe, expect, it } from "vitest";
import { answerLanguageOf, firstOpenIndex, mergeTransition, roomClock, toRoomInterview, toRoomItem } from "@/lib/interview/room";
import { interviewStateJson } from "@/lib/interview/state";

const at = (s: string) => new Date(`2026-12-02T10:${s}:00Z`);
const row = (over: Partial<Parameters<typeof toRoomItem>[0]> = {}) => ({
  id: "i1",
  position: 0,
  question: { title: "CAP", level: "beginner" as const, kind: "concept" as const, suggestedMinutes: 8 },
  startedAt: at("00"),
  deadlineAt: at("08"),
  submittedAt: null,
  answerDoc: null,
  answerRevision: 3,
  answerSavedAt: at("05"),
  sketch: { revision: 2, savedAt: at("06") },
  recording: null as Parameters<typeof toRoomItem>[0]["recording"],
  ...over,
});

describe("the live room's data", () => {
  it("maps a loaded item to plain, serialisable props (dates as ISO strings)", () => {
    expect(toRoomItem(row())).toEqual({
      id: "i1",
      position: 0,
      title: "CAP",
      level: "beginner",
      kind: "concept",
      suggestedMinutes: 8,
      startedAt: "2026-12-02T10:00:00.000Z",
      deadlineAt: "2026-12-02T10:08:00.000Z",
      submittedAt: null,
      answerDoc: null,
      answerRevision: 3,
      answerSavedAt: "2026-12-02T10:05:00.000Z",
      sketch: { revision: 2, savedAt: "2026-12-02T10:06:00.000Z" },
      recording: null,
    });
    expect(toRoomItem(row({ sketch: null, startedAt: null })).sketch).toBeNull();
    // A recording tells the page where to resume numbering: past every part and chunk the server holds.
    const part = (n: number, firstSeq: number, lastSeq: number) => ({ part: n, startedAt: "2026-12-02T10:01:00.000Z", mimeType: "audio/webm", durationMs: 4000, bytes: 9000, chunks: lastSeq - firstSeq + 1, firstSeq, lastSeq });
    expect(toRoomItem(row({ recording: { durationMs: 8000, parts: [part(0, 0, 3), part(2, 7, 9)] } })).recording).toEqual({ durationMs: 8000, nextSeq: 10, nextPart: 3 });
  });

  it("applies a transition's clocks and submissions and opens at the first open question", () => {
    const items = [toRoomItem(row()), toRoomItem(row({ id: "i2", position: 1, startedAt: null, deadlineAt: null }))];
    expect(firstOpenIndex(items)).toBe(0);
    const state = interviewStateJson({
      interview: { id: "iv", status: "active", deadlineAt: null },
      items: [
        { id: "i1", position: 0, startedAt: at("00"), deadlineAt: at("08"), submittedAt: at("04") },
        { id: "i2", position: 1, startedAt: at("04"), deadlineAt: at("12"), submittedAt: null },
      ],
    });
    const next = mergeTransition(items, state);
    expect(next[0]!.submittedAt).toBe("2026-12-02T10:04:00.000Z");
    expect(next[1]!.deadlineAt).toBe("2026-12-02T10:12:00.000Z");
    expect(next[1]!.answerRevision).toBe(3);
    expect(firstOpenIndex(next)).toBe(1);
    expect(firstOpenIndex(next.map((it) => ({ ...it, submittedAt: "x" })))).toBe(0);
  });

  it("runs the clock on the question's deadline, else the interview's, with the right budget", () => {
    const iv = toRoomInterview({ id: "iv", title: "t", status: "active", timerMode: "total", deadlineAt: at("30"), startedAt: at("00"), totalSeconds: 1800 });
    expect(roomClock(iv, { deadlineAt: null, suggestedMinutes: 8 })).toEqual({ deadlineIso: iv.deadlineAt, deadline: Date.parse(iv.deadlineAt!), budgetMs: 1_800_000 });
    const perQ = { ...iv, timerMode: "per_question" as const, deadlineAt: null };
    expect(roomClock(perQ, { deadlineAt: "2026-12-02T10:08:00.000Z", suggestedMinutes: 8 }).budgetMs).toBe(480_000);
    expect(roomClock({ ...iv, timerMode: "untimed", deadlineAt: null }, { deadlineAt: null, suggestedMinutes: 8 }).deadline).toBeNull();
  });
});

describe("a coding answer's language", () => {
  it("is the answer's own, else the person's last choice, else TypeScript; unknown values are ignored", () => {
    expect(answerLanguageOf({ answerLanguage: "go" }, "python")).toBe("go");
    expect(answerLanguageOf({ answerLanguage: null }, "python")).toBe("python");
    expect(answerLanguageOf({ answerLanguage: "cobol" }, "brainfuck")).toBe("typescript");
  });
});
