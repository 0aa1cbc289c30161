"use client";

import { forwardRef, useImperativeHandle } from "react";
import { AnswerEditor } from "@/components/editor/answer-editor";
import type { RichDoc } from "@/lib/rich-text";
import { SaveStatusText } from "./save-status";
import type { RoomItem } from "./types";
import { useAutosave } from "./use-autosave";

export interface ItemAnswerHandle {
  flush: () => Promise<void>;
  lock: () => void;
}

/** One question's answer: the editor wired to autosave. */
export const ItemAnswer = forwardRef<ItemAnswerHandle, { interviewId: string; item: RoomItem; editable: boolean }>(function ItemAnswer(
  { interviewId, item, editable },
  ref,
) {
  const save = useAutosave<RichDoc>({
    url: `/api/interviews/${interviewId}/items/${item.id}/answer`,
    storageKey: `mockline:answer:${item.id}`,
    field: "doc",
    initialValue: item.answerDoc ?? { type: "doc", content: [] },
    serverRevision: item.answerRevision,
    serverSavedAt: item.answerSavedAt,
  });
  useImperativeHandle(ref, () => ({ flush: save.flush, lock: save.lock }), [save.flush, save.lock]);
  return (
    <section aria-label="Your answer" className="stack">
      <div className="row spread">
        <h2 style={{ margin: 0 }}>Your answer</h2>
        <SaveStatusText status={save.status} />
      </div>
      <AnswerEditor
        initial={item.answerDoc}
        restored={save.restored}
        editable={editable && save.status.kind !== "locked"}
        label={`Answer to: ${item.title}`}
        onChange={save.change}
        onBlur={() => void save.flush()}
      />
    </section>
  );
});
