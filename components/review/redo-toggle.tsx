"use client";

import { useState } from "react";

/** "Redo this": marks the question to come back as a redo (an Again or Hard rating does the same by itself). */
export function RedoToggle({ interviewId, itemId, initial }: { interviewId: string; itemId: string; initial: boolean }) {
  const [wanted, setWanted] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const toggle = async () => {
    setBusy(true);
    setError(null);
    try {
      const res = await fetch(`/api/interviews/${interviewId}/items/${itemId}/redo`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ wanted: !wanted }) });
      const body = (await res.json().catch(() => ({}))) as { wanted?: boolean; error?: string };
      if (res.ok) setWanted(Boolean(body.wanted));
      else setError(body.error ?? `The server answered ${res.status}.`);
    } catch {
      setError("Could not reach the server. Try again.");
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="row">
      <button type="button" className="btn btn-small" aria-pressed={wanted} onClick={() => void toggle()} disabled={busy}>
        Redo this
      </button>
      {/* A polite live region, not a second role="status": the rating's status is the item's status. */}
      <span className="small muted" aria-live="polite">
        {wanted ? "It will be offered as a redo on your dashboard." : ""}
      </span>
      {error ? (
        <span role="alert" className="field-error">
          {error}
        </span>
      ) : null}
    </div>
  );
}
