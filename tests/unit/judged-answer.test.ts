import { describe, expect, it } from "vitest";
import type { QuestionEvidence } from "@/lib/judge/types";
import { judgeForReview } from "@/lib/review/judged-answer";
import { HIT_MARK, MISCONCEPTION_MARK } from "@/lib/review/highlight-doc";
import { markdownToDoc } from "@/lib/rich-text/markdown";
import type { RichNode } from "@/lib/rich-text/doc";

const question: QuestionEvidence = {
  keyPoints: [
    { id: "idem", label: "PUT and DELETE are idempotent", any: ["=PUT", "=DELETE"], with: ["idempotent"] },
    { label: "GET is cacheable", any: ["=GET"], with: ["cache", "cacheable"] },
  ],
  misconceptions: [{ id: "post-idem", claim: "POST is idempotent", why: "POST may create a second order.", any: ["=POST ... idempotent"], contradicts: ["idem"] }],
};

const marked = (n: RichNode, mark: string): string[] =>
  n.type === "text" ? (n.marks?.some((m) => m.type === mark) ? [n.text ?? ""] : []) : (n.content ?? []).flatMap((c) => marked(c, mark));

describe("an answer judged for its review", () => {
  it("marks key-point evidence and misconception words in the document, and a found misconception un-ticks what it contradicts", () => {
    const doc = markdownToDoc("PUT is idempotent.\n\nPOST requests are idempotent too, and GET responses can be cached.");
    const r = judgeForReview(question, { doc, text: "" });
    expect(r.judgement.misconceptions.map((m) => m.id)).toEqual(["post-idem"]);
    expect(r.judgement.ticked).toEqual([1]);
    expect(marked(r.doc!, MISCONCEPTION_MARK).join("")).toContain("POST");
    expect(marked(r.doc!, HIT_MARK).join(" ")).toMatch(/GET/);
    // The plain-text segments join back to the text the judge read.
    expect(r.segments.map((s) => s.text).join("")).toBe(r.text);
  });

  it("judges plain text when there is no document", () => {
    const r = judgeForReview(question, { doc: null, text: "DELETE is idempotent: deleting twice leaves it deleted." });
    expect(r.doc).toBeNull();
    expect(r.judgement.ticked).toEqual([0]);
  });
});
