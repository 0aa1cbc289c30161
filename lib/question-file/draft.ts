import { z } from "zod";
import { richDocSchema, type RichDoc } from "../rich-text/doc";
import { sceneSchema } from "../sketch/scene";
import { docToMarkdown } from "../rich-text/to-markdown";
import { KINDS, LEVELS } from "../taxonomy";
import { phraseList, type DraftScene, type QuestionDraft } from "./draft-shape";

export { phraseList, slugFromTitle, type DraftScene, type KeyPointDraft, type MisconceptionDraft, type QuestionDraft } from "./draft-shape";
import type { StoredQuestion } from "./export";
import { RESERVED_SLUGS } from "./limits";
import { parseQuestionFile, type ParseResult } from "./parse";
import { DESIGN_PHASES, PHASE_HEADINGS } from "./schema";
import { serializeQuestionFile } from "./serialize";

/**
 * A question as the editor holds it: rich text for the prompt and sample
 * answer, phrases as comma-separated text. Saving turns it into a question
 * file and validates it with the file's own parser, so a written question
 * obeys exactly the rules an imported one does, with the same messages.
 */

const text = (max: number) => z.string().max(max).default("");

export const questionDraftSchema = z.object({
  slug: text(200),
  title: text(400),
  level: z.enum(LEVELS, { error: "Choose a level." }),
  kind: z.enum(KINDS, { error: "Choose a kind." }),
  topics: z.array(z.string().max(60)).max(10).default([]),
  minutes: z.coerce.number().default(10),
  prompt: richDocSchema,
  sampleAnswer: richDocSchema,
  outline: text(40_000),
  keyPoints: z.array(z.object({ label: text(400), any: text(4000), with: text(4000) })).max(20),
  misconceptions: z.array(z.object({ claim: text(400), why: text(1000), any: text(4000) })).max(12),
  // The sketch's own rules (element kinds, raster images only, sizes; generated HTML stripped).
  referenceScene: sceneSchema.nullable().default(null),
});

/** What a saved question keeps as its reference diagram: a design question's drawing, if anything is drawn. */
export function referenceSceneOf(d: Pick<z.output<typeof questionDraftSchema>, "kind" | "referenceScene">) {
  const scene = d.referenceScene;
  return d.kind === "design" && scene && scene.elements.some((e) => !(e as { isDeleted?: boolean }).isDeleted) ? scene : null;
}

function idOf(s: string, taken: Set<string>): string {
  const base =
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40)
      .replace(/-+$/, "") || "misconception";
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

export const OUTLINE_TEMPLATE = DESIGN_PHASES.map((p) => `### ${PHASE_HEADINGS[p]}\n\n- `).join("\n\n");

/** The draft as a question file's text (which may not validate yet). */
export function draftToFile(d: QuestionDraft): string {
  const ids = new Set<string>();
  const q = {
    slug: d.slug.trim(),
    title: d.title.trim(),
    level: d.level,
    kind: d.kind,
    topics: d.topics,
    minutes: d.minutes,
    keyPoints: d.keyPoints.map((k) => {
      const withList = phraseList(k.with);
      return { label: k.label.trim(), any: phraseList(k.any), ...(withList.length ? { with: withList } : {}) };
    }),
    misconceptions: d.misconceptions.map((m) => ({ id: idOf(m.claim, ids), claim: m.claim.trim(), why: m.why.trim(), any: phraseList(m.any) })),
    prompt: docToMarkdown(d.prompt).trim(),
    sampleAnswer: docToMarkdown(d.sampleAnswer).trim(),
  };
  const file = serializeQuestionFile(q as Parameters<typeof serializeQuestionFile>[0]);
  return d.kind === "design" ? `${file.trimEnd()}\n\n## Design outline\n\n${d.outline.trim()}\n` : file;
}

/** Validate a draft as a question file: the question, or every problem (field and rule, without a file name). */
export function checkDraft(d: QuestionDraft): ParseResult {
  const result = parseQuestionFile("question.md", draftToFile(d));
  if (result.ok && RESERVED_SLUGS.includes(result.question.slug)) return { ok: false, errors: [{ file: "question.md", field: "slug", rule: "names a page of the bank", message: `slug: "${result.question.slug}" names a page of the bank; choose another` }] };
  if (result.ok) return result;
  return { ok: false, errors: result.errors.map((e) => ({ ...e, message: `${e.field}: ${e.rule}` })) };
}

/** A stored question of the person's as a draft to edit. Rules written as files (`rules:`, `unless`) keep only their first rule's phrases. */
export function draftFromStored(q: StoredQuestion): QuestionDraft {
  const join = (l: readonly string[] | undefined) => (l ?? []).join(", ");
  return {
    slug: q.slug,
    title: q.title,
    level: q.level,
    kind: q.kind,
    topics: q.topics,
    minutes: q.suggestedMinutes,
    prompt: q.prompt,
    sampleAnswer: q.sampleAnswer,
    outline: q.designPhases ? DESIGN_PHASES.map((p) => `### ${PHASE_HEADINGS[p]}\n\n${docToMarkdown(q.designPhases![p])}`).join("\n\n") : OUTLINE_TEMPLATE,
    keyPoints: q.keyPoints.map((k) => ({ label: k.label, any: join(k.any ?? k.rules?.[0]?.any), with: join(k.with ?? k.rules?.[0]?.with) })),
    misconceptions: q.misconceptions.map((m) => ({ claim: m.claim, why: m.why, any: join(m.any ?? m.rules?.[0]?.any) })),
    referenceScene: q.kind === "design" && q.referenceScene ? (q.referenceScene as DraftScene) : null,
  };
}
