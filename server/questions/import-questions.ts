import "server-only";
import { listSlugsByUser, upsertOwnQuestionsByUser } from "@/db/queries/own-questions";
import { toQuestionRow } from "@/db/question-row";
import { AppError } from "@/lib/errors";
import { IMPORT_LIMITS, RESERVED_SLUGS } from "@/lib/question-file/limits";
import { readUpload, type ImportProblem } from "@/lib/question-file/upload";

/** What an import would do, file by file: shown before anything is written, and refused whole while it has problems. */
export interface ImportPlan {
  items: { file: string; line?: number; slug: string; title: string; action: "create" | "update" }[];
  problems: ImportProblem[];
  creates: number;
  updates: number;
}

export interface ImportInput {
  userId: string;
  name: string;
  bytes: Uint8Array;
}

async function plan({ userId, name, bytes }: ImportInput) {
  const read = readUpload({ name, bytes });
  const slugs = read.candidates.map((c) => c.question.slug);
  const existing = await listSlugsByUser({ userId, slugs });
  const problems = [...read.problems];
  const items: ImportPlan["items"] = [];
  for (const c of read.candidates) {
    const at = c.line ? `${c.file}: line ${c.line}` : c.file;
    if (RESERVED_SLUGS.includes(c.question.slug)) {
      problems.push({ file: c.file, ...(c.line ? { line: c.line } : {}), message: `${at}: slug: "${c.question.slug}" names a page of the bank; give the question another slug` });
      continue;
    }
    if (existing.builtIn.has(c.question.slug)) {
      problems.push({ file: c.file, ...(c.line ? { line: c.line } : {}), message: `${at}: slug: "${c.question.slug}" is the slug of a built-in question; give yours another slug` });
      continue;
    }
    items.push({ file: c.file, ...(c.line ? { line: c.line } : {}), slug: c.question.slug, title: c.question.title, action: existing.mine.has(c.question.slug) ? "update" : "create" });
  }
  const creates = items.filter((i) => i.action === "create").length;
  if (existing.total + creates > IMPORT_LIMITS.questionsPerPerson) {
    problems.push({
      file: name,
      message: `You may keep at most ${IMPORT_LIMITS.questionsPerPerson} questions of your own; you have ${existing.total} and this import would add ${creates}.`,
    });
  }
  if (read.candidates.length === 0 && problems.length === 0) problems.push({ file: name, message: "The upload holds no questions." });
  return { plan: { items, problems, creates, updates: items.length - creates }, candidates: read.candidates };
}

/** Read an upload and say what importing it would create, update and refuse; writes nothing. */
export async function previewImport(input: ImportInput): Promise<ImportPlan> {
  return (await plan(input)).plan;
}

/** Import an upload in one transaction, or nothing at all when any file has a problem. */
export async function commitImport(input: ImportInput & { now: Date }): Promise<ImportPlan> {
  const { plan: p, candidates } = await plan(input);
  if (p.problems.length) {
    throw new AppError("bad_request", `Nothing was imported: ${p.problems.length} problem${p.problems.length === 1 ? "" : "s"} to fix first.`, { problems: p.problems });
  }
  const rows = candidates.map((c) => {
    const { ownerId: _ownerId, ...row } = toQuestionRow(c.question, { ownerId: input.userId });
    return row;
  });
  const done = await upsertOwnQuestionsByUser({ userId: input.userId, rows, now: input.now });
  return { ...p, creates: done.created, updates: done.updated };
}
