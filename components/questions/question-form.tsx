"use client";

import { useActionState, useState, type FormEvent } from "react";
import { saveQuestionAction, type QuestionFormState } from "@/app/(app)/questions/actions";
import { AnswerEditor } from "@/components/editor/answer-editor";
import { LazyCanvas } from "@/components/canvas/lazy-canvas";
import type { SceneInput } from "@/lib/sketch/scene";
import { MAX_DRAFT_BYTES, slugFromTitle, type QuestionDraft } from "@/lib/question-file/draft-shape";
import { KIND_OPTIONS, LEVEL_OPTIONS, TOPIC_OPTIONS } from "@/lib/taxonomy";
import { KeyPointRow, MisconceptionRow } from "./evidence-rows";
import { JudgePreview } from "./judge-preview";
import { useQuestionDraft } from "./use-question-draft";

/** Write or edit one of the person's questions, with a live preview of what the judge ticks. */
export function QuestionForm({ initial, originalSlug }: { initial: QuestionDraft; originalSlug?: string }) {
  const [state, action, pending] = useActionState<QuestionFormState, FormData>(saveQuestionAction, {});
  const { draft, set, keyPoints, misconceptions, evidence } = useQuestionDraft(initial);
  const [tooBig, setTooBig] = useState<string | null>(null);
  const json = JSON.stringify(draft);
  // Refused here rather than by the server's form limit, which would lose the page.
  const checkSize = (e: FormEvent) => {
    const bytes = new TextEncoder().encode(json).length;
    if (bytes <= MAX_DRAFT_BYTES) return setTooBig(null);
    e.preventDefault();
    setTooBig(`This question is ${(bytes / 1_000_000).toFixed(1)} MB, over the 1 MB a question may be: draw the diagram with fewer or smaller images, or shorten the text.`);
  };
  return (
    <form action={action} onSubmit={checkSize} className="question-editor">
      <input type="hidden" name="draft" value={json} />
      {originalSlug ? <input type="hidden" name="originalSlug" value={originalSlug} /> : null}
      <div className="stack">
        {tooBig ? (
          <div role="alert" className="alert alert-error">
            {tooBig}
          </div>
        ) : null}
        {state.message ? (
          <div role="alert" className="alert alert-error">
            <p style={{ margin: 0 }}>{state.message}</p>
            {state.problems?.length ? (
              <ul className="import-problems">
                {state.problems.map((p, i) => (
                  <li key={i}>
                    <code>{p}</code>
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        <div className="card stack">
          <div className="field">
            <label htmlFor="q-title">Title</label>
            <input
              id="q-title"
              value={draft.title}
              maxLength={120}
              required
              onChange={(e) => {
                const title = e.target.value;
                // The slug follows the title until the author sets it (never for a question already saved).
                if (!originalSlug && (draft.slug === "" || draft.slug === slugFromTitle(draft.title))) set("slug", slugFromTitle(title));
                set("title", title);
              }}
            />
          </div>
          <div className="field">
            <label htmlFor="q-slug">Slug</label>
            <input id="q-slug" value={draft.slug} maxLength={80} aria-describedby="q-slug-hint" onChange={(e) => set("slug", e.target.value)} />
            <p id="q-slug-hint" className="field-hint">
              Its address and its name in exports; re-importing a file with this slug updates this question.
            </p>
          </div>
          <div className="grid grid-3">
            <div className="field">
              <label htmlFor="q-level">Level</label>
              <select id="q-level" value={draft.level} onChange={(e) => set("level", e.target.value as QuestionDraft["level"])}>
                {LEVEL_OPTIONS.map(([v, l]) => (
                  <option key={v} value={v}>
                    {l}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="q-kind">Kind</label>
              <select id="q-kind" value={draft.kind} onChange={(e) => set("kind", e.target.value as QuestionDraft["kind"])}>
                {KIND_OPTIONS.map(([v, l]) => (
                  <option key={v} value={v}>
                    {l}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="q-minutes">Suggested minutes</label>
              <input id="q-minutes" type="number" min={1} max={90} value={draft.minutes} onChange={(e) => set("minutes", Number(e.target.value))} />
            </div>
          </div>
          <fieldset>
            <legend>Topics (1 to 3; the first is the main one)</legend>
            <div className="checks">
              {TOPIC_OPTIONS.map(([slug, label]) => (
                <label key={slug}>
                  <input
                    type="checkbox"
                    checked={draft.topics.includes(slug)}
                    onChange={() => set("topics", draft.topics.includes(slug) ? draft.topics.filter((t) => t !== slug) : [...draft.topics, slug])}
                  />
                  {label}
                </label>
              ))}
            </div>
          </fieldset>
        </div>
        <div className="card stack">
          <h2>Prompt</h2>
          <AnswerEditor initial={draft.prompt} editable label="Prompt" onChange={(doc) => set("prompt", doc)} />
          <h2>Sample answer</h2>
          <AnswerEditor initial={draft.sampleAnswer} editable label="Sample answer" onChange={(doc) => set("sampleAnswer", doc)} />
          {draft.kind === "design" ? (
            <div className="field">
              <label htmlFor="q-outline">Design outline (Markdown, one ### heading per phase)</label>
              <textarea id="q-outline" rows={12} value={draft.outline} onChange={(e) => set("outline", e.target.value)} />
            </div>
          ) : null}
          {draft.kind === "design" ? (
            <section className="stack" aria-labelledby="q-diagram" aria-describedby="q-diagram-hint">
              <h2 id="q-diagram">Reference diagram</h2>
              <p className="field-hint" id="q-diagram-hint">
                Draw the design a strong answer arrives at: the review shows it beside the candidate&apos;s own drawing. Optional; the whole question, drawing
                included, must stay under 1 MB.
              </p>
              {/* The canvas opens with the saved drawing; every change goes into the draft that is saved. */}
              <LazyCanvas initial={(initial.referenceScene as SceneInput | null) ?? null} readOnly={false} label="Reference diagram canvas" onChange={(scene) => set("referenceScene", scene)} />
            </section>
          ) : null}
        </div>
        <div className="card stack">
          <h2>Key points</h2>
          {draft.keyPoints.map((k, i) => (
            <KeyPointRow key={i} i={i} value={k} onChange={(p) => keyPoints.change(i, p)} onRemove={() => keyPoints.remove(i)} />
          ))}
          <button type="button" className="btn" onClick={() => keyPoints.add({ label: "", any: "", with: "" })}>
            Add a key point
          </button>
          <h2>Misconceptions</h2>
          {draft.misconceptions.map((m, i) => (
            <MisconceptionRow key={i} i={i} value={m} onChange={(p) => misconceptions.change(i, p)} onRemove={() => misconceptions.remove(i)} />
          ))}
          <button type="button" className="btn" onClick={() => misconceptions.add({ claim: "", why: "", any: "" })}>
            Add a misconception
          </button>
        </div>
        <div className="row">
          <button type="submit" className="btn btn-primary" disabled={pending}>
            {pending ? "Saving…" : "Save question"}
          </button>
        </div>
      </div>
      <JudgePreview evidence={evidence} sampleAnswer={draft.sampleAnswer} />
    </form>
  );
}
