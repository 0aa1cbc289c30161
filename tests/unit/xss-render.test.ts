import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RichText } from "@/components/rich-text";
import { markdownToDoc } from "@/lib/rich-text/markdown";
import { parseRichDoc } from "@/lib/rich-text/doc";
import { XSS_PAYLOADS } from "../e2e/support/xss-corpus";

/**
 * Question text (prompt, sample answer, design outline) is written in Markdown
 * for the bank, converted to editor JSON and rendered by RichText, the same
 * renderer as answers. No page lets a person write a question, so this covers
 * that path directly: every payload of the corpus, as Markdown and as hostile
 * editor JSON, renders to inert markup.
 */

const ALLOWED_TAGS = new Set(["div", "p", "strong", "em", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "br", "hr", "s", "u"]);

function expectInert(html: string) {
  for (const m of html.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)) {
    expect(ALLOWED_TAGS.has(m[1]!.toLowerCase()), `tag <${m[1]}> in ${html.slice(0, 200)}`).toBe(true);
    // Only plain attributes the editor schema itself renders.
    // Values are quoted with every quote inside escaped, so this reads names, not text inside a value.
    for (const a of m[2]!.matchAll(/\s([^\s=]+)(?:="[^"]*")?/g)) expect(["class", "start", "aria-label", "type"]).toContain(a[1]);
  }
}

const render = (doc: unknown) => renderToStaticMarkup(createElement(RichText, { doc: doc as never }));

describe("question text renders inert", () => {
  it("every payload, authored as Markdown, renders as text", () => {
    for (const payload of XSS_PAYLOADS) {
      const html = render(markdownToDoc(`## ${payload}\n\n${payload}\n\n- ${payload}\n\n> ${payload}\n\n\`${payload}\``));
      expectInert(html);
      expect(html).not.toMatch(/<(script|img|svg|iframe|a|object|embed|input|details|form|button|video|math|noscript|style)\b/i);
    }
  });

  it("hostile attributes in editor JSON are dropped by the schema", () => {
    const parsed = parseRichDoc({
      type: "doc",
      content: [
        { type: "paragraph", attrs: { onclick: "alert(1)", style: "x:expression(alert(1))", id: "xss-1" }, content: [{ type: "text", text: "t", marks: [{ type: "bold", attrs: { href: "javascript:alert(2)", onmouseover: "alert(3)" } }] }] },
        { type: "codeBlock", attrs: { language: `"><img src id=xss-4 onerror=alert(4)>` }, content: [{ type: "text", text: "c" }] },
        { type: "orderedList", attrs: { start: 1, type: `1" onclick="alert(5)` }, content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "i" }] }] }] },
        ...XSS_PAYLOADS.map((p) => ({ type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: p }] })),
      ],
    });
    expect(parsed.ok).toBe(true);
    const html = render(parsed.ok ? parsed.doc : null);
    expectInert(html);
    expect(html).not.toMatch(/<(script|img|svg|iframe|a)\b/i);
  });

  it("a link mark (where javascript: URLs would live) is not accepted at all", () => {
    const parsed = parseRichDoc({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }] });
    expect(parsed.ok).toBe(false);
  });
});
