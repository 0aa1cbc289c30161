"use client";

import type { KeyPointDraft, MisconceptionDraft } from "@/lib/question-file/draft-shape";

/** One key point: the claim, and the phrases that show it. */
export function KeyPointRow({ i, value, onChange, onRemove }: { i: number; value: KeyPointDraft; onChange: (p: Partial<KeyPointDraft>) => void; onRemove: () => void }) {
  const id = `kp-${i}`;
  return (
    <fieldset className="repeat-row stack">
      <legend>Key point {i + 1}</legend>
      <div className="field">
        <label htmlFor={`${id}-label`}>Label</label>
        <input id={`${id}-label`} value={value.label} maxLength={160} onChange={(e) => onChange({ label: e.target.value })} placeholder="A cache trades freshness for speed" />
      </div>
      <div className="field">
        <label htmlFor={`${id}-any`}>Phrases that show it (comma-separated)</label>
        <input id={`${id}-any`} value={value.any} onChange={(e) => onChange({ any: e.target.value })} placeholder="stale data, trade ... freshness" />
      </div>
      <div className="field">
        <label htmlFor={`${id}-with`}>…only with one of these in the same sentence (optional)</label>
        <input id={`${id}-with`} value={value.with} onChange={(e) => onChange({ with: e.target.value })} />
      </div>
      <button type="button" className="btn btn-ghost" onClick={onRemove}>
        Remove key point {i + 1}
      </button>
    </fieldset>
  );
}

/** One named wrong claim, why it is wrong, and the phrases that reveal it. */
export function MisconceptionRow({ i, value, onChange, onRemove }: { i: number; value: MisconceptionDraft; onChange: (p: Partial<MisconceptionDraft>) => void; onRemove: () => void }) {
  const id = `mc-${i}`;
  return (
    <fieldset className="repeat-row stack">
      <legend>Misconception {i + 1}</legend>
      <div className="field">
        <label htmlFor={`${id}-claim`}>Wrong claim</label>
        <input id={`${id}-claim`} value={value.claim} maxLength={160} onChange={(e) => onChange({ claim: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-why`}>Why it is wrong</label>
        <textarea id={`${id}-why`} rows={2} value={value.why} maxLength={400} onChange={(e) => onChange({ why: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-any`}>Phrases that reveal it (comma-separated)</label>
        <input id={`${id}-any`} value={value.any} onChange={(e) => onChange({ any: e.target.value })} />
      </div>
      <button type="button" className="btn btn-ghost" onClick={onRemove}>
        Remove misconception {i + 1}
      </button>
    </fieldset>
  );
}
