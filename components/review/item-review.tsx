import { SketchCompare } from "@/components/canvas/sketch-compare";
import { RecordingPlayer } from "@/components/replay/recording-player";
import { ReplayProvider } from "@/components/replay/replay-sync";
import { RichText } from "@/components/rich-text";
import type { ItemWithQuestion } from "@/db/queries/interviews";
import type { RecallInfo } from "@/db/queries/recall";
import { DESIGN_CHECKLIST } from "@/lib/review/design-checklist";
import { judgeForReview } from "@/lib/review/judged-answer";
import { formatDuration, overtimeMs } from "@/lib/review/summary";
import { describeDue } from "@/lib/review/due";
import { AnswerWithHighlights } from "./answer-with-highlights";
import { KeyPointEvidence, MisconceptionList } from "./judge-evidence";
import { RatingForm } from "./rating-form";
import { LeechBadge } from "./review-state";
import { RedoToggle } from "./redo-toggle";
import type { ReactNode } from "react";
import { PhaseReview } from "./phase-review";
import { DESIGN_PHASES, PHASE_HEADINGS, type PhaseRow } from "@/lib/interview/phases";
import { KIND_LABELS, LANGUAGE_LABELS, type Language } from "@/lib/taxonomy";


/**
 * One question of a review below its heading (the frame, `ReviewItemSlot`, holds the section and the heading): the
 * question's line of facts, both answers side by side, then the checklist and the rating.
 */
export function ItemReviewBody({
  interviewId,
  item,
  usedMs,
  recall,
  now,
  phases = null,
  comparison = null,
}: {
  interviewId: string;
  item: ItemWithQuestion;
  /** Time spent on this question alone (per-question timing), else null. */
  usedMs: number | null;
  recall: RecallInfo | undefined;
  now: Date;
  /** Design questions: time per phase against budget. */
  phases?: PhaseRow[] | null;
  /** A redo: the previous attempt beside this one. */
  comparison?: ReactNode;
}) {
  const q = item.question;
  const { text, judgement, doc, segments } = judgeForReview(q, { doc: item.answerDoc, text: item.answerText });
  const isDesign = q.kind === "design";
  const over = usedMs === null ? 0 : overtimeMs(usedMs, q.suggestedMinutes);
  const n = item.position + 1;
  return (
    <>
      <p className="small muted" style={{ margin: 0 }}>
        {KIND_LABELS[q.kind]} · {q.level} ·{" "}
        {usedMs === null ? (
          <>suggested {q.suggestedMinutes} min</>
        ) : (
          <>
            used {formatDuration(usedMs)} of {q.suggestedMinutes} min suggested
            {over > 0 ? <span className="badge badge-advanced"> {formatDuration(over)} over</span> : null}
          </>
        )}
        {q.kind === "coding" && item.answerLanguage ? <> · answered in {LANGUAGE_LABELS[item.answerLanguage as Language] ?? item.answerLanguage}</> : null}
        <LeechBadge itemId={item.id} initial={recall?.leech === true} />
      </p>
      <div className="grid grid-2 review-compare">
        <div>
          <h3>Your answer</h3>
          {text.trim() && doc ? <AnswerWithHighlights doc={doc} segments={segments} /> : <p className="muted">No answer was written.</p>}
          {judgement.ticked.length || judgement.misconceptions.length ? (
            <p className="small muted">
              Highlighted: {judgement.ticked.length ? <mark>words that show a key point</mark> : null}
              {judgement.ticked.length && judgement.misconceptions.length ? " and " : null}
              {judgement.misconceptions.length ? <mark className="mc-hit">words that reveal a misconception</mark> : null}.
            </p>
          ) : null}
          <MisconceptionList id={`item-${n}-misconceptions`} text={text} found={judgement.misconceptions} />
        </div>
        <div>
          <h3>Sample answer</h3>
          <RichText doc={q.sampleAnswer} label="Sample answer" shared />
        </div>
      </div>
      {comparison}
      {isDesign ? <PhaseReview n={n} rows={phases} answer={item.answerDoc} outline={q.designPhases ?? null} /> : null}
      <ReplayProvider>
        {item.recording ? (
          <section className="stack" aria-labelledby={`item-${n}-recording`}>
            <h3 id={`item-${n}-recording`}>Your recording</h3>
            <RecordingPlayer
              interviewId={interviewId}
              itemId={item.id}
              parts={item.recording.parts.map((p) => ({ part: p.part, startedAt: p.startedAt, durationMs: p.durationMs }))}
            />
          </section>
        ) : null}
        {isDesign || item.sketch ? (
          <SketchCompare
            interviewId={interviewId}
            itemId={item.id}
            hasSketch={Boolean(item.sketch)}
            hasReference={q.hasReference}
            replay={(item.sketch?.timelineEntries ?? 0) > 0}
            openedAt={item.startedAt?.getTime() ?? null}
          />
        ) : null}
      </ReplayProvider>
      <RatingForm
        interviewId={interviewId}
        itemId={item.id}
        position={item.position}
        keyPoints={q.keyPoints.map((k, i) => ({
          label: k.label,
          detail: <KeyPointEvidence text={text} verdict={judgement.keyPoints[i]!} misconceptions={judgement.misconceptions} />,
        }))}
        checklist={isDesign ? DESIGN_CHECKLIST.map((c) => ({ label: c.label, hint: c.hint, group: `Phase ${DESIGN_PHASES.indexOf(c.phase) + 1}: ${PHASE_HEADINGS[c.phase]}` })) : null}
        initialKeyPoints={item.rating !== null ? (item.keyPointsTicked ?? []) : judgement.ticked}
        initialChecklist={item.checklistTicked ?? []}
        initialRating={item.rating}
        initialNote={item.note ?? ""}
        initialScore={item.score === null ? null : Math.round(item.score)}
        initialDue={recall && item.rating !== null ? describeDue(recall.due, now) : null}
      />
      <RedoToggle interviewId={interviewId} itemId={item.id} initial={item.redoRequestedAt !== null} />
    </>
  );
}
