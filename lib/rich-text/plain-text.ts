import type { RichDoc, RichNode } from "@/lib/rich-text/doc";

/**
 * Plain text of stored editor JSON. Kept apart from ./rich-text (which owns
 * validation, with zod) because the answer box counts words in the browser.
 */

export const BLOCK_BREAK: ReadonlySet<string> = new Set(["paragraph", "heading", "codeBlock", "blockquote", "listItem", "horizontalRule"]);

/** A document's text with each block on its own line, untrimmed, so offsets into it map back to text nodes. */
export function docMatchText(node: RichNode | null | undefined): string {
  const parts: string[] = [];
  const walk = (n: RichNode) => {
    if (n.type === "text") {
      parts.push(n.text ?? "");
      return;
    }
    if (n.type === "hardBreak") {
      parts.push("\n");
      return;
    }
    n.content?.forEach(walk);
    if (BLOCK_BREAK.has(n.type) && !parts[parts.length - 1]?.endsWith("\n")) parts.push("\n");
  };
  if (node) walk(node);
  return parts.join("");
}

/** Plain text of a document: blocks separated by newlines, for search, matching and word counts. */
export function docToPlainText(node: RichNode | null | undefined): string {
  return docMatchText(node).replace(/\n{3,}/g, "\n\n").trim();
}

/** Words in a text, as a person would count them. */
export function countWords(text: string): number {
  const m = text.trim().match(/[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu);
  return m ? m.length : 0;
}

/**
 * A document with plain text added at the end, each line a paragraph (an
 * empty line an empty paragraph). A document that holds nothing but an empty
 * paragraph is replaced rather than extended.
 */
export function appendPlainText(doc: RichDoc | null | undefined, text: string): RichDoc {
  const before = doc?.content ?? [];
  const blank = before.length === 0 || (before.length === 1 && before[0]!.type === "paragraph" && !before[0]!.content?.length);
  const added: RichNode[] = text
    .split("\n")
    .map((line) => (line ? { type: "paragraph", content: [{ type: "text", text: line }] } : { type: "paragraph" }));
  return { ...doc, type: "doc", content: [...(blank ? [] : before), ...added] };
}
