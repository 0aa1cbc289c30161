"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import type { SketchHandle } from "@/components/canvas/types";
import type { RecorderHandle } from "@/components/recorder/types";
import { firstOpenIndex, mergeTransition, roomClock, type RoomInterview, type RoomItem } from "@/lib/interview/room";
import type { TransitionState } from "@/lib/interview/state";
import type { ItemAnswerHandle } from "./item-answer";
import { useDeadlinePassed, useServerClock } from "./use-server-clock";

/**
 * The live interview's state and its moves: which question is open, the
 * clock, submit / finish / give up, and what happens at the deadline (lock,
 * flush what is unsent, move on by itself). Time comes from the server.
 */
export function useInterviewRoom({ interview, initialItems, serverNow }: { interview: RoomInterview; initialItems: RoomItem[]; serverNow: number }) {
  const router = useRouter();
  const clock = useServerClock(serverNow);
  const [items, setItems] = useState(initialItems);
  const [index, setIndex] = useState(() => firstOpenIndex(initialItems));
  const [dialog, setDialog] = useState<null | "finish" | "abandon">(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [timeUp, setTimeUp] = useState(false);
  const answerRef = useRef<ItemAnswerHandle>(null);
  // The sketch beside the answer (if any) registers here, so it is flushed and locked with the text.
  const sketchRef = useRef<SketchHandle | null>(null);
  // The recorder, once it is in use, sends what it holds with the rest.
  const recorderRef = useRef<RecorderHandle | null>(null);
  const flushWork = useCallback(async () => {
    await Promise.all([answerRef.current?.flush(), sketchRef.current?.flush(), recorderRef.current?.flush()]);
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
  const mode = interview.timerMode;
  const { deadline, deadlineIso, budgetMs } = roomClock(interview, item);
  // Only the countdown redraws every tick; the room redraws when the deadline passes.
  const deadlinePassed = useDeadlinePassed(deadline, clock.now);
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
        const next = mergeTransition(prev, state);
        const open = next.findIndex((it) => !it.submittedAt);
        if (open >= 0) setIndex(open);
        return next;
      });
      setTimeUp(false);
    },
    [goToReview],
  );

  /** Run one move with the busy flag and a readable error. */
  const act = useCallback(async (what: () => Promise<void>, failure: string, keepBusyOnSuccess = false) => {
    setBusy(true);
    setError(null);
    try {
      await what();
      if (!keepBusyOnSuccess) setBusy(false);
    } catch (e) {
      setError(e instanceof Error ? e.message : failure);
      setBusy(false);
    }
  }, []);

  const submitCurrent = useCallback(
    () =>
      act(async () => {
        await flushWork();
        applyState(await post(`/items/${item.id}/submit`));
      }, "Could not submit. Your answer is kept; try again."),
    [act, applyState, flushWork, item.id, post],
  );

  const finish = useCallback(() => {
    setDialog(null);
    return act(async () => {
      await flushWork();
      if (await post("/finish")) goToReview();
    }, "Could not finish. Try again.");
  }, [act, flushWork, goToReview, post]);

  const abandon = useCallback(() => {
    setDialog(null);
    return act(
      async () => {
        await flushWork();
        await post("/abandon");
        router.push("/dashboard");
        router.refresh();
      },
      "Could not give up. Try again.",
      true,
    );
  }, [act, flushWork, post, router]);

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
        else if (await post("/finish")) goToReview();
      } catch {
        // The server closes it on the next load anyway.
        router.refresh();
      }
    })();
  }, [deadlinePassed, submitted, item.id, deadlineIso, mode, applyState, flushWork, post, goToReview, router]);

  const canNavigate = mode !== "per_question";
  const go = async (i: number) => {
    if (i === index || i < 0 || i >= items.length) return;
    await flushWork();
    setIndex(i);
  };

  return {
    clock,
    items,
    index,
    item,
    mode,
    deadline,
    budgetMs,
    submitted,
    editable,
    answered,
    timeUp,
    busy,
    error,
    dialog,
    setDialog,
    openingReview,
    canNavigate,
    answerRef,
    sketchRef,
    recorderRef,
    recordSaved,
    submitCurrent,
    finish,
    abandon,
    go,
  };
}
