import { z } from "zod";
import { phraseError } from "../judge/phrase";
import { DESIGN_PHASES, KINDS, LANGUAGES, LEVELS, TOPIC_SLUGS, type DesignPhase } from "../taxonomy";
import { BOX_COLORS, BOX_SHAPES, DIAGRAM_GRID } from "./diagram";

/**
 * The schema of a question file's front-matter (docs/question-format.md).
 * Messages say the rule in plain words; the parser adds the file, the field
 * and the line.
 */



export { DESIGN_PHASES, PHASE_HEADINGS, type DesignPhase } from "../taxonomy";

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const kebab = (what: string) => z.string().regex(KEBAB, { error: `${what} must be kebab-case (lower-case words and digits joined by "-")` });

const phrase = z.string({ error: "a phrase must be text" }).superRefine((value, ctx) => {
  const error = phraseError(value);
  if (error) ctx.addIssue({ code: "custom", message: error });
});
const phrases = z.array(phrase, { error: "must be a list of phrases" }).min(1, { error: "at least 1 phrase is required" }).max(30, { error: "at most 30 phrases" });

const ruleSchema = z.strictObject({ any: phrases, with: phrases.optional(), unless: phrases.optional() });

const ruleFields = {
  any: phrases.optional(),
  with: phrases.optional(),
  unless: phrases.optional(),
  rules: z.array(ruleSchema, { error: "must be a list of rules" }).min(1, { error: "at least 1 rule is required" }).max(10, { error: "at most 10 rules" }).optional(),
};

/** One rule inline, or several under `rules`: never both, never neither. */
function checkRuleForm(item: { any?: unknown; with?: unknown; unless?: unknown; rules?: unknown }, ctx: z.RefinementCtx): void {
  const inline = item.any !== undefined || item.with !== undefined || item.unless !== undefined;
  if (item.rules !== undefined && inline) ctx.addIssue({ code: "custom", path: ["rules"], message: "write one rule inline (any/with/unless) or several under rules, not both" });
  else if (item.rules === undefined && item.any === undefined) ctx.addIssue({ code: "custom", path: ["any"], message: "at least 1 phrase is required" });
}

const keyPointSchema = z
  .strictObject({
    id: kebab("an id").optional(),
    label: z.string().min(3).max(160),
    ...ruleFields,
  })
  .superRefine(checkRuleForm);

const misconceptionSchema = z
  .strictObject({
    id: kebab("an id"),
    claim: z.string().min(3).max(160),
    why: z.string().min(10).max(400),
    ...ruleFields,
    contradicts: z.array(kebab("a key-point id")).min(1).optional(),
  })
  .superRefine(checkRuleForm);

const boxSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_-]*$/, { error: 'a box id is lower-case letters, digits, "_" and "-"' }),
  label: z.string().min(1).max(40),
  col: z.number().int().min(0).max(DIAGRAM_GRID.cols - 1),
  row: z.number().int().min(0).max(DIAGRAM_GRID.rows - 1),
  shape: z.enum(BOX_SHAPES).optional(),
  color: z.enum(BOX_COLORS).optional(),
});

const arrowSchema = z.strictObject({
  from: z.string().min(1),
  to: z.string().min(1),
  label: z.string().min(1).max(40).optional(),
  dashed: z.boolean().optional(),
});

const diagramSchema = z
  .strictObject({
    boxes: z.array(boxSchema).min(1).max(30),
    arrows: z.array(arrowSchema).max(60).default([]),
  })
  .superRefine((d, ctx) => {
    const ids = new Set<string>();
    const cells = new Map<string, string>();
    d.boxes.forEach((b, i) => {
      if (ids.has(b.id)) ctx.addIssue({ code: "custom", path: ["boxes", i, "id"], message: `box id "${b.id}" is used twice` });
      ids.add(b.id);
      const cell = `${b.col},${b.row}`;
      const other = cells.get(cell);
      if (other) ctx.addIssue({ code: "custom", path: ["boxes", i], message: `box "${b.id}" sits on the same cell as "${other}"` });
      else cells.set(cell, b.id);
    });
    d.arrows.forEach((a, i) => {
      for (const end of ["from", "to"] as const) {
        if (!ids.has(a[end])) ctx.addIssue({ code: "custom", path: ["arrows", i, end], message: `no box has id "${a[end]}"` });
      }
      if (a.from === a.to) ctx.addIssue({ code: "custom", path: ["arrows", i], message: "an arrow joins two different boxes" });
    });
  });

const phaseMinutesSchema = z.strictObject(Object.fromEntries(DESIGN_PHASES.map((p) => [p, z.number().int().min(1).max(90).optional()])) as Record<DesignPhase, z.ZodOptional<z.ZodNumber>>);

const unique = <T>(list: readonly T[]) => new Set(list).size === list.length;

export const frontMatterSchema = z
  .strictObject({
    slug: z.string().min(3).max(80).regex(KEBAB, { error: 'must be kebab-case (lower-case words and digits joined by "-")' }),
    title: z.string().min(3).max(120),
    level: z.enum(LEVELS),
    kind: z.enum(KINDS),
    topics: z
      .array(z.enum(TOPIC_SLUGS as [string, ...string[]]))
      .min(1)
      .max(3)
      .refine(unique, { error: "a topic is listed twice" }),
    minutes: z.number().int().min(1).max(90),
    languages: z.array(z.enum(LANGUAGES)).min(1).refine(unique, { error: "a language is listed twice" }).optional(),
    keyPoints: z.array(keyPointSchema).min(1).max(10),
    misconceptions: z.array(misconceptionSchema).max(8).default([]),
    phaseMinutes: phaseMinutesSchema.optional(),
    diagram: diagramSchema.optional(),
  })
  .superRefine((q, ctx) => {
    const seen = new Map<string, string>();
    const claim = (id: string | undefined, path: (string | number)[]) => {
      if (!id) return;
      const other = seen.get(id);
      if (other) ctx.addIssue({ code: "custom", path, message: `id "${id}" is already used by ${other}` });
      else seen.set(id, path.slice(0, 2).map((p) => (typeof p === "number" ? `[${p}]` : p)).join(""));
    };
    q.keyPoints.forEach((k, i) => claim(k.id, ["keyPoints", i, "id"]));
    q.misconceptions.forEach((m, i) => claim(m.id, ["misconceptions", i, "id"]));
    const keyPointIds = new Set(q.keyPoints.flatMap((k) => (k.id ? [k.id] : [])));
    q.misconceptions.forEach((m, i) =>
      m.contradicts?.forEach((id, j) => {
        if (!keyPointIds.has(id)) ctx.addIssue({ code: "custom", path: ["misconceptions", i, "contradicts", j], message: `no key point has id "${id}"` });
      }),
    );
    if (q.languages && q.kind !== "coding") ctx.addIssue({ code: "custom", path: ["languages"], message: "only coding questions list languages" });
    if (q.phaseMinutes) {
      if (q.kind !== "design") ctx.addIssue({ code: "custom", path: ["phaseMinutes"], message: "only design questions have phases" });
      const total = Object.values(q.phaseMinutes).reduce<number>((n, m) => n + (m ?? 0), 0);
      if (total > q.minutes) ctx.addIssue({ code: "custom", path: ["phaseMinutes"], message: `the phases add up to ${total} minutes, more than the question's ${q.minutes}` });
    }
    if (q.diagram && q.kind !== "design") ctx.addIssue({ code: "custom", path: ["diagram"], message: "only design questions have a reference diagram" });
  });

export type FrontMatter = z.output<typeof frontMatterSchema>;

/** Readable messages for zod's generic issues (the schema's own messages win). */
export function issueMessage(issue: z.core.$ZodRawIssue): string | undefined {
  const what = (origin: unknown, n: unknown) =>
    origin === "string" ? `${n} characters` : origin === "array" || origin === "set" ? `${n} ${n === 1 ? "item" : "items"}` : String(n);
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return "is required";
      return issue.expected === "int" ? "must be a whole number" : issue.expected === "array" ? "must be a list" : issue.expected === "object" ? "must be a mapping of fields" : `must be ${issue.expected === "string" ? "text" : `a ${issue.expected}`}`;
    case "too_small":
      return `at least ${what(issue.origin, issue.minimum)}`;
    case "too_big":
      return `at most ${what(issue.origin, issue.maximum)}`;
    case "invalid_value":
      return `must be one of: ${issue.values.map(String).join(", ")}`;
    default:
      return undefined;
  }
}
