import { z } from "zod";

/**
 * Rich text is stored as TipTap (ProseMirror) JSON. This module owns the
 * whitelist of node and mark types the editor may produce, parses untrusted
 * documents against it, and extracts plain text for search and matching.
 */

export interface RichMark {
  type: string;
  attrs?: Record<string, unknown>;
}

export interface RichNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: RichNode[];
  marks?: RichMark[];
  text?: string;
}

export interface RichDoc extends RichNode {
  type: "doc";
}

export const MAX_DOC_DEPTH = 24;

const BLOCK_TYPES = [
  "paragraph",
  "heading",
  "bulletList",
  "orderedList",
  "listItem",
  "codeBlock",
  "blockquote",
  "hardBreak",
  "horizontalRule",
  "text",
] as const;
const MARK_TYPES = ["bold", "italic", "code", "strike", "underline"] as const;

const markSchema = z.strictObject({
  type: z.enum(MARK_TYPES, { error: `Unsupported text style. Allowed: ${MARK_TYPES.join(", ")}.` }),
  attrs: z.record(z.string(), z.unknown()).optional(),
});

const attrsSchema = z
  .object({
    level: z.number().int().min(1).max(6).optional(),
    start: z.number().int().min(0).max(100_000).optional(),
    language: z.string().max(40).nullable().optional(),
    textAlign: z.unknown().optional(),
    type: z.string().max(20).nullable().optional(),
  })
  .loose();

type NodeInput = z.input<typeof nodeShape>;
const nodeShape = z.strictObject({
  type: z.enum(BLOCK_TYPES, { error: `Unsupported block. Allowed: ${BLOCK_TYPES.join(", ")}.` }),
  attrs: attrsSchema.optional(),
  marks: z.array(markSchema).max(8).optional(),
  text: z.string().optional(),
  content: z.array(z.unknown()).optional(),
});

function depthOf(node: unknown, depth = 0): number {
  if (depth > MAX_DOC_DEPTH) return depth;
  if (!node || typeof node !== "object") return depth;
  const content = (node as { content?: unknown }).content;
  if (!Array.isArray(content)) return depth;
  let max = depth;
  for (const child of content) max = Math.max(max, depthOf(child, depth + 1));
  return max;
}

function parseNode(value: unknown, path: string, issues: string[]): RichNode | null {
  const res = nodeShape.safeParse(value);
  if (!res.success) {
    issues.push(`${path}: ${res.error.issues[0]?.message ?? "invalid node"}`);
    return null;
  }
  const node = res.data as NodeInput;
  if (node.type === "text" && (typeof node.text !== "string" || node.text.length === 0)) {
    issues.push(`${path}: a text node needs non-empty text`);
    return null;
  }
  const out: RichNode = { type: node.type };
  if (node.attrs) out.attrs = node.attrs;
  if (node.marks) out.marks = node.marks;
  if (node.text !== undefined) out.text = node.text;
  if (node.content) {
    out.content = [];
    node.content.forEach((child, i) => {
      const parsed = parseNode(child, `${path}.content[${i}]`, issues);
      if (parsed) out.content!.push(parsed);
    });
  }
  return out;
}

export type ParseDocResult = { ok: true; doc: RichDoc } | { ok: false; error: string };

/** Parse an untrusted editor document: only whitelisted nodes and marks, bounded depth. */
export function parseRichDoc(value: unknown): ParseDocResult {
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    return { ok: false, error: "The answer must be an editor document (a JSON object with type \"doc\")." };
  }
  if ((value as { type?: unknown }).type !== "doc") {
    return { ok: false, error: "The answer must be an editor document whose type is \"doc\"." };
  }
  if (depthOf(value) > MAX_DOC_DEPTH) {
    return { ok: false, error: `The answer is nested too deeply (at most ${MAX_DOC_DEPTH} levels).` };
  }
  const content = (value as { content?: unknown }).content;
  if (content !== undefined && !Array.isArray(content)) {
    return { ok: false, error: "The document's content must be a list of blocks." };
  }
  const issues: string[] = [];
  const blocks: RichNode[] = [];
  (content ?? []).forEach((child: unknown, i: number) => {
    const parsed = parseNode(child, `content[${i}]`, issues);
    if (parsed) blocks.push(parsed);
  });
  if (issues.length > 0) return { ok: false, error: `Malformed editor document at ${issues[0]}.` };
  return { ok: true, doc: { type: "doc", content: blocks } };
}

/** Zod schema for an editor document, for use inside request schemas. */
export const richDocSchema = z.unknown().transform((value, ctx) => {
  const res = parseRichDoc(value);
  if (!res.ok) {
    ctx.addIssue({ code: "custom", message: res.error });
    return z.NEVER;
  }
  return res.doc;
});
