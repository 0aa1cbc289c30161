// How well the judge's pre-ticks match a labelled set of answers, against today's term matcher:
//   node --import tsx bench/judge-accuracy.ts [set-dir] [--verbose]
// Reads <set-dir>/*.yaml (default tests/judge-set; falls back to tests/judge-set/_example when that holds
// none). Each file is { slug, answers: [{ id, style, text, keyPoints: [indexes], misconceptions: [ids] }] };
// the question is <set-dir>/questions/<slug>.md when present, else db/seed/questions/<slug>.md. The old
// matcher judges with the terms snapshotted in bench/data/baseline-key-point-terms.json.
// <set-dir>/held-out.txt (one slug a line, # comments) names questions kept out of tuning: the judge is also
// reported on them and on the rest apart, and --verbose leaves them out unless --show-held-out is given.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { judgeAnswer } from "../lib/judge/judge";
import { matchKeyPoints, suggestedTicks } from "./baseline/term-matcher";
import { parseQuestionFile, type Question } from "../lib/question-file/parse";

const STYLES = ["strong", "partial", "terse", "wrong", "off-topic"] as const;
type Style = (typeof STYLES)[number];

const setSchema = z.strictObject({
  slug: z.string().min(1),
  answers: z
    .array(
      z.strictObject({
        id: z.string().min(1),
        style: z.enum(STYLES),
        text: z.string().min(1),
        keyPoints: z.array(z.number().int().min(0)),
        misconceptions: z.array(z.string()).default([]),
      }),
    )
    .min(1),
});
type LabelledSet = z.output<typeof setSchema>;

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const showHeldOut = args.includes("--show-held-out");
let dir = args.find((a) => !a.startsWith("--")) ?? "tests/judge-set";
const yamlIn = (d: string) => (existsSync(d) ? readdirSync(d).filter((f) => /\.ya?ml$/.test(f)).sort() : []);
if (!args.some((a) => !a.startsWith("--")) && yamlIn(dir).length === 0) {
  dir = path.join(dir, "_example");
  console.log(`(no labelled set in tests/judge-set yet: using the examples in ${dir})\n`);
}
const files = yamlIn(dir);
if (files.length === 0) {
  console.error(`no *.yaml files in ${dir}`);
  process.exit(2);
}
const heldOutFile = path.join(dir, "held-out.txt");
const heldOut = new Set(
  existsSync(heldOutFile)
    ? readFileSync(heldOutFile, "utf8")
        .split("\n")
        .map((l) => l.replace(/#.*/, "").trim())
        .filter(Boolean)
    : [],
);
const baseline = JSON.parse(readFileSync("bench/data/baseline-key-point-terms.json", "utf8")) as Record<string, { label: string; terms: string[] }[]>;

function question(slug: string): Question | null {
  for (const file of [path.join(dir, "questions", `${slug}.md`), path.join("db/seed/questions", `${slug}.md`)]) {
    if (!existsSync(file)) continue;
    const parsed = parseQuestionFile(path.basename(file), readFileSync(file, "utf8"));
    if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join("\n"));
    return parsed.question;
  }
  return null;
}

class Tally {
  tp = 0;
  fp = 0;
  fn = 0;
  add(predicted: readonly (number | string)[], truth: readonly (number | string)[]) {
    const t = new Set(truth);
    const p = new Set(predicted);
    for (const x of p) {
      if (t.has(x)) this.tp++;
      else this.fp++;
    }
    for (const x of t) if (!p.has(x)) this.fn++;
  }
  get precision() {
    return this.tp + this.fp ? this.tp / (this.tp + this.fp) : NaN;
  }
  get recall() {
    return this.tp + this.fn ? this.tp / (this.tp + this.fn) : NaN;
  }
}

interface Scores {
  overall: Tally;
  byStyle: Map<Style, Tally>;
  misconceptions: Tally;
  /** False ticks and answers, per style. */
  falseTicks: Map<Style, { ticks: number; answers: number }>;
  answers: number;
}
const scores = (): Scores => ({ overall: new Tally(), byStyle: new Map(STYLES.map((s) => [s, new Tally()])), misconceptions: new Tally(), falseTicks: new Map(STYLES.map((s) => [s, { ticks: 0, answers: 0 }])), answers: 0 });
const judge = scores();
const judgeTuned = scores();
const judgeHeldOut = scores();
const old = scores();
const skipped: string[] = [];

function record(s: Scores, style: Style, ticked: readonly number[], truth: readonly number[]) {
  s.answers++;
  s.overall.add(ticked, truth);
  s.byStyle.get(style)!.add(ticked, truth);
  const f = s.falseTicks.get(style)!;
  f.answers++;
  f.ticks += ticked.filter((t) => !truth.includes(t)).length;
}

for (const file of files) {
  const raw = parseYaml(readFileSync(path.join(dir, file), "utf8"));
  const parsed = setSchema.safeParse(raw);
  if (!parsed.success) {
    console.error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    process.exit(2);
  }
  const set: LabelledSet = parsed.data;
  const q = question(set.slug);
  if (!q) {
    skipped.push(`${file}: no question file for "${set.slug}"`);
    continue;
  }
  const oldTerms = baseline[set.slug];
  if (oldTerms && oldTerms.length !== q.keyPoints.length) {
    skipped.push(`${file}: the baseline has ${oldTerms.length} key points, the question file ${q.keyPoints.length}: baseline compared by index only where both exist`);
  }
  for (const a of set.answers) {
    const j = judgeAnswer(q, a.text);
    const held = heldOut.has(set.slug);
    for (const s of [judge, held ? judgeHeldOut : judgeTuned]) {
      record(s, a.style, j.ticked, a.keyPoints);
      s.misconceptions.add(
        j.misconceptions.map((m) => m.id),
        a.misconceptions,
      );
    }
    if (oldTerms) {
      const n = Math.min(oldTerms.length, q.keyPoints.length);
      const ticks = suggestedTicks(matchKeyPoints(a.text, oldTerms.slice(0, n)));
      record(old, a.style, ticks, a.keyPoints.filter((k) => k < n));
    }
    if (verbose && (showHeldOut || !held)) {
      const extra = j.ticked.filter((t) => !a.keyPoints.includes(t));
      const missed = a.keyPoints.filter((t) => !j.ticked.includes(t));
      const flags = j.misconceptions.map((m) => m.id);
      const wrongFlags = [...flags.filter((f) => !a.misconceptions.includes(f)), ...a.misconceptions.filter((f) => !flags.includes(f)).map((f) => `missed ${f}`)];
      if (extra.length || missed.length || wrongFlags.length) {
        console.log(`${set.slug}/${a.id} (${a.style}):`);
        for (const t of extra) console.log(`  false tick [${t}] ${q.keyPoints[t]!.label}: ${j.keyPoints[t]!.evidence.map((e) => `"${e.text}"`).join(", ")}`);
        for (const t of missed) {
          const k = j.keyPoints[t]!;
          const why = [
            ...k.unexplained.map((e) => `named "${e.text}"`),
            ...k.negated.map((e) => `denied "${e.text}"`),
            ...k.vetoedBy.map((e) => `vetoed by "${e.text}"`),
            ...k.contradictedBy.map((id) => `contradicted by ${id}`),
          ];
          console.log(`  missed [${t}] ${k.label}${why.length ? `: ${why.join(", ")}` : ""}`);
        }
        for (const f of wrongFlags) console.log(`  misconception: ${f}`);
      }
    }
  }
}

const pct = (x: number) => (Number.isNaN(x) ? "   —" : `${(x * 100).toFixed(0).padStart(3)}%`);
const per10 = (f: { ticks: number; answers: number }) => (f.answers ? ((f.ticks / f.answers) * 10).toFixed(1) : "—");

function print(name: string, s: Scores, misconceptions: boolean) {
  console.log(`${name} — ${s.answers} answers`);
  console.log(`  pre-ticks overall: precision ${pct(s.overall.precision)}, recall ${pct(s.overall.recall)} (${s.overall.tp} right, ${s.overall.fp} false, ${s.overall.fn} missed)`);
  for (const style of STYLES) {
    const t = s.byStyle.get(style)!;
    const f = s.falseTicks.get(style)!;
    if (f.answers) console.log(`    ${style.padEnd(9)} (${String(f.answers).padStart(3)}): precision ${pct(t.precision)}, recall ${pct(t.recall)}`);
  }
  console.log(`  false ticks per 10 wrong answers: ${per10(s.falseTicks.get("wrong")!)}; per 10 off-topic answers: ${per10(s.falseTicks.get("off-topic")!)}`);
  if (misconceptions) console.log(`  misconception flags: precision ${pct(s.misconceptions.precision)}, recall ${pct(s.misconceptions.recall)} (${s.misconceptions.tp} right, ${s.misconceptions.fp} false, ${s.misconceptions.fn} missed)`);
  else console.log("  misconception flags: — (the term matcher has none)");
}

print("evidence judge (lib/judge)", judge, true);
console.log();
if (heldOut.size) {
  print(`  of which tuning questions (${files.length - heldOut.size})`, judgeTuned, true);
  console.log();
  print(`  of which held-out questions (${heldOut.size}, see held-out.txt)`, judgeHeldOut, true);
  console.log();
}
print("term matcher (lib/key-points, old terms)", old, false);
if (skipped.length) console.log(`\n${skipped.join("\n")}`);
