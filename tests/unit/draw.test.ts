import { describe, expect, it } from "vitest";
import { drawQuestions, type DrawCandidate } from "@/lib/interview/draw";
import { EVERY_QUESTION, type InterviewConfig } from "@/lib/interview/config";

const now = new Date("2026-06-01T10:00:00Z");
const bank: DrawCandidate[] = [];
const topics = ["caching", "indexing", "apis", "transactions"];
for (const level of ["beginner", "intermediate", "advanced"] as const) {
  for (const kind of ["concept", "coding", "design"] as const) {
    for (let i = 0; i < 4; i++) bank.push({ id: `${level}-${kind}-${i}`, level, kind, topics: [topics[i]!] });
  }
}

const config = (over: Partial<InterviewConfig> = {}): InterviewConfig => ({
  ...EVERY_QUESTION,
  ...over,
});

describe("drawQuestions", () => {
  it("is deterministic for a seed and differs across seeds", () => {
    const a = drawQuestions(bank, config(), 42, now);
    expect(drawQuestions([...bank].reverse(), config(), 42, now)).toEqual(a);
    const others = [1, 2, 3, 4, 5].map((s) => drawQuestions(bank, config(), s, now).ids.join());
    expect(new Set(others).size).toBeGreaterThan(1);
  });

  it("honours every filter and never repeats", () => {
    for (let seed = 0; seed < 50; seed++) {
      const r = drawQuestions(bank, config({ levels: ["advanced"], kinds: ["design", "coding"], topics: ["caching", "apis"], count: 4 }), seed, now);
      expect(r.ids).toHaveLength(4);
      expect(new Set(r.ids).size).toBe(4);
      for (const id of r.ids) {
        const q = bank.find((b) => b.id === id)!;
        expect(q.level).toBe("advanced");
        expect(["design", "coding"]).toContain(q.kind);
        expect(["caching", "apis"]).toContain(q.topics[0]);
      }
    }
  });

  it("spreads across the chosen levels and topics", () => {
    for (let seed = 0; seed < 30; seed++) {
      const r = drawQuestions(bank, config({ count: 3 }), seed, now);
      const levels = r.ids.map((id) => id.split("-")[0]);
      expect(new Set(levels)).toEqual(new Set(["beginner", "intermediate", "advanced"]));
      const r4 = drawQuestions(bank, config({ count: 4, levels: ["beginner"] }), seed, now);
      const t = r4.ids.map((id) => bank.find((b) => b.id === id)!.topics[0]);
      expect(new Set(t).size).toBe(4);
    }
  });

  it("says how many match when fewer than asked", () => {
    const r = drawQuestions(bank, config({ levels: ["beginner"], kinds: ["design"], topics: ["caching"], count: 5 }), 7, now);
    expect(r).toMatchObject({ matched: 1, short: true });
    expect(r.ids).toHaveLength(1);
    expect(drawQuestions(bank, config({ topics: ["observability"] }), 1, now)).toEqual({ ids: [], matched: 0, short: true });
  });

  it("prefers questions not seen recently", () => {
    const cfg = config({ levels: ["beginner"], kinds: ["concept"], count: 2 });
    const lastSeen = new Map([
      ["beginner-concept-0", new Date(now.getTime() - 86_400_000)],
      ["beginner-concept-1", new Date(now.getTime() - 2 * 86_400_000)],
    ]);
    for (let seed = 0; seed < 30; seed++) {
      const r = drawQuestions(bank, cfg, seed, now, { lastSeen });
      expect(r.ids.sort()).toEqual(["beginner-concept-2", "beginner-concept-3"]);
    }
  });

  it("with a weak-spots focus, draws due questions and weak topics first", () => {
    const cfg = config({ levels: ["intermediate"], kinds: ["concept"], count: 2, focus: "weak" });
    for (let seed = 0; seed < 30; seed++) {
      const r = drawQuestions(bank, cfg, seed, now, {
        due: new Set(["intermediate-concept-3"]),
        topicWeakness: new Map([["indexing", 1]]),
      });
      expect(r.ids.sort()).toEqual(["intermediate-concept-1", "intermediate-concept-3"]);
    }
  });

  it("with a weak-spots focus, a question waiting for a redo is drawn even though it was seen yesterday", () => {
    const cfg = config({ levels: ["beginner"], kinds: ["concept"], count: 1, focus: "weak" });
    const lastSeen = new Map([["beginner-concept-0", new Date(now.getTime() - 86_400_000)]]);
    for (let seed = 0; seed < 30; seed++) {
      expect(drawQuestions(bank, cfg, seed, now, { lastSeen, redo: new Set(["beginner-concept-0"]) }).ids).toEqual(["beginner-concept-0"]);
      expect(drawQuestions(bank, cfg, seed, now, { lastSeen }).ids).not.toEqual(["beginner-concept-0"]);
    }
  });
});
