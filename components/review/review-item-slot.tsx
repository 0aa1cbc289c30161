"use client";

import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import { useReviewState } from "./review-state";

type LoadItems = (prev: { message?: string; bodies?: Record<string, ReactNode> }, form: FormData) => Promise<{ message?: string; bodies?: Record<string, ReactNode> }>;

/** How far ahead of the viewport the later questions start loading: about a screen, so scrolling rarely meets a placeholder. */
const AHEAD = "900px 0px";

interface Loader {
  bodies: Record<string, ReactNode>;
  error: string | null;
  /** Load every question the page left out, in one call (once; again only after a failure). */
  want: () => void;
}

const LoaderContext = createContext<Loader | null>(null);

/**
 * The review's later questions: the ones the page did not render (`pending`, as first rendered) are fetched together,
 * in one call of `load`, as soon as any of them is wanted. One call rather than one per question: each call costs a
 * request's fixed price (the session, the interview's read, the action's own work), which is most of a question's.
 */
export function ReviewItemsLoader({ interviewId, pending, load, children }: { interviewId: string; pending: string[]; load: LoadItems; children: ReactNode }) {
  const [bodies, setBodies] = useState<Record<string, ReactNode>>({});
  const [error, setError] = useState<string | null>(null);
  // What the page left out when it was first rendered; later renders (after a rating) may render fewer or more.
  const [ids] = useState(pending);
  const state = useRef<"idle" | "busy" | "done">(ids.length ? "idle" : "done");

  const want = useCallback(() => {
    if (state.current !== "idle") return;
    state.current = "busy";
    setError(null);
    const form = new FormData();
    form.set("id", interviewId);
    for (const id of ids) form.append("itemId", id);
    void (async () => {
      try {
        const res = await load({}, form);
        if (!res.bodies) throw new Error(res.message ?? "These questions could not be loaded.");
        setBodies(res.bodies);
        state.current = "done";
      } catch (e) {
        state.current = "idle";
        setError(e instanceof Error && e.message ? e.message : "These questions could not be loaded.");
      }
    })();
  }, [ids, interviewId, load]);

  return <LoaderContext.Provider value={{ bodies, error, want }}>{children}</LoaderContext.Provider>;
}

/**
 * One question of a review: its section and heading, always there (links to `#item-n`, the summary's anchors and
 * the rating form's "focus the next question" aim at them), and its body: the page's, or, for a later question,
 * the loader's, asked for when the section comes within about a screen of the viewport, when its heading takes
 * focus, when the address names it, or at once when it is the first unrated question (the one the rating keys
 * rate when no question holds focus). The page always renders the same (first) question, so a body never moves
 * between the two sources. Once shown, a body stays: what a rating or a redo request changes in it is
 * the rating form's and the redo toggle's own state (a rating's answer carries the new score and due date).
 */
export function ReviewItemSlot({
  itemId,
  position,
  title,
  body,
}: {
  itemId: string;
  position: number;
  title: string;
  /** The body, when the page rendered it. */
  body: ReactNode | null;
}) {
  const n = position + 1;
  const firstUnrated = useReviewState()?.firstUnrated === itemId;
  const ref = useRef<HTMLElement>(null);
  const loader = useContext(LoaderContext);
  const shown = body ?? loader?.bodies[itemId] ?? null;
  const want = loader?.want;

  // Wanted once it nears the viewport, when the address names it, or at once if the rating keys act on it.
  useEffect(() => {
    if (shown !== null || !want) return;
    if (firstUnrated || window.location.hash === `#item-${n}` || typeof IntersectionObserver === "undefined") {
      want();
      return;
    }
    const el = ref.current;
    if (!el) return;
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) want();
    }, { rootMargin: AHEAD });
    io.observe(el);
    return () => io.disconnect();
  }, [firstUnrated, n, shown, want]);

  const error = shown === null ? (loader?.error ?? null) : null;
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
      onFocus={shown === null ? want : undefined}
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
              <button type="button" className="btn btn-small" onClick={want}>
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
