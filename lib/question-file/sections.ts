import { DESIGN_PHASES, type DesignPhase, PHASE_HEADINGS } from "./schema";

/**
 * The body of a question file: level-2 sections, and the level-3 phases of a
 * design outline. Headings inside fenced code blocks are code, not headings.
 */

export const SECTIONS = { prompt: "Prompt", sampleAnswer: "Sample answer", designOutline: "Design outline" } as const;
export type SectionKey = keyof typeof SECTIONS;
const SECTION_ORDER: readonly SectionKey[] = ["prompt", "sampleAnswer", "designOutline"];

export interface BodyProblem {
  field: string;
  rule: string;
  /** 1-based line of the file. */
  line?: number;
}

export interface Body {
  prompt?: string;
  sampleAnswer?: string;
  designOutline?: Record<DesignPhase, string>;
}

interface Heading {
  title: string;
  /** Index of the heading line in `lines`. */
  at: number;
}

/** Level-n headings outside fenced code. */
function headings(lines: readonly string[], level: 2 | 3): Heading[] {
  const out: Heading[] = [];
  let fence: string | null = null;
  const marker = `${"#".repeat(level)} `;
  lines.forEach((line, at) => {
    const f = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (f) {
      if (fence === null) fence = f[1]![0]!.repeat(f[1]!.length);
      else if (f[1]!.startsWith(fence)) fence = null;
      return;
    }
    if (fence === null && line.startsWith(marker)) out.push({ title: line.slice(marker.length).trim(), at });
  });
  return out;
}

function content(lines: readonly string[], from: number, to: number): string {
  return lines.slice(from, to).join("\n").trim();
}

/**
 * Split the body into its sections. `firstLine` is the file line of
 * `lines[0]`, so problems carry file line numbers.
 */
export function splitBody(text: string, firstLine: number): { body: Body; problems: BodyProblem[] } {
  const lines = text.split("\n");
  const problems: BodyProblem[] = [];
  const body: Body = {};
  const found = headings(lines, 2);
  const lineOf = (at: number) => firstLine + at;
  const before = content(lines, 0, found[0]?.at ?? lines.length);
  if (before) problems.push({ field: "body", rule: `text before the first section (start with "## ${SECTIONS.prompt}")`, line: lineOf(lines.findIndex((l) => l.trim())) });
  let lastOrder = -1;
  const seen = new Set<SectionKey>();
  found.forEach((h, i) => {
    const key = SECTION_ORDER.find((k) => SECTIONS[k] === h.title);
    if (!key) {
      const known = SECTION_ORDER.map((k) => `"## ${SECTIONS[k]}"`).join(", ");
      problems.push({ field: "body", rule: `unknown section "## ${h.title}" (the sections are ${known})`, line: lineOf(h.at) });
      return;
    }
    if (seen.has(key)) {
      problems.push({ field: key, rule: `"## ${h.title}" appears twice`, line: lineOf(h.at) });
      return;
    }
    seen.add(key);
    const order = SECTION_ORDER.indexOf(key);
    if (order < lastOrder) problems.push({ field: key, rule: `"## ${h.title}" is out of order (${SECTION_ORDER.map((k) => SECTIONS[k]).join(", ")})`, line: lineOf(h.at) });
    lastOrder = Math.max(lastOrder, order);
    const end = found[i + 1]?.at ?? lines.length;
    const text = content(lines, h.at + 1, end);
    if (!text) problems.push({ field: key, rule: "must not be empty", line: lineOf(h.at) });
    if (key === "designOutline") {
      const outline = splitOutline(lines.slice(h.at + 1, end), lineOf(h.at + 1), problems);
      if (outline) body.designOutline = outline;
    } else body[key] = text;
  });
  return { body, problems };
}

/** The six phases of a design outline, each a few bullets, in order. */
function splitOutline(lines: readonly string[], firstLine: number, problems: BodyProblem[]): Record<DesignPhase, string> | undefined {
  const found = headings(lines, 3);
  const byTitle = new Map(DESIGN_PHASES.map((p) => [PHASE_HEADINGS[p], p]));
  const expected = DESIGN_PHASES.map((p) => `"### ${PHASE_HEADINGS[p]}"`).join(", ");
  const outline: Partial<Record<DesignPhase, string>> = {};
  const before = content(lines, 0, found[0]?.at ?? lines.length);
  if (before) problems.push({ field: "designOutline", rule: `text before the first phase (the phases are ${expected})`, line: firstLine + lines.findIndex((l) => l.trim()) });
  let next = 0;
  found.forEach((h, i) => {
    const phase = byTitle.get(h.title);
    const line = firstLine + h.at;
    if (!phase) {
      problems.push({ field: "designOutline", rule: `unknown phase "### ${h.title}" (the phases are ${expected})`, line });
      return;
    }
    if (outline[phase] !== undefined) {
      problems.push({ field: `designOutline.${phase}`, rule: `"### ${h.title}" appears twice`, line });
      return;
    }
    if (DESIGN_PHASES.indexOf(phase) < next) problems.push({ field: `designOutline.${phase}`, rule: `"### ${h.title}" is out of order (${expected})`, line });
    next = DESIGN_PHASES.indexOf(phase) + 1;
    const text = content(lines, h.at + 1, found[i + 1]?.at ?? lines.length);
    if (!text) problems.push({ field: `designOutline.${phase}`, rule: "must not be empty", line });
    outline[phase] = text;
  });
  const missing = DESIGN_PHASES.filter((p) => outline[p] === undefined);
  if (missing.length) {
    problems.push({ field: "designOutline", rule: `missing ${missing.map((p) => `"### ${PHASE_HEADINGS[p]}"`).join(", ")}`, line: firstLine - 1 });
    return undefined;
  }
  return outline as Record<DesignPhase, string>;
}
