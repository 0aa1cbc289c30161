import { Lexer, type Token, type Tokens } from "marked";
import type { RichDoc, RichMark, RichNode } from "@/lib/rich-text/doc";

/**
 * Converts the Markdown we author the question bank in to editor JSON, so
 * sample answers render through the same schema as a candidate's answer.
 * Handles what the bank uses: paragraphs, headings, lists, code blocks,
 * blockquotes, rules and the inline marks bold, italic, code and strike.
 */
export function markdownToDoc(markdown: string): RichDoc {
  const tokens = new Lexer().lex(markdown.trim());
  const content = blocks(tokens);
  return { type: "doc", content: content.length ? content : [{ type: "paragraph" }] };
}

function blocks(tokens: Token[]): RichNode[] {
  const out: RichNode[] = [];
  for (const token of tokens) {
    const node = block(token);
    if (node) out.push(node);
  }
  return out;
}

function block(token: Token): RichNode | null {
  switch (token.type) {
    case "paragraph":
    case "text": {
      const t = token as Tokens.Paragraph | Tokens.Text;
      return paragraph(t.tokens ? inline(t.tokens, []) : textNodes(t.text, []));
    }
    case "heading": {
      const t = token as Tokens.Heading;
      return { type: "heading", attrs: { level: Math.min(t.depth, 3) }, content: inline(t.tokens, []) };
    }
    case "code": {
      const t = token as Tokens.Code;
      const text = t.text.replace(/\n+$/, "");
      return {
        type: "codeBlock",
        attrs: { language: t.lang || null },
        ...(text ? { content: [{ type: "text", text }] } : {}),
      };
    }
    case "blockquote":
      return { type: "blockquote", content: blocks((token as Tokens.Blockquote).tokens) };
    case "list": {
      const t = token as Tokens.List;
      const items = t.items.map((item): RichNode => {
        const inner = blocks(item.tokens);
        return { type: "listItem", content: inner.length ? inner : [{ type: "paragraph" }] };
      });
      return t.ordered
        ? { type: "orderedList", attrs: { start: typeof t.start === "number" ? t.start : 1 }, content: items }
        : { type: "bulletList", content: items };
    }
    case "hr":
      return { type: "horizontalRule" };
    case "table": {
      // The editor's schema has no tables: a table keeps its columns as a monospace block.
      const raw = (token as Tokens.Table).raw.replace(/\n+$/, "");
      return { type: "codeBlock", attrs: { language: null }, content: [{ type: "text", text: raw }] };
    }
    case "space":
      return null;
    default: {
      const raw = (token as { raw?: string }).raw?.trim();
      return raw ? paragraph(textNodes(raw, [])) : null;
    }
  }
}

function paragraph(content: RichNode[]): RichNode {
  return content.length ? { type: "paragraph", content } : { type: "paragraph" };
}

function textNodes(text: string, marks: RichMark[]): RichNode[] {
  if (!text) return [];
  return [marks.length ? { type: "text", text, marks } : { type: "text", text }];
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

function inline(tokens: Token[], marks: RichMark[]): RichNode[] {
  const out: RichNode[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case "strong":
        out.push(...inline((token as Tokens.Strong).tokens, [...marks, { type: "bold" }]));
        break;
      case "em":
        out.push(...inline((token as Tokens.Em).tokens, [...marks, { type: "italic" }]));
        break;
      case "del":
        out.push(...inline((token as Tokens.Del).tokens, [...marks, { type: "strike" }]));
        break;
      case "codespan":
        out.push(...textNodes(decode((token as Tokens.Codespan).text), [...marks, { type: "code" }]));
        break;
      case "escape":
        // "\[" is "[": the escape is how Markdown (and our own export) writes a character that would be syntax.
        out.push(...textNodes((token as Tokens.Escape).text, marks));
        break;
      case "br":
        out.push({ type: "hardBreak" });
        break;
      case "link":
        out.push(...inline((token as Tokens.Link).tokens, marks));
        break;
      case "text": {
        const t = token as Tokens.Text;
        if (t.tokens && t.tokens.length) out.push(...inline(t.tokens, marks));
        else out.push(...textNodes(decode(t.text).replace(/\n/g, " "), marks));
        break;
      }
      default:
        out.push(...textNodes(decode((token as { raw?: string }).raw ?? ""), marks));
    }
  }
  return out;
}
