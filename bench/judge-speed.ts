// The judge's cost per answer size: node --import tsx bench/judge-speed.ts [question.md]
// Judges against the given question file, or the largest file in db/seed/questions, or a built-in sample;
// the answer is the question's own sample answer (plain text) repeated to size, or a dense synthetic text.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { compileQuestion, judgeAnswer } from "../lib/judge/judge";
import type { QuestionEvidence } from "../lib/judge/types";
import { parseQuestionFile } from "../lib/question-file/parse";
import { checkSampleAnswer } from "../lib/question-file/sample-check";
import { seededRandom } from "../lib/random";

const SAMPLE: QuestionEvidence = {
  keyPoints: [
    { id: "get-safe", label: "GET reads data and is safe", any: ["safe method", "read-only", "no side effects", "retrieve ... data", "fetch ... data"] },
    {
      id: "idempotent-methods",
      label: "GET, PUT and DELETE are idempotent; POST is not",
      rules: [
        { any: ["=GET", "=PUT", "=DELETE"], with: ["idempotent", "same effect", "safe to retry"], unless: ["=POST ... idempotent"] },
        { any: ["=POST ... not idempotent", "=POST isn't idempotent", "=POST is neither"] },
      ],
    },
    { label: "GET parameters go in the URL", any: ["query string", "query parameter", "url"], with: ["=GET", "parameter", "bookmark"] },
    { label: "POST sends data in the request body", any: ["request body", "payload", "json body"], with: ["=POST", "send", "body"] },
    { label: "GET responses are cacheable", any: ["cacheable", "cache", "cdn"], with: ["=GET", "response", "browser"] },
    { label: "Knows PUT, PATCH and DELETE", any: ["=PATCH", "=PUT", "=DELETE"], with: ["partial", "replace", "remove", "update"] },
    { label: "Estimates load", any: ["<n> requests per second", "<n> writes per second", "<n> qps"] },
  ],
  misconceptions: [
    { id: "post-idempotent", claim: "POST is idempotent", why: "POST is neither safe nor idempotent.", any: ["=POST ... idempotent"], contradicts: ["idempotent-methods"] },
    { id: "post-secure", claim: "POST is more secure than GET", why: "Without TLS both travel in plain text.", any: ["=POST ... more secure", "=POST ... safer"], with: ["=GET"] },
  ],
};

function pickQuestion(): { name: string; question: QuestionEvidence; sample?: () => string } {
  const dir = "db/seed/questions";
  const arg = process.argv[2];
  let file = arg;
  if (!file) {
    try {
      const files = readdirSync(dir).filter((f) => f.endsWith(".md"));
      file = files.map((f) => path.join(dir, f)).sort((a, b) => statSync(b).size - statSync(a).size)[0];
    } catch {
      file = undefined;
    }
  }
  if (!file) return { name: "built-in sample (get-vs-post)", question: SAMPLE };
  const parsed = parseQuestionFile(path.basename(file), readFileSync(file, "utf8"));
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join("\n"));
  return { name: file, question: parsed.question, sample: () => checkSampleAnswer(parsed.question).text };
}

const { name, question, sample } = pickQuestion();
const phrases = question.keyPoints.length + (question.misconceptions?.length ?? 0);
const random = seededRandom(42);
// A dense synthetic text: nearly every word is a phrase of the built-in sample.
const words =
  "GET fetches the data and is safe . POST is not idempotent , so a retry may create a duplicate order . PUT replaces the resource ; PATCH is a partial update . the query string holds parameters which doesn't matter here . responses are cacheable by the browser and a CDN . we expect 3,500 requests per second at peak without an idempotency key".split(" ");
const t0 = performance.now();
compileQuestion({ ...question, keyPoints: [...question.keyPoints] });
console.log(`${name}: ${phrases} key points and misconceptions; compile ${(performance.now() - t0).toFixed(2)} ms (first time, thesaurus included)`);
const t1 = performance.now();
compileQuestion({ ...question, keyPoints: [...question.keyPoints] });
console.log(`compile again (phrases memoised, new key-point array): ${(performance.now() - t1).toFixed(2)} ms`);

let text = "";
const own = sample?.();
if (own) while (text.length < 50_000) text += `${own}\n`;
else while (text.length < 50_000) text += `${words[Math.floor(random() * words.length)]} `;

const compiled = compileQuestion(question);
// Warm the JIT up on every size first, then measure.
for (const size of [2_000, 10_000, 50_000]) for (let i = 0; i < 20; i++) judgeAnswer(compiled, text.slice(0, size));
for (const size of [2_000, 10_000, 50_000]) {
  const t = text.slice(0, size);
  const runs = size <= 2_000 ? 200 : size <= 10_000 ? 50 : 10;
  const start = performance.now();
  const cpu = process.cpuUsage();
  for (let i = 0; i < runs; i++) judgeAnswer(compiled, t);
  const used = process.cpuUsage(cpu);
  const wall = (performance.now() - start) / runs;
  // CPU time is the fairer figure on a shared machine; wall time includes waiting for a core.
  const cpuMs = (used.user + used.system) / 1000 / runs;
  console.log(`${String(size).padStart(6)} chars: ${cpuMs.toFixed(2)} ms CPU per judgement (${wall.toFixed(2)} ms wall)`);
}
