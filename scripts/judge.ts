// The review's judge on the command line, for question authors.
//
//   npm run judge -- <slug> [--explain] < answer.txt   judge an answer against db/seed/questions/<slug>.md (JSON out)
//   npm run judge -- --check [--bank] [files…]         validate question files and judge each one's own sample answer
//                                                      (files in db/seed/questions, or all with --bank, follow the bank's rules)
//
// Exit codes: 0 fine, 1 a checked file has problems, 2 bad usage (unknown slug, empty answer, unreadable file).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { judgeAnswer } from "../lib/judge/judge";
import type { Evidence, Judgement } from "../lib/judge/types";
import { parseQuestionFile, type Question } from "../lib/question-file/parse";
import { checkSampleAnswer } from "../lib/question-file/sample-check";

const BANK_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../db/seed/questions");

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function usage(): never {
  fail("usage: npm run judge -- <slug> [--explain] < answer.txt\n       npm run judge -- --check [--bank] [files…]");
}

let forceBank = false;
const isBankFile = (file: string) => forceBank || path.dirname(path.resolve(file)) === BANK_DIR;

function load(file: string): { ok: true; question: Question } | { ok: false; messages: string[] } {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    return { ok: false, messages: [`${file}: cannot read it (${(e as NodeJS.ErrnoException).code ?? e})`] };
  }
  const parsed = parseQuestionFile(path.basename(file), text, { bank: isBankFile(file) });
  return parsed.ok ? parsed : { ok: false, messages: parsed.errors.map((e) => e.message) };
}

const span = (e: Evidence) => ({ text: e.text, start: e.start, end: e.end, phrase: e.phrase });

function report(slug: string, j: Judgement, explain: boolean) {
  return {
    slug,
    ticked: j.ticked,
    keyPoints: j.keyPoints.map((k) => ({
      index: k.index,
      label: k.label,
      matched: k.matched,
      evidence: k.evidence.map(span),
      ...(explain
        ? {
            negated: k.negated.map((e) => ({ ...span(e), denial: e.denial.text })),
            vetoed: k.vetoed.map(span),
            vetoedBy: k.vetoedBy.map(span),
            unexplained: k.unexplained.map(span),
            contradictedBy: k.contradictedBy,
          }
        : {}),
    })),
    misconceptions: j.misconceptions.map((m) => ({ id: m.id, claim: m.claim, evidence: m.evidence.map(span) })),
  };
}

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) fail("pipe the answer on stdin: npm run judge -- <slug> < answer.txt");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

async function judgeCommand(slug: string, explain: boolean): Promise<void> {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) fail(`"${slug}" is not a question slug (kebab-case, e.g. get-vs-post)`);
  const file = path.join(BANK_DIR, `${slug}.md`);
  if (!existsSync(file)) fail(`unknown question "${slug}": no ${path.relative(process.cwd(), file)}`);
  const loaded = load(file);
  if (!loaded.ok) fail(loaded.messages.join("\n"));
  const answer = await readStdin();
  if (!answer.trim()) fail("the answer on stdin is empty");
  process.stdout.write(`${JSON.stringify(report(slug, judgeAnswer(loaded.question, answer), explain), null, 2)}\n`);
}

const quote = (e: Evidence) => `"${e.text}"`;

function checkCommand(files: string[]): void {
  if (files.length === 0) {
    if (!existsSync(BANK_DIR)) fail(`no ${path.relative(process.cwd(), BANK_DIR)} folder`);
    files = readdirSync(BANK_DIR)
      .filter((f) => f.endsWith(".md"))
      .sort()
      .map((f) => path.join(BANK_DIR, f));
    if (files.length === 0) fail(`no question files in ${path.relative(process.cwd(), BANK_DIR)}`);
  }
  let problems = 0;
  const slugs = new Map<string, string>();
  for (const file of files) {
    const name = path.basename(file);
    const loaded = load(file);
    if (!loaded.ok) {
      problems += loaded.messages.length;
      for (const m of loaded.messages) console.log(m);
      continue;
    }
    const q = loaded.question;
    const lines: string[] = [];
    const other = slugs.get(q.slug);
    if (other) lines.push(`${name}: slug: "${q.slug}" is also the slug of ${other}`);
    slugs.set(q.slug, name);
    const check = checkSampleAnswer(q);
    for (const k of check.uncovered) {
      lines.push(`${name}: the sample answer does not show keyPoints[${k.index}] "${k.label}"`);
      if (k.contradictedBy.length) lines.push(`  contradicted by misconception ${k.contradictedBy.join(", ")}`);
      if (k.unexplained.length) lines.push(`  named without a "with" phrase in the same sentence: ${k.unexplained.map(quote).join(", ")}`);
      if (k.negated.length) lines.push(`  denied in its clause: ${k.negated.map((e) => `${quote(e)} by "${e.denial.text}"`).join(", ")}`);
      if (k.vetoedBy.length) lines.push(`  vetoed by "unless": ${k.vetoedBy.map(quote).join(", ")}`);
    }
    for (const m of check.triggered) lines.push(`${name}: the sample answer states misconception ${m.id} "${m.claim}": ${m.evidence.map(quote).join(", ")}`);
    problems += lines.filter((l) => !l.startsWith("  ")).length;
    if (lines.length) for (const l of lines) console.log(l);
    else console.log(`${name}: ok (${q.keyPoints.length} key points, ${q.misconceptions.length} misconceptions)`);
  }
  if (problems) fail(`${problems} problem${problems === 1 ? "" : "s"} in ${files.length} file${files.length === 1 ? "" : "s"}`, 1);
}

const args = process.argv.slice(2);
if (args[0] === "--check") {
  forceBank = args.includes("--bank");
  checkCommand(args.slice(1).filter((a) => a !== "--bank"));
}
else {
  const explain = args.includes("--explain");
  const rest = args.filter((a) => a !== "--explain");
  if (rest.length !== 1 || rest[0]!.startsWith("-")) usage();
  await judgeCommand(rest[0]!, explain);
}
