"use client";

import { forwardRef, memo, useImperativeHandle, useState, type ReactNode } from "react";
import { AnswerEditor } from "@/components/editor/answer-editor";
import type { RichDoc } from "@/lib/rich-text/doc";
import { appendPhaseHeading, type DesignPhase } from "@/lib/interview/phases";
import { SaveStatusText } from "./save-status";
import type { RoomItem } from "@/lib/interview/room";
import { useAutosave } from "../hooks/use-autosave";

export interface ItemAnswerHandle {
  flush: () => Promise<void>;
  lock: () => void;
  /** Design answers: a heading for the phase just begun, where its notes go. */
  appendPhase: (phase: DesignPhase) => void;
}

/** One question's answer: the editor wired to autosave. Redrawn only when its own props change. */
export const ItemAnswer = memo(
  forwardRef<
    ItemAnswerHandle,
    {
      interviewId: string;
      item: RoomItem;
      editable: boolean;
      /** The server holds `doc` at `revision`: what this question shows when it is opened again. */
      onSaved?: (itemId: string, doc: RichDoc, revision: number, savedAt: string) => void;
      /** The saved answer as the server rendered it; see AnswerEditor. */
      preview?: ReactNode;
    }
  >(function ItemAnswer(
    { interviewId, item, editable, onSaved, preview },
    ref,
  ) {
    const save = useAutosave<RichDoc>({
      url: `/api/interviews/${interviewId}/items/${item.id}/answer`,
      storageKey: `mockline:answer:${item.id}`,
      field: "doc",
      initialValue: item.answerDoc ?? { type: "doc", content: [] },
      serverRevision: item.answerRevision,
      serverSavedAt: item.answerSavedAt,
      onSaved: (doc, revision, savedAt) => onSaved?.(item.id, doc, revision, savedAt),
    });
    // A change made for the person (a phase heading) is shown by the editor as a restored draft is.
    const [replaced, setReplaced] = useState<RichDoc | null>(null);
    const { flush, lock, value, change } = save;
    useImperativeHandle(
      ref,
      () => ({
        flush,
        lock,
        appendPhase: (phase) => {
          const before = value();
          const next = appendPhaseHeading(before, phase);
          if (next === before) return;
          change(next);
          setReplaced(next);
        },
      }),
      [flush, lock, value, change],
    );
    return (
      <section aria-label="Your answer" className="stack">
        <div className="row spread">
          <h2 style={{ margin: 0 }}>Your answer</h2>
          <SaveStatusText status={save.status} />
        </div>
        <AnswerEditor
          initial={item.answerDoc}
          preview={preview}
          restored={replaced ?? save.restored}
          focusRestored={replaced !== null}
          editable={editable && save.status.kind !== "locked"}
          label={`Answer to: ${item.title}`}
          onChange={save.change}
          onBlur={() => void save.flush()}
        />
      </section>
    );
  }),
);
