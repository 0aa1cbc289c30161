import type { RichMark, RichNode } from "@/lib/rich-text/doc";

/** Editor JSON back to Markdown, for exports. Covers the node and mark types the editor allows. */
export function docToMarkdown(node: RichNode | null | undefined): string {
  if (!node) return "";
  return blocks(node.content ?? [], "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function blocks(nodes: RichNode[], indent: string): string {
  return nodes.map((n) => block(n, indent)).join("");
}

function block(n: RichNode, indent: string): string {
  switch (n.type) {
    case "paragraph":
      return `${indent}${inline(n.content ?? [])}\n\n`;
    case "heading": {
      const level = Math.min(6, Math.max(1, Number(n.attrs?.level ?? 2)));
      return `${indent}${"#".repeat(level)} ${inline(n.content ?? [])}\n\n`;
    }
    case "codeBlock": {
      const text = (n.content ?? []).map((c) => c.text ?? "").join("");
      const fence = text.includes("```") ? "~~~" : "```";
      const lang = typeof n.attrs?.language === "string" ? n.attrs.language : "";
      return `${indent}${fence}${lang}\n${text.split("\n").map((l) => indent + l).join("\n")}\n${indent}${fence}\n\n`;
    }
    case "blockquote":
      return (
        blocks(n.content ?? [], "")
          .trim()
          .split("\n")
          .map((l) => `${indent}> ${l}`.trimEnd())
          .join("\n") + "\n\n"
      );
    case "bulletList":
    case "orderedList": {
      const start = Number(n.attrs?.start ?? 1);
      const items = (n.content ?? []).map((item, i) => {
        const marker = n.type === "orderedList" ? `${start + i}. ` : "- ";
        const body = blocks(item.content ?? [], "").trim().split("\n");
        const pad = " ".repeat(marker.length);
        return `${indent}${marker}${body[0] ?? ""}\n${body
          .slice(1)
          .map((l) => (l ? `${indent}${pad}${l}` : ""))
          .join("\n")}`.trimEnd();
      });
      return `${items.join("\n")}\n\n`;
    }
    case "horizontalRule":
      return `${indent}---\n\n`;
    case "text":
    case "hardBreak":
      return inline([n]);
    default:
      return blocks(n.content ?? [], indent);
  }
}

const ESCAPE = /([\\`*_[\]#])/g;

function wrap(text: string, marks: RichMark[] = []): string {
  if (marks.some((m) => m.type === "code")) {
    const ticks = text.includes("`") ? "``" : "`";
    return `${ticks}${text}${ticks}`;
  }
  let out = text.replace(ESCAPE, "\\$1");
  for (const m of marks) {
    if (m.type === "bold") out = `**${out}**`;
    else if (m.type === "italic") out = `*${out}*`;
    else if (m.type === "strike") out = `~~${out}~~`;
  }
  return out;
}

function inline(nodes: RichNode[]): string {
  return nodes.map((n) => (n.type === "hardBreak" ? "  \n" : n.type === "text" ? wrap(n.text ?? "", n.marks) : inline(n.content ?? []))).join("");
}
