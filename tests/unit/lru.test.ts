import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RichText } from "@/components/rich-text";
import { Lru } from "@/lib/lru";
import { markdownToDoc } from "@/lib/rich-text/markdown";

describe("Lru", () => {
  it("forgets the least recently used entry first, and a read counts as a use", () => {
    const lru = new Lru<number>(2);
    lru.set("a", 1);
    lru.set("b", 2);
    expect(lru.get("a")).toBe(1); // "b" is now the oldest
    lru.set("c", 3);
    expect(lru.get("b")).toBeUndefined();
    expect(lru.get("a")).toBe(1);
    expect(lru.get("c")).toBe(3);
    expect(lru.size).toBe(2);
    lru.set("a", 10); // replacing keeps one entry
    expect(lru.get("a")).toBe(10);
    expect(lru.size).toBe(2);
  });
});

describe("shared question content", () => {
  const html = (doc: unknown, shared: boolean) => renderToStaticMarkup(createElement(RichText, { doc: doc as never, shared, label: "Sample answer" }));

  it("renders exactly as it does unshared, again and again, and an edit renders afresh", () => {
    const doc = markdownToDoc("**Idempotent** requests: `PUT` and `DELETE`.\n\n- retries are safe\n- keys are stored <script>alert(1)</script>");
    const once = html(doc, false);
    expect(html(doc, true)).toBe(once);
    // A new object with the same content (a page reads its questions afresh) gets the same markup.
    expect(html(structuredClone(doc), true)).toBe(once);
    expect(once).not.toContain("<script");
    const edited = markdownToDoc("**Idempotent** requests: `PUT`, `DELETE` and `GET`.");
    expect(html(edited, true)).toBe(html(edited, false));
    expect(html(edited, true)).not.toBe(once);
  });
});
