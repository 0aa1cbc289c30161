"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState, useTransition, type ReactNode } from "react";
import { SketchSlotContext } from "@/components/canvas/sketch-slot";
import type { SketchHandle } from "@/components/canvas/types";
import { Countdown } from "./countdown";
import { ConfirmDialog } from "./confirm-dialog";
import { ItemAnswer, type ItemAnswerHandle } from "./item-answer";
import type { RoomInterview, RoomItem, TransitionState } from "./types";
import { useDeadlinePassed, useServerClock } from "./use-server-clock";
import { KIND_LABELS } from "@/lib/taxonomy";


function mergeState(items: RoomItem[], state: TransitionState): RoomItem[] {
  return items.map((it) => {
    const s = state.items.find((x) => x.id === it.id);
    return s ? { ...it, startedAt: s.startedAt, deadlineAt: s.deadlineAt, submittedAt: s.submittedAt } : it;
  });
}

/**
 * The live interview: the clock, the question, the answer, and the moves
 * between questions. Time comes from the server's deadlines; at the deadline
 * the answer locks, what is unsent is flushed, and the page moves on by itself.
 */
export function InterviewRoom({
  interview,
  initialItems,
  prompts,
  answerPreviews,
  sketches,
  serverNow,
}: {
  interview: RoomInterview;
  initialItems: RoomItem[];
  prompts: Record<string, ReactNode>;
  /** Each item's saved answer as the server rendered it at page load. */
  answerPreviews?: Record<string, ReactNode>;
  /** A canvas per item, where the question has or may have one. */
  sketches?: Record<string, ReactNode>;
  serverNow: number;
}) {
  const router = useRouter();
  const clock = useServerClock(serverNow);
  const [items, setItems] = useState(initialItems);
  const firstOpen = initialItems.findIndex((it) => !it.submittedAt);
  const [index, setIndex] = useState(firstOpen < 0 ? 0 : firstOpen);
  const [dialog, setDialog] = useState<null | "finish" | "abandon">(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [timeUp, setTimeUp] = useState(false);
  const answerRef = useRef<ItemAnswerHandle>(null);
  // The sketch beside the answer (if any) registers here, so it is flushed and locked with the text.
  const sketchRef = useRef<SketchHandle | null>(null);
  const flushWork = useCallback(async () => {
    await Promise.all([answerRef.current?.flush(), sketchRef.current?.flush()]);
  }, []);
  const handlingDeadline = useRef<string | null>(null);

  // What the server holds now, so a question opened again shows the latest answer, not the page's first copy.
  const recordSaved = useCallback((itemId: string, doc: RoomItem["answerDoc"], revision: number, savedAt: string) => {
    setItems((prev) =>
      prev.map((it) =>
        it.id === itemId && revision >= it.answerRevision ? { ...it, answerDoc: doc, answerRevision: revision, answerSavedAt: savedAt } : it,
      ),
    );
  }, []);

  const item = items[index]!;
  // The server's rendering stands for the answer only while the answer is still the one the page loaded with.
  const [loadedDocs] = useState(() => new Map(initialItems.map((it) => [it.id, it.answerDoc])));
  const answerPreview = loadedDocs.get(item.id) === item.answerDoc ? answerPreviews?.[item.id] : undefined;
  const mode = interview.timerMode;
  const deadlineIso = item.deadlineAt ?? interview.deadlineAt;
  const deadline = deadlineIso ? Date.parse(deadlineIso) : null;
  // Only the countdown redraws every tick; the room redraws when the deadline passes.
  const deadlinePassed = useDeadlinePassed(deadline, clock.now);
  const budgetMs =
    mode === "total" ? (interview.totalSeconds ?? 2700) * 1000 : item.suggestedMinutes * 60_000;
  const submitted = Boolean(item.submittedAt);
  const editable = !submitted && !timeUp && !deadlinePassed;
  const answered = items.filter((it) => it.submittedAt).length;

  // The review is rendered on the server before it shows; until then the room says where it is going.
  const [openingReview, startOpeningReview] = useTransition();
  const goToReview = useCallback(() => {
    startOpeningReview(() => {
      router.push(`/interviews/${interview.id}/review`);
      router.refresh();
    });
  }, [router, interview.id]);

  const post = useCallback(
    async (path: string): Promise<TransitionState | null> => {
      const res = await fetch(`/api/interviews/${interview.id}${path}`, { method: "POST" });
      const body = (await res.json().catch(() => ({}))) as TransitionState & { error?: string };
      if (res.ok) return body;
      if (res.status === 409) {
        // Already moved on (time ran out, or another device finished): show where things stand.
        router.refresh();
        return null;
      }
      throw new Error(body.error ?? `The server answered ${res.status}.`);
    },
    [interview.id, router],
  );

  const applyState = useCallback(
    (state: TransitionState | null) => {
      if (!state) return;
      if (state.status !== "active") {
        goToReview();
        return;
      }
      setItems((prev) => {
        const next = mergeState(prev, state);
        const open = next.findIndex((it) => !it.submittedAt);
        if (open >= 0) setIndex(open);
        return next;
      });
      setTimeUp(false);
    },
    [goToReview],
  );

  const submitCurrent = useCallback(async () => {
    setBusy(true);
    setError(null);
    try {
      await flushWork();
      applyState(await post(`/items/${item.id}/submit`));
    } catch (e) {
      setError(e instanceof Error ? e.message : "Could not submit. Your answer is kept; try again.");
    } finally {
      setBusy(false);
    }
  }, [applyState, item.id, post]);

  const finish = useCallback(async () => {
    setDialog(null);
    setBusy(true);
    setError(null);
    try {
      await flushWork();
      const state = await post("/finish");
      if (state) goToReview();
    } catch (e) {
      setError(e instanceof Error ? e.message : "Could not finish. Try again.");
    } finally {
      setBusy(false);
    }
  }, [goToReview, post]);

  const abandon = useCallback(async () => {
    setDialog(null);
    setBusy(true);
    try {
      await flushWork();
      await post("/abandon");
      router.push("/dashboard");
      router.refresh();
    } catch (e) {
      setError(e instanceof Error ? e.message : "Could not give up. Try again.");
      setBusy(false);
    }
  }, [post, router]);

  // At the deadline: lock, flush, and move on by ourselves.
  useEffect(() => {
    if (!deadlinePassed || submitted) return;
    const key = `${item.id}:${deadlineIso}`;
    if (handlingDeadline.current === key) return;
    handlingDeadline.current = key;
    setTimeUp(true);
    void (async () => {
      await flushWork();
      answerRef.current?.lock();
      sketchRef.current?.lock();
      try {
        if (mode === "per_question") applyState(await post(`/items/${item.id}/submit`));
        else {
          const state = await post("/finish");
          if (state) goToReview();
        }
      } catch {
        // The server closes it on the next load anyway.
        router.refresh();
      }
    })();
  }, [deadlinePassed, submitted, item.id, deadlineIso, mode, applyState, post, goToReview, router]);

  const canNavigate = mode !== "per_question";
  const go = async (i: number) => {
    if (i === index || i < 0 || i >= items.length) return;
    await flushWork();
    setIndex(i);
  };

  return (
    <div>
      <div className="room-bar" aria-label="Interview status">
        <div className="stack" style={{ minWidth: 180 }}>
          <strong>
            Question {index + 1} of {items.length}
          </strong>
          <div
            className="progress"
            role="progressbar"
            aria-label="Questions answered"
            aria-valuemin={0}
            aria-valuemax={items.length}
            aria-valuenow={answered}
          >
            <span style={{ width: `${(answered / items.length) * 100}%` }} />
          </div>
        </div>
        {deadline !== null ? (
          <Countdown deadline={deadline} now={clock.now} running={!timeUp} budgetMs={budgetMs} label={mode === "total" ? "Time left" : "Time left for this question"} />
        ) : (
          <span className="muted">Untimed practice</span>
        )}
        <div className="row">
          <button type="button" className="btn btn-primary" onClick={() => setDialog("finish")} disabled={busy}>
            Finish interview
          </button>
          <button type="button" className="btn btn-ghost btn-danger" onClick={() => setDialog("abandon")} disabled={busy}>
            Give up
          </button>
        </div>
      </div>

      {canNavigate && items.length > 1 ? (
        <nav aria-label="Questions" style={{ marginBottom: "1rem" }}>
          <ol className="navigator">
            {items.map((it, i) => (
              <li key={it.id}>
                <button
                  type="button"
                  className={`btn btn-small ${it.answerRevision > 0 || it.submittedAt ? "nav-done" : ""}`}
                  aria-current={i === index ? "step" : undefined}
                  aria-label={`Question ${i + 1}: ${it.title}`}
                  onClick={() => void go(i)}
                >
                  {i + 1}
                </button>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}

      {openingReview && !timeUp ? (
        <div role="status" className="alert">
          Interview finished. Opening your review…
        </div>
      ) : null}
      {timeUp ? (
        <div role="alert" className="alert alert-warn">
          Time is up for this {mode === "total" ? "interview" : "question"}. Your answer is locked and saved; moving on…
        </div>
      ) : null}
      {error ? (
        <div role="alert" className="alert alert-error">
          {error}
        </div>
      ) : null}

      <div className="grid" style={{ gridTemplateColumns: "minmax(0, 1fr)" }}>
        <article className="card" aria-labelledby="question-title">
          <p className="small muted" style={{ margin: 0 }}>
            {KIND_LABELS[item.kind]} · {item.level} · suggested {item.suggestedMinutes} min
          </p>
          <h1 id="question-title" style={{ fontSize: "1.35rem", marginTop: "0.3rem" }}>
            {item.title}
          </h1>
          {prompts[item.id]}
        </article>
        <div className={sketches?.[item.id] ? "answer-split" : undefined}>
          <ItemAnswer key={item.id} ref={answerRef} interviewId={interview.id} item={item} editable={editable} onSaved={recordSaved} preview={answerPreview} />
          <SketchSlotContext.Provider value={{ editable, handle: sketchRef }}>{sketches?.[item.id] ?? null}</SketchSlotContext.Provider>
        </div>
      </div>

      <div className="room-actions">
        <div className="row">
          {canNavigate ? (
            <>
              <button type="button" className="btn" onClick={() => void go(index - 1)} disabled={index === 0}>
                Previous
              </button>
              <button type="button" className="btn" onClick={() => void go(index + 1)} disabled={index === items.length - 1}>
                Next
              </button>
            </>
          ) : (
            <button type="button" className="btn btn-primary" onClick={() => void submitCurrent()} disabled={busy || submitted || timeUp}>
              {index === items.length - 1 ? "Submit answer and finish" : "Submit answer"}
            </button>
          )}
        </div>
      </div>

      <ConfirmDialog
        open={dialog === "finish"}
        title="Finish the interview?"
        body={`Your answers are saved. ${items.length - answered > 1 ? "Every open question will be submitted as it stands." : ""} You will go to the review, where you compare with sample answers.`}
        confirmLabel="Finish and review"
        onConfirm={() => void finish()}
        onCancel={() => setDialog(null)}
      />
      <ConfirmDialog
        open={dialog === "abandon"}
        title="Give up this interview?"
        body="It will be marked abandoned. Your answers so far stay in your history."
        confirmLabel="Give up"
        danger
        onConfirm={() => void abandon()}
        onCancel={() => setDialog(null)}
      />
    </div>
  );
}
