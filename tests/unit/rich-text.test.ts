import { describe, expect, it } from "vitest";
import { countWords, docToPlainText } from "@/lib/rich-text/plain-text";
import { parseRichDoc, MAX_DOC_DEPTH } from "@/lib/rich-text/doc";
import { markdownToDoc } from "@/lib/rich-text/markdown";

describe("parseRichDoc", () => {
  it("accepts what the editor produces", () => {
    const doc = {
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Plan" }] },
        { type: "paragraph", content: [{ type: "text", text: "Use ", marks: [{ type: "bold" }] }, { type: "text", text: "Redis" }] },
        { type: "codeBlock", attrs: { language: "ts" }, content: [{ type: "text", text: "const a = 1;" }] },
      ],
    };
    const res = parseRichDoc(doc);
    expect(res.ok).toBe(true);
  });

  it("refuses a non-document with a message", () => {
    expect(parseRichDoc("hello")).toEqual({ ok: false, error: expect.stringContaining('type "doc"') });
    expect(parseRichDoc({ type: "paragraph" })).toMatchObject({ ok: false });
    expect(parseRichDoc(null)).toMatchObject({ ok: false });
  });

  it("refuses unknown nodes and marks such as raw HTML or links", () => {
    const html = { type: "doc", content: [{ type: "html", text: "<script>alert(1)</script>" }] };
    expect(parseRichDoc(html)).toMatchObject({ ok: false, error: expect.stringContaining("content[0]") });
    const link = {
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }],
    };
    expect(parseRichDoc(link).ok).toBe(false);
  });

  it("refuses documents nested deeper than the limit", () => {
    let node: Record<string, unknown> = { type: "paragraph" };
    for (let i = 0; i < MAX_DOC_DEPTH + 2; i++) node = { type: "blockquote", content: [node] };
    expect(parseRichDoc({ type: "doc", content: [node] })).toMatchObject({ ok: false, error: expect.stringContaining("nested") });
  });

  it("drops unknown top-level keys on nodes by refusing them", () => {
    expect(parseRichDoc({ type: "doc", content: [{ type: "paragraph", onclick: "x" }] }).ok).toBe(false);
  });
});

describe("docToPlainText and countWords", () => {
  it("separates blocks with newlines", () => {
    const doc = markdownToDoc("First para.\n\n- one\n- two\n\n```sql\nSELECT 1;\n```");
    expect(docToPlainText(doc)).toBe("First para.\none\ntwo\nSELECT 1;");
  });

  it("counts words the way a person would", () => {
    expect(countWords("")).toBe(0);
    expect(countWords("  Use a write-through cache, don't block.  ")).toBe(6);
  });
});

describe("markdownToDoc", () => {
  it("converts paragraphs, marks, lists and code to editor JSON", () => {
    const doc = markdownToDoc("Use **bold** and `code` and *em*.\n\n1. first\n2. second\n\n```js\nx()\n```");
    expect(doc.content?.[0]).toEqual({
      type: "paragraph",
      content: [
        { type: "text", text: "Use " },
        { type: "text", text: "bold", marks: [{ type: "bold" }] },
        { type: "text", text: " and " },
        { type: "text", text: "code", marks: [{ type: "code" }] },
        { type: "text", text: " and " },
        { type: "text", text: "em", marks: [{ type: "italic" }] },
        { type: "text", text: "." },
      ],
    });
    expect(doc.content?.[1]).toMatchObject({ type: "orderedList", attrs: { start: 1 } });
    expect(doc.content?.[1]?.content).toHaveLength(2);
    expect(doc.content?.[2]).toEqual({ type: "codeBlock", attrs: { language: "js" }, content: [{ type: "text", text: "x()" }] });
  });

  it("keeps HTML-looking text as text, decoded", () => {
    const doc = markdownToDoc("Compare `a < b && c > d` here.");
    expect(docToPlainText(doc)).toBe("Compare a < b && c > d here.");
  });

  it("produces documents the parser accepts", () => {
    const doc = markdownToDoc("### Heading\n\n> quote\n\n---\n\ntext  \nbreak");
    expect(parseRichDoc(doc).ok).toBe(true);
  });
});
