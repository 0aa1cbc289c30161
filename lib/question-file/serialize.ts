import { Document, isMap, isScalar, isSeq, Scalar, visit } from "yaml";
import type { Question } from "./parse";
import { DESIGN_PHASES, PHASE_HEADINGS } from "./schema";
import { SECTIONS } from "./sections";

/**
 * Write a question back in the file format, laid out as the format page shows
 * it: phrase lists and topics on one line, one key point per block, diagram
 * boxes and arrows as one-line maps. `parseQuestionFile` of the result gives
 * the same question back.
 */

const FRONT_ORDER = ["slug", "title", "level", "kind", "topics", "minutes", "languages", "keyPoints", "misconceptions", "phaseMinutes", "diagram"] as const;
const ITEM_ORDER = ["id", "label", "claim", "why", "any", "with", "unless", "rules", "contradicts"] as const;
const PHRASE_LISTS = new Set(["any", "with", "unless"]);
const BOX_ORDER = ["id", "label", "col", "row", "shape", "color"] as const;
const ARROW_ORDER = ["from", "to", "label", "dashed"] as const;

function ordered<T extends object>(value: T, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const record = value as Record<string, unknown>;
  for (const k of keys) if (record[k] !== undefined) out[k] = record[k];
  return out;
}

function frontMatter(q: Question): Record<string, unknown> {
  const out = ordered(q, FRONT_ORDER);
  out.keyPoints = q.keyPoints.map((k) => ({ ...ordered(k, ITEM_ORDER), ...(k.rules ? { rules: k.rules.map((r) => ordered(r, ITEM_ORDER)) } : {}) }));
  if (q.misconceptions.length) out.misconceptions = q.misconceptions.map((m) => ({ ...ordered(m, ITEM_ORDER), ...(m.rules ? { rules: m.rules.map((r) => ordered(r, ITEM_ORDER)) } : {}) }));
  else delete out.misconceptions;
  if (q.phaseMinutes) out.phaseMinutes = ordered(q.phaseMinutes, DESIGN_PHASES);
  if (q.diagram) out.diagram = { boxes: q.diagram.boxes.map((b) => ordered(b, BOX_ORDER)), arrows: q.diagram.arrows.map((a) => ordered(a, ARROW_ORDER)) };
  return out;
}

function yamlOf(q: Question): string {
  const doc = new Document(frontMatter(q));
  visit(doc, {
    Pair(_, pair) {
      const key = isScalar(pair.key) ? String(pair.key.value) : "";
      const value = pair.value;
      if (isSeq(value) && value.items.every(isScalar)) {
        value.flow = true;
        if (PHRASE_LISTS.has(key)) for (const item of value.items) (item as Scalar).type = Scalar.QUOTE_DOUBLE;
      }
      if ((key === "boxes" || key === "arrows") && isSeq(value)) {
        for (const item of value.items) {
          if (!isMap(item)) continue;
          item.flow = true;
          // Labels may hold "\n": double quotes keep them on one line.
          const label = item.get("label", true);
          if (isScalar(label)) label.type = Scalar.QUOTE_DOUBLE;
        }
      }
      if (key === "why" && isScalar(value) && String(value.value).length > 60) value.type = Scalar.BLOCK_FOLDED;
    },
  });
  return doc.toString({ lineWidth: 110, minContentWidth: 40, flowCollectionPadding: false });
}

export function serializeQuestionFile(q: Question): string {
  const parts = [`---\n${yamlOf(q)}---`, `## ${SECTIONS.prompt}\n\n${q.prompt}`, `## ${SECTIONS.sampleAnswer}\n\n${q.sampleAnswer}`];
  if (q.designOutline) {
    const outline = q.designOutline;
    parts.push(`## ${SECTIONS.designOutline}\n\n${DESIGN_PHASES.map((p) => `### ${PHASE_HEADINGS[p]}\n\n${outline[p]}`).join("\n\n")}`);
  }
  return `${parts.join("\n\n")}\n`;
}
