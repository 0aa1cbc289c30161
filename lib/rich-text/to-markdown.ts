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

const DELIMITERS = { bold: "**", italic: "*", strike: "~~" } as const;
type Emphasis = keyof typeof DELIMITERS;
const EMPHASIS: readonly Emphasis[] = ["bold", "italic", "strike"];

function text(t: string, marks: RichMark[] = []): string {
  if (marks.some((m) => m.type === "code")) {
    const ticks = t.includes("`") ? "``" : "`";
    return `${ticks}${t}${ticks}`;
  }
  return t.replace(ESCAPE, "\\$1");
}

/**
 * Inline nodes with their emphasis opened and closed across runs, not per
 * node: "**Use `GET`**" is two nodes (one also code) that share one bold, and
 * a delimiter never sits next to a space inside it ("**Use **" is not bold).
 */
function inline(nodes: RichNode[]): string {
  let out = "";
  let open: Emphasis[] = [];
  const close = (keep: number) => {
    if (open.length <= keep) return;
    const trailing = /\s*$/.exec(out)![0];
    out = out.slice(0, out.length - trailing.length);
    for (const m of open.slice(keep).reverse()) out += DELIMITERS[m];
    out += trailing;
    open = open.slice(0, keep);
  };
  for (const n of nodes) {
    if (n.type === "hardBreak") {
      close(0);
      out += "  \n";
      continue;
    }
    if (n.type !== "text") {
      close(0);
      out += inline(n.content ?? []);
      continue;
    }
    const want = EMPHASIS.filter((e) => n.marks?.some((m) => m.type === e));
    let keep = 0;
    while (keep < open.length && keep < want.length && open[keep] === want[keep]) keep++;
    close(keep);
    let body = text(n.text ?? "", n.marks);
    if (want.length > open.length) {
      const leading = /^\s*/.exec(body)![0];
      out += leading;
      body = body.slice(leading.length);
      for (const m of want.slice(open.length)) out += DELIMITERS[m];
      open = want;
    }
    out += body;
  }
  close(0);
  return out;
}
