import { describe, expect, it } from "vitest";
import { createElement, Fragment } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import StarterKit from "@tiptap/starter-kit";
import { renderToReactElement } from "@tiptap/static-renderer/pm/react";
import { createStaticDocRenderer } from "@/lib/rich-text/static-renderer";
import { markdownToDoc } from "@/lib/rich-text/markdown";
import { builtInQuestions } from "@/db/seed/bank";

const extensions = [StarterKit.configure({ link: false })];
const renderDoc = createStaticDocRenderer(extensions);
const html = (node: React.ReactNode) => renderToStaticMarkup(createElement(Fragment, {}, node));

describe("createStaticDocRenderer", () => {
  it("renders every seeded sample answer exactly as the library's renderToReactElement does", () => {
    const docs = builtInQuestions().map((q) => markdownToDoc(q.sampleAnswer));
    expect(docs.length).toBeGreaterThan(20);
    for (const doc of docs) expect(html(renderDoc(doc))).toBe(html(renderToReactElement({ content: doc, extensions })));
  }, 60_000);

  it("renders marks, headings, lists and code blocks", () => {
    const out = html(renderDoc(markdownToDoc("## Title\n\n**bold** and *it* and `code`\n\n- a\n- b\n\n```\nx < y\n```")));
    expect(out).toContain("<h2>Title</h2>");
    expect(out).toContain("<strong>bold</strong>");
    expect(out).toContain("<em>it</em>");
    expect(out).toContain("<code>code</code>");
    expect(out).toContain("<li>");
    expect(out).toContain("x &lt; y");
  });

  it("refuses a document with a node the schema does not know, as the library does", () => {
    const bad = { type: "doc", content: [{ type: "script", content: [{ type: "text", text: "alert(1)" }] }] };
    expect(() => renderDoc(bad)).toThrow();
    expect(() => renderToReactElement({ content: bad, extensions })).toThrow();
  });
});
