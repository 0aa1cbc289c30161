import { describe, expect, it } from "vitest";
import { appendPlainText, countWords, docToPlainText } from "@/lib/rich-text/plain-text";
import { parseRichDoc, type RichDoc } from "@/lib/rich-text/doc";

const para = (text: string) => ({ type: "paragraph", content: [{ type: "text", text }] });

describe("appendPlainText (what the answer box's stand-in records before the editor arrives)", () => {
  it("adds each line as a paragraph after what was there", () => {
    const doc: RichDoc = { type: "doc", content: [para("Saved before.")] };
    const next = appendPlainText(doc, "First line\nSecond line");
    expect(next.content).toEqual([para("Saved before."), para("First line"), para("Second line")]);
    expect(docToPlainText(next)).toBe("Saved before.\nFirst line\nSecond line");
    expect(countWords(docToPlainText(next))).toBe(6);
  });

  it("replaces an empty document instead of keeping its blank paragraph", () => {
    expect(appendPlainText(null, "Hello").content).toEqual([para("Hello")]);
    expect(appendPlainText({ type: "doc", content: [{ type: "paragraph" }] }, "Hello").content).toEqual([para("Hello")]);
  });

  it("keeps blank lines as empty paragraphs and never makes an empty text node", () => {
    const next = appendPlainText(null, "a\n\nb\n");
    expect(next.content).toEqual([para("a"), { type: "paragraph" }, para("b"), { type: "paragraph" }]);
  });

  it("always gives a document the server accepts", () => {
    for (const text of ["", "x", "\n", "line\nline", "<script>alert(1)</script>", "tab\there"]) {
      expect(parseRichDoc(appendPlainText({ type: "doc", content: [para("kept")] }, text)).ok).toBe(true);
    }
  });

  it("does not change the document it was given", () => {
    const doc: RichDoc = { type: "doc", content: [para("Saved before.")] };
    appendPlainText(doc, "more");
    expect(doc.content).toHaveLength(1);
  });
});
