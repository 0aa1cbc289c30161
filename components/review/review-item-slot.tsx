"use client";

import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";

type LoadItem = (prev: { message?: string; body?: ReactNode }, form: FormData) => Promise<{ message?: string; body?: ReactNode }>;

/** How far ahead of the viewport a question starts loading: about a screen, so scrolling rarely meets a placeholder. */
const AHEAD = "900px 0px";

/**
 * One question of a review: its section and heading, always there (links to `#item-n`, the summary's anchors and
 * the rating form's "focus the next question" aim at them), and its body. The page renders the body of the
 * questions a person sees first; the others are fetched when they come within about a screen of the viewport, when
 * their heading takes focus, or when the address names them, and fetched again when the server's copy changes
 * (`stamp`: after a rating or a redo request, the page refreshes and hands down a new one).
 */
export function ReviewItemSlot({
  interviewId,
  itemId,
  position,
  title,
  firstUnrated,
  body,
  stamp,
  load,
}: {
  interviewId: string;
  itemId: string;
  position: number;
  title: string;
  firstUnrated: boolean;
  /** The body, when the page rendered it. */
  body: ReactNode | null;
  stamp: string;
  load: LoadItem;
}) {
  const n = position + 1;
  const ref = useRef<HTMLElement>(null);
  const [loaded, setLoaded] = useState<{ body: ReactNode; stamp: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [wanted, setWanted] = useState(false);
  const inflight = useRef<string | null>(null);

  const fetchBody = useCallback(async () => {
    if (inflight.current === stamp) return;
    inflight.current = stamp;
    setError(null);
    const form = new FormData();
    form.set("id", interviewId);
    form.set("itemId", itemId);
    try {
      const res = await load({}, form);
      if (res.body === undefined) throw new Error(res.message ?? "This question could not be loaded.");
      setLoaded({ body: res.body, stamp });
    } catch (e) {
      setError(e instanceof Error && e.message ? e.message : "This question could not be loaded.");
    } finally {
      if (inflight.current === stamp) inflight.current = null;
    }
  }, [interviewId, itemId, load, stamp]);

  // A body the page rendered stays on screen when a later render leaves it out (the first unrated question moved
  // on): it is fetched afresh in the background, not blanked under the reader.
  useEffect(() => {
    if (body === null) return;
    setLoaded({ body, stamp });
    setWanted(true);
  }, [body, stamp]);

  // Wanted once it nears the viewport, or when the address names it.
  useEffect(() => {
    if (body !== null || wanted) return;
    if (typeof window !== "undefined" && window.location.hash === `#item-${n}`) {
      setWanted(true);
      return;
    }
    const el = ref.current;
    if (!el || typeof IntersectionObserver === "undefined") {
      setWanted(true);
      return;
    }
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setWanted(true);
    }, { rootMargin: AHEAD });
    io.observe(el);
    return () => io.disconnect();
  }, [body, n, wanted]);

  // Fetched when wanted, and again when the server's copy is newer than the one shown.
  useEffect(() => {
    if (body !== null || !wanted || loaded?.stamp === stamp) return;
    void fetchBody();
  }, [body, fetchBody, loaded?.stamp, stamp, wanted]);

  const shown = body ?? loaded?.body ?? null;
  return (
    <section
      ref={ref}
      id={`item-${n}`}
      className="card review-item"
      aria-labelledby={`item-${n}-title`}
      aria-busy={shown === null && !error ? true : undefined}
      data-review-item
      data-position={position}
      data-first-unrated={firstUnrated ? "" : undefined}
      onFocus={() => setWanted(true)}
    >
      <h2 id={`item-${n}-title`} tabIndex={-1} data-review-heading>
        {n}. {title}
      </h2>
      {shown ??
        (error ? (
          <div className="stack" role="alert">
            <p className="error" style={{ margin: 0 }}>
              {error}
            </p>
            <p style={{ margin: 0 }}>
              <button type="button" className="btn btn-small" onClick={() => void fetchBody()}>
                Try again
              </button>
            </p>
          </div>
        ) : (
          <div className="review-item-pending">
            <p className="small muted" style={{ margin: 0 }}>
              Loading question {n}…
            </p>
          </div>
        ))}
    </section>
  );
}
