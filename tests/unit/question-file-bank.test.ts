import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseQuestionFile } from "@/lib/question-file/parse";
import { checkSampleAnswer } from "@/lib/question-file/sample-check";

/**
 * Every file of the built-in bank follows the format (with the bank's own
 * rules), and its sample answer shows all of its key points and states none
 * of its misconceptions, as the judge reads it. `npm run judge -- --check`
 * explains a failure in detail.
 */

const dir = path.resolve(import.meta.dirname, "../../db/seed/questions");
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".md")).sort() : [];

describe.skipIf(files.length === 0)("the question bank's files", () => {
  const slugs = new Set<string>();
  for (const file of files) {
    it(file, () => {
      const parsed = parseQuestionFile(file, readFileSync(path.join(dir, file), "utf8"), { bank: true });
      if (!parsed.ok) expect.fail(parsed.errors.map((e) => e.message).join("\n"));
      const q = parsed.question;
      expect(slugs.has(q.slug), `slug ${q.slug} is used twice`).toBe(false);
      slugs.add(q.slug);
      const check = checkSampleAnswer(q);
      expect(check.uncovered.map((k) => `keyPoints[${k.index}] ${k.label}`), "key points the sample answer does not show").toEqual([]);
      expect(check.triggered.map((m) => m.id), "misconceptions the sample answer states").toEqual([]);
    });
  }
});
