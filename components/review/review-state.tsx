"use client";

import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";

/** One question of a review as the summary and the rating keys need it. */
export interface ReviewRow {
  itemId: string;
  position: number;
  title: string;
  topics: string[];
  rating: number | null;
  /** Rounded, as shown. */
  score: number | null;
  /** The latest rating's leech verdict; unset until a rating here (the page rendered the badge as it stood). */
  leech?: boolean;
}

/** What a rating's answer says (POST …/rating). */
export interface RatingOutcome {
  itemId: string;
  rating: number;
  score: number | null;
  leech: boolean;
  interviewStatus: string;
}

interface ReviewState {
  rows: ReviewRow[];
  status: string;
  /** The first question not rated yet: the one the rating keys rate when no question holds focus. */
  firstUnrated: string | null;
  record: (outcome: RatingOutcome) => void;
}

const ReviewStateContext = createContext<ReviewState | null>(null);

/**
 * The review's ratings, kept in the browser: a rating's answer updates the summary, the "first unrated" mark and
 * the leech badge at once, so nothing is fetched again after a rating (the page used to refresh, re-rendering the
 * summary and the first question on the server for every rating).
 */
export function ReviewStateProvider({ rows: initialRows, status: initialStatus, children }: { rows: ReviewRow[]; status: string; children: ReactNode }) {
  const [rows, setRows] = useState(initialRows);
  const [status, setStatus] = useState(initialStatus);
  const record = useCallback((o: RatingOutcome) => {
    setRows((all) => all.map((r) => (r.itemId === o.itemId ? { ...r, rating: o.rating, score: o.score === null ? null : Math.round(o.score), leech: o.leech } : r)));
    setStatus(o.interviewStatus);
  }, []);
  // Rows are in question order, as the page lists them.
  const value = useMemo<ReviewState>(() => ({ rows, status, firstUnrated: rows.find((r) => r.rating === null)?.itemId ?? null, record }), [rows, status, record]);
  return <ReviewStateContext.Provider value={value}>{children}</ReviewStateContext.Provider>;
}

export function useReviewState(): ReviewState | null {
  return useContext(ReviewStateContext);
}

/** "Leech" beside a question failed many times: as the page rendered it, then as the latest rating says. */
export function LeechBadge({ itemId, initial }: { itemId: string; initial: boolean }) {
  const latest = useReviewState()?.rows.find((r) => r.itemId === itemId)?.leech;
  if (!(latest ?? initial)) return null;
  return (
    <>
      {" "}
      <span className="badge badge-advanced" title="Failed many times: re-read the sample answer before drilling it again">
        Leech
      </span>
    </>
  );
}
