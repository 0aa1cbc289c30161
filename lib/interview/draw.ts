import type { InterviewConfig } from "@/lib/interview/config";
import { seededRandom } from "@/lib/random";
import { LEVELS, type Kind, type Level } from "@/lib/taxonomy";

/**
 * Drawing the questions of an interview: a pure function of the bank, the
 * configuration, the person's history and a seed, so the same inputs always
 * give the same draw and tests can be exact.
 */

export interface DrawCandidate {
  id: string;
  level: Level;
  kind: Kind;
  topics: string[];
}

export interface DrawHistory {
  /** When the person last saw each question (absent: never). */
  lastSeen?: ReadonlyMap<string, Date>;
  /** Questions due for spaced review. */
  due?: ReadonlySet<string>;
  /** Weakness per topic, 0 (strong) .. 1 (weak). */
  topicWeakness?: ReadonlyMap<string, number>;
  /** Questions waiting for a redo (rated Again or Hard, or marked "Redo this"). */
  redo?: ReadonlySet<string>;
}

export interface DrawResult {
  /** The drawn question ids, in interview order. */
  ids: string[];
  /** How many questions match the filters in all. */
  matched: number;
  /** True when fewer matched than were asked for. */
  short: boolean;
}

export const RECENT_DAYS = 14;
const DAY = 86_400_000;

export function matchesConfig(q: DrawCandidate, config: Pick<InterviewConfig, "levels" | "kinds" | "topics">): boolean {
  if (!config.levels.includes(q.level)) return false;
  if (!config.kinds.includes(q.kind)) return false;
  if (config.topics.length > 0 && !q.topics.some((t) => config.topics.includes(t))) return false;
  return true;
}

/**
 * A question's priority: random jitter, pushed down when seen recently (the
 * more recent the more), pulled up for due questions and weak topics when
 * the interview focuses on them. Lower is drawn first.
 */
function priority(q: DrawCandidate, config: InterviewConfig, history: DrawHistory, now: Date, jitter: number): number {
  let p = jitter;
  const seen = history.lastSeen?.get(q.id);
  if (seen) {
    const days = (now.getTime() - seen.getTime()) / DAY;
    if (days < RECENT_DAYS) p += 2 + (RECENT_DAYS - days) / RECENT_DAYS;
    else p += 0.5 * Math.max(0, 1 - days / 90);
  }
  if (config.focus !== "any") {
    if (history.due?.has(q.id)) p -= 3;
    if (config.focus === "weak") {
      const weakness = Math.max(0, ...q.topics.map((t) => history.topicWeakness?.get(t) ?? 0));
      p -= 2 * weakness;
      // A redo outweighs having been seen recently: redoing it soon is the point.
      if (history.redo?.has(q.id)) p -= 4;
    }
  }
  return p;
}

export function drawQuestions(
  bank: readonly DrawCandidate[],
  config: InterviewConfig,
  seed: number,
  now: Date,
  history: DrawHistory = {},
): DrawResult {
  const random = seededRandom(seed);
  // Sort by id first so the draw does not depend on the order the bank was read in.
  const pool = bank
    .filter((q) => matchesConfig(q, config))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((q) => ({ q, p: priority(q, config, history, now, random()) }))
    .sort((a, b) => a.p - b.p);
  const matched = pool.length;
  const want = Math.min(config.count, matched);

  // Spread: take levels in turn, and within a level prefer a topic not used yet,
  // so "3 questions, all levels" gives one of each and topics do not cluster.
  const levels = LEVELS.filter((l) => config.levels.includes(l));
  const usedTopics = new Map<string, number>();
  const taken = new Set<string>();
  const ids: string[] = [];
  let turn = 0;
  let idle = 0;
  while (ids.length < want && idle < levels.length) {
    const level = levels[turn % levels.length]!;
    turn++;
    const options = pool.filter((c) => c.q.level === level && !taken.has(c.q.id));
    if (options.length === 0) {
      idle++;
      continue;
    }
    idle = 0;
    const freshness = (c: (typeof options)[number]) => Math.min(...c.q.topics.map((t) => usedTopics.get(t) ?? 0));
    const best = options.reduce((a, b) => (freshness(b) < freshness(a) ? b : a));
    taken.add(best.q.id);
    ids.push(best.q.id);
    for (const t of best.q.topics) usedTopics.set(t, (usedTopics.get(t) ?? 0) + 1);
  }
  return { ids, matched, short: matched < config.count };
}
