"use client";

import { describeDue } from "@/lib/review/due";
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { useReviewState } from "./review-state";

const RATING_BUTTONS = [
  { value: 1, label: "Again", hint: "I could not answer it" },
  { value: 2, label: "Hard", hint: "I got there with gaps" },
  { value: 3, label: "Good", hint: "A solid answer" },
  { value: 4, label: "Easy", hint: "I could teach it" },
] as const;

export interface RatingFormProps {
  interviewId: string;
  itemId: string;
  position: number;
  keyPoints: { label: string; detail: ReactNode }[];
  /** Design questions: the design checklist. */
  checklist: { label: string; hint: string; group?: string }[] | null;
  initialKeyPoints: number[];
  initialChecklist: number[];
  initialRating: number | null;
  initialNote: string;
  initialScore: number | null;
  /** When a rated question comes back for review ("in 3 days"), as the server put it; a new rating's answer replaces it. */
  initialDue: string | null;
}

function isTextField(el: Element | null): boolean {
  if (!el) return false;
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  if (el instanceof HTMLInputElement) return !["checkbox", "radio", "button", "submit"].includes(el.type);
  return (el as HTMLElement).isContentEditable;
}

/** The interactive part of one question's review: the ticks, the self-rating (keys 1–4) and the note. */
export function RatingForm(props: RatingFormProps) {
  const review = useReviewState();
  const record = review?.record;
  const formRef = useRef<HTMLFormElement>(null);
  const [kp, setKp] = useState(() => new Set(props.initialKeyPoints));
  const [cl, setCl] = useState(() => new Set(props.initialChecklist));
  const [note, setNote] = useState(props.initialNote);
  const [rating, setRating] = useState(props.initialRating);
  const [score, setScore] = useState(props.initialScore);
  const [due, setDue] = useState(props.initialDue);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);

  const toggle = (set: Set<number>, i: number, update: (s: Set<number>) => void) => {
    const next = new Set(set);
    if (next.has(i)) next.delete(i);
    else next.add(i);
    update(next);
    setDirty(true);
  };

  const focusNext = useCallback(() => {
    const next = document.querySelector<HTMLElement>(`[data-review-item][data-position="${props.position + 1}"] [data-review-heading]`);
    (next ?? document.getElementById("review-summary-heading"))?.focus();
  }, [props.position]);

  const rate = useCallback(
    async (value: number) => {
      if (busy) return;
      setBusy(true);
      setError(null);
      try {
        const res = await fetch(`/api/interviews/${props.interviewId}/items/${props.itemId}/rating`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({
            rating: value,
            keyPointsTicked: [...kp].sort((a, b) => a - b),
            ...(props.checklist ? { checklistTicked: [...cl].sort((a, b) => a - b) } : {}),
            note: note.trim() ? note : undefined,
          }),
        });
        const body = (await res.json().catch(() => ({}))) as { error?: string; score?: number; due?: string; leech?: boolean; interviewStatus?: string };
        if (!res.ok) throw new Error(body.error ?? `The server answered ${res.status}.`);
        setRating(value);
        setScore(body.score ?? null);
        setDue(body.due ? describeDue(new Date(body.due), new Date()) : null);
        setDirty(false);
        // The summary, the "first unrated" mark and the leech badge follow from the answer; nothing is fetched again.
        record?.({ itemId: props.itemId, rating: value, score: body.score ?? null, leech: body.leech === true, interviewStatus: body.interviewStatus ?? "review" });
        focusNext();
      } catch (e) {
        setError(e instanceof Error ? e.message : "Could not save the rating. Try again.");
      } finally {
        setBusy(false);
      }
    },
    [busy, cl, focusNext, kp, note, props.checklist, props.interviewId, props.itemId, record],
  );

  // Keys 1–4 rate the question being reviewed: the one holding focus, or the first unrated one.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || !["1", "2", "3", "4"].includes(e.key)) return;
      const active = document.activeElement;
      if (isTextField(active)) return;
      const mine = formRef.current?.closest("[data-review-item]");
      if (!mine) return;
      const focusedItem = active?.closest("[data-review-item]");
      const isMine = focusedItem ? focusedItem === mine : mine.hasAttribute("data-first-unrated");
      if (!isMine || document.querySelector("dialog[open]")) return;
      e.preventDefault();
      void rate(Number(e.key));
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [rate]);

  const id = props.itemId;
  return (
    <form ref={formRef} className="stack" onSubmit={(e) => e.preventDefault()} aria-label={`Rate question ${props.position + 1}`}>
      <fieldset>
        <legend>Key points covered</legend>
        <p className="small muted" style={{ marginTop: 0 }}>
          Pre-ticked where your answer used the key point&apos;s words. Check every tick: you decide.
        </p>
        <ul className="kp-list">
          {props.keyPoints.map((k, i) => (
            <li key={i}>
              <label className="kp-label">
                <input type="checkbox" checked={kp.has(i)} onChange={() => toggle(kp, i, setKp)} />
                <span>{k.label}</span>
              </label>
              {k.detail}
            </li>
          ))}
        </ul>
      </fieldset>
      {props.checklist ? (
        <fieldset>
          <legend>Design checklist</legend>
          <ul className="kp-list">
            {props.checklist.map((c, i) => (
              <li key={i}>
                {c.group && c.group !== props.checklist![i - 1]?.group ? <span className="small muted checklist-group">{c.group}</span> : null}
                <label className="kp-label">
                  <input type="checkbox" checked={cl.has(i)} onChange={() => toggle(cl, i, setCl)} aria-describedby={`${id}-cl-${i}`} />
                  <span>{c.label}</span>
                </label>
                <span id={`${id}-cl-${i}`} className="small muted kp-detail">
                  {c.hint}
                </span>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-note`}>Note (optional)</label>
        <textarea
          id={`${id}-note`}
          rows={2}
          maxLength={2000}
          value={note}
          onChange={(e) => {
            setNote(e.target.value);
            setDirty(true);
          }}
          placeholder="What to remember next time"
        />
      </div>
      <div role="group" aria-label="How did it go?" aria-describedby={`${id}-keys`}>
        <p id={`${id}-keys`} className="small muted" style={{ marginBottom: "0.4rem" }}>
          How did it go? Keys 1–4 rate this question.
        </p>
        <div className="row">
          {RATING_BUTTONS.map((b) => (
            <button
              key={b.value}
              type="button"
              className={`btn rating-btn${rating === b.value ? " btn-primary" : ""}`}
              aria-pressed={rating === b.value}
              aria-keyshortcuts={String(b.value)}
              title={b.hint}
              disabled={busy}
              onClick={() => void rate(b.value)}
            >
              {b.label} <kbd aria-hidden="true">{b.value}</kbd>
            </button>
          ))}
        </div>
      </div>
      <div role="status" aria-live="polite" className="small">
        {score !== null && rating !== null ? (
          <p className="rating-result">
            <strong>Score: {score} / 100</strong>
            {dirty ? <span className="muted"> · changes not saved: rate again to keep them</span> : null}
          </p>
        ) : null}
        {due !== null && rating !== null ? <p className="muted">Comes back for review {due}.</p> : null}
      </div>
      {error ? (
        <p role="alert" className="alert alert-error">
          {error}
        </p>
      ) : null}
    </form>
  );
}
