"use client";

import { useState, type ReactNode } from "react";
import { SketchSlotContext } from "@/components/canvas/sketch-slot";
import { RecorderSlot } from "@/components/recorder/recorder-slot";
import type { RoomInterview, RoomItem } from "@/lib/interview/room";
import { KIND_LABELS } from "@/lib/taxonomy";
import { ConfirmDialog } from "./confirm-dialog";
import { ItemAnswer } from "./item-answer";
import { PhasePanel } from "./phase-panel";
import type { RoomPhases } from "./use-design-phases";
import { QuestionNav, RoomBar } from "./room-bar";
import { useInterviewRoom } from "./use-interview-room";

/**
 * The live interview: the clock, the question, the answer, and the moves
 * between questions (state and moves in useInterviewRoom).
 */
export function InterviewRoom({
  interview,
  initialItems,
  prompts,
  answerPreviews,
  sketches,
  languagePickers,
  designPhases,
  serverNow,
}: {
  interview: RoomInterview;
  initialItems: RoomItem[];
  prompts: Record<string, ReactNode>;
  /** Each item's saved answer as the server rendered it at page load. */
  answerPreviews?: Record<string, ReactNode>;
  /** A canvas per item, where the question has or may have one. */
  sketches?: Record<string, ReactNode>;
  /** Coding questions: the language the answer is written in. */
  languagePickers?: Record<string, ReactNode>;
  /** Design questions: their phases' budgets and the server's stamps. */
  designPhases?: Record<string, RoomPhases>;
  serverNow: number;
}) {
  const room = useInterviewRoom({ interview, initialItems, serverNow });
  const { item, items, index, mode } = room;
  // The server's rendering stands for the answer only while the answer is still the one the page loaded with.
  const [loadedDocs] = useState(() => new Map(initialItems.map((it) => [it.id, it.answerDoc])));
  const answerPreview = loadedDocs.get(item.id) === item.answerDoc ? answerPreviews?.[item.id] : undefined;

  return (
    <div>
      <RoomBar
        index={index}
        count={items.length}
        answered={room.answered}
        deadline={room.deadline}
        now={room.clock.now}
        running={!room.timeUp}
        budgetMs={room.budgetMs}
        totalMode={mode === "total"}
        busy={room.busy}
        onFinish={() => room.setDialog("finish")}
        onAbandon={() => room.setDialog("abandon")}
      />

      {room.canNavigate && items.length > 1 ? <QuestionNav items={items} index={index} onGo={(i) => void room.go(i)} /> : null}

      {room.openingReview && !room.timeUp ? (
        <div role="status" className="alert">
          Interview finished. Opening your review…
        </div>
      ) : null}
      {room.timeUp ? (
        <div role="alert" className="alert alert-warn">
          Time is up for this {mode === "total" ? "interview" : "question"}. Your answer is locked and saved; moving on…
        </div>
      ) : null}
      {room.error ? (
        <div role="alert" className="alert alert-error">
          {room.error}
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
          <RecorderSlot interviewId={interview.id} item={item} editable={room.editable} serverNow={room.clock.now} handle={room.recorderRef} />
        </article>
        {designPhases?.[item.id] ? (
          <PhasePanel
            key={item.id}
            interviewId={interview.id}
            itemId={item.id}
            phases={designPhases[item.id]!}
            startedAt={item.startedAt}
            endAt={room.deadline}
            now={room.clock.now}
            editable={room.editable}
            onAdvanced={(phase) => room.answerRef.current?.appendPhase(phase)}
          />
        ) : null}
        <div className={sketches?.[item.id] ? "answer-split" : undefined}>
          {languagePickers?.[item.id] ?? null}
          <ItemAnswer key={item.id} ref={room.answerRef} interviewId={interview.id} item={item} editable={room.editable} onSaved={room.recordSaved} preview={answerPreview} />
          <SketchSlotContext.Provider value={{ editable: room.editable, handle: room.sketchRef }}>{sketches?.[item.id] ?? null}</SketchSlotContext.Provider>
        </div>
      </div>

      <div className="room-actions">
        <div className="row">
          {room.canNavigate ? (
            <>
              <button type="button" className="btn" onClick={() => void room.go(index - 1)} disabled={index === 0}>
                Previous
              </button>
              <button type="button" className="btn" onClick={() => void room.go(index + 1)} disabled={index === items.length - 1}>
                Next
              </button>
            </>
          ) : (
            <button type="button" className="btn btn-primary" onClick={() => void room.submitCurrent()} disabled={room.busy || room.submitted || room.timeUp}>
              {index === items.length - 1 ? "Submit answer and finish" : "Submit answer"}
            </button>
          )}
        </div>
      </div>

      <ConfirmDialog
        open={room.dialog === "finish"}
        title="Finish the interview?"
        body={`Your answers are saved. ${items.length - room.answered > 1 ? "Every open question will be submitted as it stands." : ""} You will go to the review, where you compare with sample answers.`}
        confirmLabel="Finish and review"
        onConfirm={() => void room.finish()}
        onCancel={() => room.setDialog(null)}
      />
      <ConfirmDialog
        open={room.dialog === "abandon"}
        title="Give up this interview?"
        body="It will be marked abandoned. Your answers so far stay in your history."
        confirmLabel="Give up"
        danger
        onConfirm={() => void room.abandon()}
        onCancel={() => room.setDialog(null)}
      />
    </div>
  );
}
