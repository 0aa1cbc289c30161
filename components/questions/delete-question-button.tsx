"use client";

import { useActionState } from "react";
import { deleteQuestionAction } from "@/app/(app)/questions/actions";

/** Delete one of the person's questions (archived instead when past interviews hold it), after a confirm. */
export function DeleteQuestionButton({ slug }: { slug: string }) {
  const [state, action, pending] = useActionState(deleteQuestionAction, {});
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!window.confirm("Delete this question? If past interviews used it, it is archived so their history keeps it.")) e.preventDefault();
      }}
    >
      <input type="hidden" name="slug" value={slug} />
      <button type="submit" className="btn btn-danger" disabled={pending}>
        Delete question
      </button>
      {state.message ? (
        <p role="alert" className="field-error">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
