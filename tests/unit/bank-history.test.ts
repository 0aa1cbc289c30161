import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { builtInQuestions } from "@/db/seed/bank";

/**
 * Reviews store the key points a person ticked by index: a question that
 * existed before the bank became files keeps every one of its key points, in
 * order (labels may be reworded; new ones come after).
 */
const baseline = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, "../../bench/data/baseline-key-point-terms.json"), "utf8")) as Record<string, { label: string }[]>;

describe("the bank's history", () => {
  it("keeps the 60 original questions and at least as many key points as each had", () => {
    const bySlug = new Map(builtInQuestions().map((q) => [q.slug, q]));
    expect(Object.keys(baseline).length).toBe(60);
    for (const [slug, old] of Object.entries(baseline)) {
      const q = bySlug.get(slug);
      expect(q, slug).toBeDefined();
      expect(q!.keyPoints.length, slug).toBeGreaterThanOrEqual(old.length);
    }
  }, 30_000);
});
