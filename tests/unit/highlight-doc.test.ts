import { describe, expect, it } from "vitest";
import { HIT_MARK, highlightDoc } from "@/lib/review/highlight-doc";
import { matchKeyPoints } from "@/bench/baseline/term-matcher";
import { markdownToDoc } from "@/lib/rich-text/markdown";
import { docMatchText, docToPlainText } from "@/lib/rich-text/plain-text";
import type { RichNode } from "@/lib/rich-text/doc";

const marked = (n: RichNode): string[] =>
  n.type === "text" ? (n.marks?.some((m) => m.type === HIT_MARK) ? [n.text ?? ""] : []) : (n.content ?? []).flatMap(marked);

describe("highlightDoc", () => {
  const doc = markdownToDoc(
    "We use a **write-through cache** here.\n\n- The API is `idempotent`\n- not idempotent elsewhere\n\n```\ncache.get(key)\n```\n\nAnd a *cache*-aside read.",
  );

  it("reads the same words as the plain text", () => {
    expect(docMatchText(doc).trim().replace(/\n{3,}/g, "\n\n")).toBe(docToPlainText(doc));
  });

  it("marks exactly the matched words, across formatting, and keeps the text", () => {
    const text = docMatchText(doc);
    const matches = matchKeyPoints(text, [{ label: "a", terms: ["write through cache", "idempotent"] }, { label: "b", terms: ["cache", "api"] }]);
    const spans = matches.flatMap((m) => m.spans);
    const out = highlightDoc(doc, spans);
    expect(docMatchText(out)).toBe(text);
    expect(marked(out).join("|")).toBe("write-through cache|API|idempotent|cache|cache");
    // Existing marks are kept beside the highlight.
    const bold = JSON.stringify(out).includes('"marks":[{"type":"bold"},{"type":"kpHit"}]');
    expect(bold).toBe(true);
  });

  it("changes nothing without spans", () => {
    expect(highlightDoc(doc, [])).toEqual(doc);
  });
});
