// Key-point matching cost per answer size: node --import tsx bench/key-points.ts
import { intermediateQuestions } from "../db/seed/questions/intermediate";
import { matchKeyPoints } from "../lib/review/key-points";
import { seededRandom } from "../lib/random";

const random = seededRandom(42);
const words = "the cache uses write-through and a queue with retries not idempotent but the database index is sharded across nodes".split(" ");
let text = "";
while (text.length < 100_000) text += `${words[Math.floor(random() * words.length)]} `;
const q = intermediateQuestions[0]!;
const terms = q.keyPoints.reduce((n, k) => n + k.terms.length, 0);
for (const size of [2_000, 10_000, 50_000, 100_000]) {
  const t = text.slice(0, size);
  matchKeyPoints(t, q.keyPoints); // warm-up
  const runs = 20;
  const start = performance.now();
  for (let i = 0; i < runs; i++) matchKeyPoints(t, q.keyPoints);
  const ms = (performance.now() - start) / runs;
  console.log(`${String(size).padStart(7)} chars · ${q.keyPoints.length} key points (${terms} terms): ${ms.toFixed(1)} ms`);
}
