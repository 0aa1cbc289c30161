import { readZip } from "./archive";
import { parseCsv } from "./csv";
import { IMPORT_LIMITS, megabytes } from "./limits";
import { parseQuestionFile, type Question } from "./parse";
import { slugFromTitle } from "./draft-shape";
import { frontMatterSchema, issueMessage } from "./schema";

export { slugFromTitle };

/**
 * One upload to the import — a question file, a zip of them, or a CSV — read
 * into questions and every problem, each naming the file (and the line, where
 * there is one). Nothing here writes: the import plans and commits elsewhere.
 */

export interface ImportProblem {
  file: string;
  line?: number;
  message: string;
}

export interface ImportCandidate {
  /** The file (or zip entry) it came from. */
  file: string;
  /** CSV: the line its row starts on. */
  line?: number;
  question: Question;
}

export interface UploadRead {
  candidates: ImportCandidate[];
  problems: ImportProblem[];
}

export type UploadKind = "md" | "zip" | "csv";

export function uploadKind(name: string): UploadKind | null {
  const ext = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  return ext === "md" || ext === "zip" || ext === "csv" ? ext : null;
}

const decoder = new TextDecoder("utf-8");

/** A file name as the person sent it, safe to show: its last segment, on one line, short. */
export function displayName(name: string): string {
  const base = name.replace(/^.*[\\/]/, "").replace(/[\u0000-\u001f\u007f]/g, "?");
  return (base.length > 80 ? `${base.slice(0, 77)}…` : base) || "upload";
}

export function readUpload({ name, bytes }: { name: string; bytes: Uint8Array }): UploadRead {
  const file = displayName(name);
  const kind = uploadKind(file);
  if (!kind) return { candidates: [], problems: [{ file, message: `${file}: import a question file (.md), a zip of them (.zip) or a CSV (.csv).` }] };
  if (bytes.length > IMPORT_LIMITS.importBytes) return { candidates: [], problems: [{ file, message: `${file}: larger than ${megabytes(IMPORT_LIMITS.importBytes)}, the limit for one import.` }] };
  if (kind === "zip") {
    const zip = readZip(bytes);
    const out: UploadRead = { candidates: [], problems: zip.problems.map((message) => ({ file, message })) };
    for (const entry of zip.entries) addFile(out, entry.name, entry.text);
    return withDuplicates(out);
  }
  if (bytes.length > IMPORT_LIMITS.fileBytes) return { candidates: [], problems: [{ file, message: `${file}: larger than ${megabytes(IMPORT_LIMITS.fileBytes)}, the limit for one file.` }] };
  const text = decoder.decode(bytes);
  const out: UploadRead = { candidates: [], problems: [] };
  if (kind === "md") addFile(out, file, text);
  else readCsvQuestions(out, file, text);
  return withDuplicates(out);
}

function addFile(out: UploadRead, name: string, text: string): void {
  const parsed = parseQuestionFile(name, text);
  if (parsed.ok) out.candidates.push({ file: name, question: parsed.question });
  else for (const e of parsed.errors) out.problems.push({ file: name, ...(e.line ? { line: e.line } : {}), message: e.message });
}

/** Two questions of one upload with one slug: the second would overwrite the first. */
function withDuplicates(out: UploadRead): UploadRead {
  const first = new Map<string, ImportCandidate>();
  for (const c of out.candidates) {
    const other = first.get(c.question.slug);
    if (other) {
      const where = (x: ImportCandidate) => (x.line ? `${x.file} line ${x.line}` : x.file);
      out.problems.push({ file: c.file, ...(c.line ? { line: c.line } : {}), message: `${where(c)}: slug: "${c.question.slug}" is also the slug of ${where(other)}` });
    } else first.set(c.question.slug, c);
  }
  return out;
}

/* ------------------------------------------------------------------ CSV */

/** The CSV's columns, by their header (case, spaces and "_" do not matter). */
const COLUMNS = {
  title: ["title"],
  prompt: ["prompt", "question"],
  answer: ["answer", "sampleanswer"],
  level: ["level"],
  kind: ["kind", "type"],
  topics: ["topics", "topic"],
  keyPoints: ["keypoints", "keypoint"],
  slug: ["slug"],
  minutes: ["minutes", "suggestedminutes"],
} as const;
type Column = keyof typeof COLUMNS;
const REQUIRED: Column[] = ["title", "prompt", "answer", "level", "kind", "topics", "keyPoints"];
const COLUMN_NAMES: Record<Column, string> = {
  title: "title",
  prompt: "prompt",
  answer: "answer",
  level: "level",
  kind: "kind",
  topics: "topics",
  keyPoints: "key points",
  slug: "slug",
  minutes: "minutes",
};

/**
 * Key points in one CSV cell: one per line (or separated by ";"), each
 * "label: phrase, phrase" — the last ":" ends the label.
 */
export function keyPointsFromCell(cell: string): { label: string; any: string[] }[] | string {
  const parts = cell
    .split(/\r?\n|;/)
    .map((s) => s.trim())
    .filter(Boolean);
  const out: { label: string; any: string[] }[] = [];
  for (const part of parts) {
    const colon = part.lastIndexOf(":");
    if (colon <= 0) return `write each key point as "label: phrase, phrase" ("${part.slice(0, 40)}" has no ":")`;
    const any = part
      .slice(colon + 1)
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    out.push({ label: part.slice(0, colon).trim(), any });
  }
  return out;
}

function readCsvQuestions(out: UploadRead, file: string, text: string): void {
  const csv = parseCsv(text);
  if (!csv.ok) {
    out.problems.push({ file, line: csv.line, message: `${file}: line ${csv.line}: ${csv.rule}` });
    return;
  }
  const [header, ...rows] = csv.records;
  if (!header) {
    out.problems.push({ file, message: `${file}: the CSV is empty (its first line names the columns: ${REQUIRED.map((c) => COLUMN_NAMES[c]).join(", ")})` });
    return;
  }
  const index = new Map<Column, number>();
  header.fields.forEach((h, i) => {
    const key = h.toLowerCase().replace(/[\s_-]+/g, "");
    const col = (Object.keys(COLUMNS) as Column[]).find((c) => (COLUMNS[c] as readonly string[]).includes(key));
    if (col && !index.has(col)) index.set(col, i);
  });
  const missing = REQUIRED.filter((c) => !index.has(c));
  if (missing.length) {
    out.problems.push({ file, line: header.line, message: `${file}: line ${header.line}: the header has no ${missing.map((c) => `"${COLUMN_NAMES[c]}"`).join(", ")} column` });
    return;
  }
  for (const row of rows) {
    const cell = (c: Column) => (index.has(c) ? (row.fields[index.get(c)!] ?? "").trim() : "");
    const problem = (field: string, rule: string) => out.problems.push({ file, line: row.line, message: `${file}: line ${row.line}: ${field}: ${rule}` });
    const keyPoints = keyPointsFromCell(cell("keyPoints"));
    if (typeof keyPoints === "string") {
      problem("key points", keyPoints);
      continue;
    }
    const minutesCell = cell("minutes");
    const data = {
      slug: cell("slug") || slugFromTitle(cell("title")),
      title: cell("title"),
      level: cell("level").toLowerCase(),
      kind: cell("kind").toLowerCase(),
      topics: cell("topics")
        .toLowerCase()
        .split(/[\s,;|]+/)
        .filter(Boolean),
      minutes: minutesCell ? Number(minutesCell) : 10,
      keyPoints,
    };
    const parsed = frontMatterSchema.safeParse(data, { error: issueMessage });
    let bad = false;
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const [top, ...rest] = issue.path;
        const column = typeof top === "string" && top in COLUMN_NAMES ? COLUMN_NAMES[top as Column] : String(top ?? "row");
        const sub = rest.length ? rest.map((p) => (typeof p === "number" ? `[${p + (top === "keyPoints" ? 1 : 0)}]` : `.${String(p)}`)).join("") : "";
        problem(`${column}${sub}`, issue.message);
      }
      bad = true;
    }
    if (!cell("prompt")) (problem("prompt", "is required"), (bad = true));
    if (!cell("answer")) (problem("answer", "is required"), (bad = true));
    if (parsed.success && parsed.data.kind === "design") {
      problem("kind", "design questions need a design outline, which a CSV cannot hold: import them as question files (.md)");
      bad = true;
    }
    if (bad || !parsed.success) continue;
    out.candidates.push({ file, line: row.line, question: { ...parsed.data, prompt: cell("prompt"), sampleAnswer: cell("answer") } });
  }
  if (rows.length === 0) out.problems.push({ file, message: `${file}: the CSV has a header but no questions` });
}
