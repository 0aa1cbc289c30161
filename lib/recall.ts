import { createEmptyCard, fsrs, State, type Card, type Grade } from "ts-fsrs";
import type { RatingValue } from "@/lib/review/scoring";

/**
 * Spaced repetition with FSRS (ts-fsrs), as pure functions over plain
 * records: a recall state (review_states row) in, the next one out, `now` always given.
 *
 * Parameters: the library's defaults (90% target retention, learning steps
 * 1 min / 10 min, relearning 10 min) with fuzz off so schedules are exact and
 * testable, and intervals capped at a year — an interview is rarely further off.
 */

export const MAX_INTERVAL_DAYS = 365;
const scheduler = fsrs({ enable_fuzz: false, maximum_interval: MAX_INTERVAL_DAYS });

/**
 * A question counts as due a little before its time, as in Anki's "learn
 * ahead": a learning step of a few minutes should not make the person wait
 * on the dashboard for it.
 */
export const LEARN_AHEAD_MS = 20 * 60_000;

/** Failed this often (lapses, or "Again" ratings in all), a question is a leech: drilling it is not working. */
export const LEECH_LAPSES = 4;
export const LEECH_AGAINS = 4;

/** The FSRS fields of a review_states row. */
export interface RecallCard {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** 0 New, 1 Learning, 2 Review, 3 Relearning. */
  state: number;
  lastReview: Date | null;
}

export interface RecallRating {
  rating: RatingValue;
  at: Date;
}

export function newCard(now: Date): RecallCard {
  return fromFsrs(createEmptyCard(now));
}

function toFsrs(c: RecallCard): Card {
  return {
    due: c.due,
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: c.elapsedDays,
    scheduled_days: c.scheduledDays,
    learning_steps: c.learningSteps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state as State,
    last_review: c.lastReview ?? undefined,
  };
}

function fromFsrs(c: Card): RecallCard {
  return {
    due: c.due,
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsed_days,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    lastReview: c.last_review ?? null,
  };
}

/** The card after one rating at `now` (a missing card is a new one). */
export function nextCard(card: RecallCard | null, rating: RatingValue, now: Date): RecallCard {
  const from = card ?? newCard(now);
  return fromFsrs(scheduler.next(toFsrs(from), now, rating as Grade).card);
}

/**
 * The card after a whole history of ratings, oldest first. Used when a rating
 * is corrected: the card is rebuilt from the ratings that stand, as if the
 * corrected one had been given in the first place.
 */
export function replay(reviews: readonly RecallRating[], firstSeen?: Date): RecallCard | null {
  const ordered = [...reviews].sort((a, b) => a.at.getTime() - b.at.getTime());
  if (ordered.length === 0) return null;
  let card = newCard(firstSeen ?? ordered[0]!.at);
  for (const r of ordered) card = nextCard(card, r.rating, r.at);
  return card;
}

/** Due at `now`, counting the learn-ahead window. */
export function dueCutoff(now: Date): Date {
  return new Date(now.getTime() + LEARN_AHEAD_MS);
}

export function isDue(card: Pick<RecallCard, "due">, now: Date): boolean {
  return card.due.getTime() <= dueCutoff(now).getTime();
}

export function isLeech(input: { lapses: number; againCount: number }): boolean {
  return input.lapses >= LEECH_LAPSES || input.againCount >= LEECH_AGAINS;
}

// describeDue lives in lib/review/due.ts (no scheduler there, so the rating form can use it in the browser).
export { describeDue } from "@/lib/review/due";

export interface LoggedRating {
  /** The interview item rated (null once its interview is deleted). */
  itemId: string | null;
  logId: string;
  rating: number;
  ratedAt: Date;
}

/**
 * The ratings that stand, from an append-only log: for each interview item,
 * its latest rating, dated when the item was first rated (that is when the
 * review happened; a correction only fixes the grade). Oldest first.
 */
export function standingRatings(logs: readonly LoggedRating[]): (RecallRating & { key: string })[] {
  const byKey = new Map<string, { rating: number; first: Date; last: Date }>();
  for (const l of logs) {
    const key = l.itemId ?? `log:${l.logId}`;
    const cur = byKey.get(key);
    if (!cur) byKey.set(key, { rating: l.rating, first: l.ratedAt, last: l.ratedAt });
    else {
      if (l.ratedAt.getTime() >= cur.last.getTime()) {
        cur.rating = l.rating;
        cur.last = l.ratedAt;
      }
      if (l.ratedAt.getTime() < cur.first.getTime()) cur.first = l.ratedAt;
    }
  }
  return [...byKey.entries()]
    .map(([key, v]) => ({ key, rating: v.rating as RatingValue, at: v.first }))
    .sort((a, b) => a.at.getTime() - b.at.getTime() || (a.key < b.key ? -1 : 1));
}
