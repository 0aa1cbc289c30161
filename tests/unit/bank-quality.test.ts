import { stemmer } from "stemmer";
import { describe, expect, it } from "vitest";
import { builtInQuestions } from "@/db/seed/bank";

/** Quality gates of the built-in bank beyond each file's own validity (tests/unit/question-file-bank.test.ts). */

const contentWords = (s: string) => new Set((s.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => w.length > 3).map((w) => stemmer(w)));

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

describe("the built-in bank as a whole", () => {
  const bank = builtInQuestions();

  it("has 150+ questions and no two with a near-identical prompt", () => {
    expect(bank.length).toBeGreaterThanOrEqual(150);
    const prompts = bank.map((q) => contentWords(q.prompt));
    const close: string[] = [];
    for (let i = 0; i < bank.length; i++)
      for (let j = i + 1; j < bank.length; j++) if (jaccard(prompts[i]!, prompts[j]!) > 0.5) close.push(`${bank[i]!.slug} ~ ${bank[j]!.slug}`);
    expect(close).toEqual([]);
  }, 30_000);

  it("draws each design question's reference diagram from its answer: most boxes name something the answer or outline discusses", () => {
    const off: string[] = [];
    for (const q of bank.filter((x) => x.kind === "design")) {
      const said = contentWords(`${q.sampleAnswer} ${Object.values(q.designOutline ?? {}).join(" ")}`);
      // The person or program at the edge (a diamond) is implied by every answer.
      const boxes = q.diagram!.boxes.filter((b) => b.shape !== "diamond");
      const missing = boxes.filter((b) => ![...contentWords(b.label.replace(/\\n/g, " "))].some((w) => said.has(w)));
      if (missing.length > Math.floor(boxes.length / 4)) off.push(`${q.slug}: ${missing.map((b) => b.label).join(", ")}`);
    }
    expect(off).toEqual([]);
  });

  it("gives every topic at least 8 questions, and every level a concept, coding and design question in every major area", () => {
    const perTopic = new Map<string, number>();
    for (const q of bank) for (const t of q.topics) perTopic.set(t, (perTopic.get(t) ?? 0) + 1);
    expect([...perTopic].filter(([, n]) => n < 8)).toEqual([]);
    const AREAS: Record<string, string[]> = {
      "APIs and protocols": ["apis", "http-rest", "realtime"],
      data: ["databases-sql", "indexing", "transactions"],
      "caching and scale": ["caching", "scalability"],
      "distributed and event-driven": ["distributed-systems", "messaging-queues", "event-driven"],
      security: ["auth-security"],
      operations: ["cloud-devops", "observability", "testing"],
      "concurrency and languages": ["concurrency-async", "languages-runtimes"],
      "AI back ends": ["ai-backends"],
    };
    const gaps: string[] = [];
    for (const [area, topics] of Object.entries(AREAS))
      for (const level of ["beginner", "intermediate", "advanced"])
        for (const kind of ["concept", "coding", "design"])
          if (!bank.some((q) => q.level === level && q.kind === kind && q.topics.some((t) => topics.includes(t)))) gaps.push(`${area}: ${level} ${kind}`);
    expect(gaps).toEqual([]);
  });

  it("shows every coding answer in TypeScript and Python, Go or Java (SQL questions in SQL)", () => {
    for (const q of bank.filter((x) => x.kind === "coding")) {
      const langs = q.languages ?? [];
      const ok = (langs.includes("typescript") && langs.some((l) => ["python", "go", "java"].includes(l))) || (langs.length === 1 && langs[0] === "sql");
      expect(ok, `${q.slug}: ${langs.join(", ")}`).toBe(true);
    }
  });
});
