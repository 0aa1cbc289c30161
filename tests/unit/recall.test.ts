import { describe, expect, it } from "vitest";
import { describeDue, standingRatings, isDue, isLeech, LEARN_AHEAD_MS, newCard, replay, nextCard } from "@/lib/recall";

const NOW = new Date("2026-03-01T09:00:00Z");
const MIN = 60_000;
const DAY = 86_400_000;

describe("FSRS scheduling (ts-fsrs, fixed now)", () => {
  it("a new question: Again 1 min, Hard 6 min, Good 10 min, Easy 8 days", () => {
    const due = (r: 1 | 2 | 3 | 4) => nextCard(null, r, NOW).due.getTime() - NOW.getTime();
    expect(due(1)).toBe(1 * MIN);
    expect(due(2)).toBe(6 * MIN);
    expect(due(3)).toBe(10 * MIN);
    expect(due(4)).toBe(8 * DAY);
    expect(nextCard(null, 3, NOW)).toMatchObject({ reps: 1, lapses: 0, state: 1, lastReview: NOW });
  });

  it("is deterministic", () => {
    expect(nextCard(null, 3, NOW)).toEqual(nextCard(null, 3, NOW));
  });

  it("Good twice graduates to days; a later Again is a lapse and relearns", () => {
    const c1 = nextCard(null, 3, NOW);
    const c2 = nextCard(c1, 3, c1.due);
    expect(c2.state).toBe(2);
    expect(c2.due.getTime() - c1.due.getTime()).toBeGreaterThanOrEqual(DAY);
    const c3 = nextCard(c2, 1, c2.due);
    expect(c3).toMatchObject({ state: 3, lapses: 1 });
    expect(c3.due.getTime() - c2.due.getTime()).toBe(10 * MIN);
  });

  it("intervals grow with successive Good reviews and stop growing at about a year (Easy may push a day or two past the cap, by ts-fsrs design)", () => {
    let card = nextCard(nextCard(null, 3, NOW), 3, new Date(NOW.getTime() + 10 * MIN));
    let prev = 0;
    for (let i = 0; i < 12; i++) {
      const interval = card.scheduledDays;
      expect(interval).toBeGreaterThanOrEqual(prev);
      expect(interval).toBeLessThanOrEqual(367);
      prev = interval;
      card = nextCard(card, 4, card.due);
    }
    expect(prev).toBeGreaterThanOrEqual(365);
  });

  it("replay rebuilds the nextCard from a history, in time order", () => {
    const a = new Date(NOW.getTime() + 10 * MIN);
    const step = nextCard(nextCard(null, 3, NOW), 3, a);
    expect(replay([{ rating: 3, at: a }, { rating: 3, at: NOW }])).toEqual(step);
    expect(replay([])).toBeNull();
  });

  it("a new card is due now", () => {
    expect(newCard(NOW)).toMatchObject({ due: NOW, reps: 0, state: 0 });
  });
});

describe("effective reviews (corrections)", () => {
  it("keeps each item's latest rating, dated at its first rating", () => {
    const t = (m: number) => new Date(NOW.getTime() + m * MIN);
    const out = standingRatings([
      { itemId: "a", logId: "1", rating: 1, ratedAt: t(0) },
      { itemId: "b", logId: "2", rating: 2, ratedAt: t(100) },
      { itemId: "a", logId: "3", rating: 3, ratedAt: t(5) },
      { itemId: null, logId: "4", rating: 4, ratedAt: t(50) },
    ]);
    expect(out.map((r) => [r.key, r.rating, r.at.getTime()])).toEqual([
      ["a", 3, t(0).getTime()],
      ["log:4", 4, t(50).getTime()],
      ["b", 2, t(100).getTime()],
    ]);
  });
});

describe("due and leeches", () => {
  it("counts as due within the learn-ahead window", () => {
    expect(isDue({ due: NOW }, NOW)).toBe(true);
    expect(isDue({ due: new Date(NOW.getTime() + LEARN_AHEAD_MS) }, NOW)).toBe(true);
    expect(isDue({ due: new Date(NOW.getTime() + LEARN_AHEAD_MS + 1) }, NOW)).toBe(false);
  });

  it("flags a leech after 4 lapses or 4 Again ratings", () => {
    expect(isLeech({ lapses: 3, againCount: 3 })).toBe(false);
    expect(isLeech({ lapses: 4, againCount: 0 })).toBe(true);
    expect(isLeech({ lapses: 0, againCount: 4 })).toBe(true);
  });

  it("a question failed again and again becomes a leech", () => {
    let card = nextCard(nextCard(null, 3, NOW), 3, new Date(NOW.getTime() + 10 * MIN));
    for (let i = 0; i < 4; i++) {
      card = nextCard(card, 1, card.due); // lapse
      card = nextCard(card, 3, card.due); // relearned
    }
    expect(card.lapses).toBe(4);
    expect(isLeech({ lapses: card.lapses, againCount: 4 })).toBe(true);
  });

  it("describes when a question comes back", () => {
    expect(describeDue(NOW, NOW)).toBe("now");
    expect(describeDue(new Date(NOW.getTime() + 10 * MIN), NOW)).toBe("in 10 minutes");
    expect(describeDue(new Date(NOW.getTime() + 3 * DAY), NOW)).toBe("in 3 days");
  });
});
