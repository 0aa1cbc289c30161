import { isMap, isScalar, LineCounter, type Node, parseDocument } from "yaml";
import { type DesignPhase, type FrontMatter, frontMatterSchema, issueMessage } from "./schema";
import { SECTIONS, splitBody } from "./sections";

/**
 * Parse one question file (Markdown with YAML front-matter, as
 * docs/question-format.md describes) into a question, or into every problem
 * it has, each naming the file, the field, the rule and, where known, the line.
 */

/** A parsed question file: its front-matter and its body sections (Markdown). */
export interface Question extends FrontMatter {
  prompt: string;
  sampleAnswer: string;
  /** Design questions: a few bullets per phase. */
  designOutline?: Record<DesignPhase, string> | undefined;
}

export interface QuestionFileError {
  file: string;
  /** "keyPoints[2].any", "slug", "body", "designOutline.api", … */
  field: string;
  rule: string;
  /** 1-based line in the file, where known. */
  line?: number;
  /** `file: field: rule (line n)`, ready to print. */
  message: string;
}

export type ParseResult = { ok: true; question: Question } | { ok: false; errors: QuestionFileError[] };

export interface ParseOptions {
  /**
   * The built-in bank's stricter rules: the slug is the file name, at least
   * one misconception, a reference diagram for design questions, and coding
   * questions that show TypeScript plus Python, Go or Java (or pure SQL).
   */
  bank?: boolean;
}

type Path = readonly (string | number)[];

function formatField(path: Path): string {
  return path.reduce<string>((out, p) => (typeof p === "number" ? `${out}[${p}]` : out ? `${out}.${p}` : p), "");
}

export function formatError(e: Omit<QuestionFileError, "message">): string {
  return `${e.file}: ${e.field}: ${e.rule}${e.line ? ` (line ${e.line})` : ""}`;
}

function problem(file: string, field: string, rule: string, line?: number): QuestionFileError {
  const e = line === undefined ? { file, field, rule } : { file, field, rule, line };
  return { ...e, message: formatError(e) };
}

/** The front-matter block and the body, with the file line each starts on. */
function splitFile(text: string): { yaml: string; body: string; bodyLine: number } | null {
  const lines = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").split("\n");
  if (lines[0]?.trim() !== "---") return null;
  const close = lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(l));
  if (close < 0) return null;
  return { yaml: lines.slice(1, close).join("\n"), body: lines.slice(close + 1).join("\n"), bodyLine: close + 2 };
}

/** The file line of the YAML node at `path`, or of its nearest existing parent. */
function lineOf(doc: ReturnType<typeof parseDocument>, counter: LineCounter, path: Path): number | undefined {
  const line = (offset: number) => counter.linePos(offset).line + 1;
  for (let n = path.length; n >= 0; n--) {
    const last = path[n - 1];
    if (typeof last === "string") {
      const parent = n === 1 ? doc.contents : doc.getIn(path.slice(0, n - 1), true);
      if (isMap(parent)) {
        const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === last);
        const range = (pair?.key as Node | undefined)?.range;
        if (range) return line(range[0]);
      }
      continue;
    }
    const node = (n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true)) as Node | undefined;
    if (node?.range) return line(node.range[0]);
  }
  return undefined;
}

const FENCES: Record<string, RegExp> = {
  typescript: /^```(?:ts|typescript)\b/m,
  javascript: /^```(?:js|javascript)\b/m,
  python: /^```(?:py|python)\b/m,
  go: /^```(?:go|golang)\b/m,
  java: /^```java\b/m,
  sql: /^```sql\b/m,
};

function bankRules(file: string, q: Question, at: (path: Path) => number | undefined): QuestionFileError[] {
  const out: QuestionFileError[] = [];
  const slug = file.replace(/^.*[\\/]/, "").replace(/\.md$/, "");
  if (q.slug !== slug) out.push(problem(file, "slug", `must equal the file name ("${slug}")`, at(["slug"])));
  if (q.misconceptions.length === 0) out.push(problem(file, "misconceptions", "the bank's questions name at least 1 misconception", at(["misconceptions"])));
  if (q.kind === "design" && !q.diagram) out.push(problem(file, "diagram", "design questions carry a reference diagram", at(["kind"])));
  if (q.kind === "coding") {
    const langs = q.languages ?? [];
    if (!q.languages) out.push(problem(file, "languages", "coding questions list the languages the sample answer shows", at(["kind"])));
    else if (!(langs.length === 1 && langs[0] === "sql") && !(langs.includes("typescript") && langs.some((l) => l === "python" || l === "go" || l === "java"))) {
      out.push(problem(file, "languages", "show TypeScript and at least one of python, go or java (or only sql)", at(["languages"])));
    }
    for (const lang of langs) {
      if (!FENCES[lang]!.test(q.sampleAnswer)) out.push(problem(file, "languages", `the sample answer has no fenced ${lang} block`, at(["languages"])));
    }
  }
  return out;
}

export function parseQuestionFile(fileName: string, text: string, options: ParseOptions = {}): ParseResult {
  const file = fileName.replace(/^.*[\\/]/, "");
  const parts = splitFile(text);
  if (!parts) return { ok: false, errors: [problem(file, "front-matter", 'the file must start with a YAML front-matter block between "---" lines', 1)] };

  const counter = new LineCounter();
  const doc = parseDocument(parts.yaml, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length) {
    return {
      ok: false,
      errors: doc.errors.map((e) => problem(file, "front-matter", e.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, ""), counter.linePos(e.pos[0]).line + 1)),
    };
  }
  const data: unknown = doc.toJS({ maxAliasCount: 20 });
  const at = (path: Path) => lineOf(doc, counter, path);
  const errors: QuestionFileError[] = [];

  const parsed = frontMatterSchema.safeParse(data ?? {}, { error: issueMessage });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === "unrecognized_keys") {
        for (const key of issue.keys) errors.push(problem(file, formatField([...issue.path, key] as Path), "unknown field", at([...issue.path, key] as Path)));
      } else {
        const path = issue.path as Path;
        errors.push(problem(file, formatField(path) || "front-matter", issue.message, at(path)));
      }
    }
  }

  const { body, problems } = splitBody(parts.body, parts.bodyLine);
  for (const p of problems) errors.push(problem(file, p.field, p.rule, p.line));
  if (body.prompt === undefined && !problems.some((p) => p.field === "prompt")) errors.push(problem(file, "prompt", `the "## ${SECTIONS.prompt}" section is required`));
  if (body.sampleAnswer === undefined && !problems.some((p) => p.field === "sampleAnswer")) errors.push(problem(file, "sampleAnswer", `the "## ${SECTIONS.sampleAnswer}" section is required`));
  if (parsed.success) {
    const kind = parsed.data.kind;
    const outlineProblem = problems.some((p) => p.field.startsWith("designOutline"));
    if (kind === "design" && !body.designOutline && !outlineProblem) errors.push(problem(file, "designOutline", `design questions have a "## ${SECTIONS.designOutline}" section`));
    if (kind !== "design" && (body.designOutline || outlineProblem)) errors.push(problem(file, "designOutline", "only design questions have a design outline"));
  }
  if (!parsed.success || errors.length) return { ok: false, errors };

  const question: Question = { ...parsed.data, prompt: body.prompt!, sampleAnswer: body.sampleAnswer! };
  if (body.designOutline) question.designOutline = body.designOutline;
  if (options.bank) {
    const bank = bankRules(file, question, at);
    if (bank.length) return { ok: false, errors: bank };
  }
  return { ok: true, question };
}
