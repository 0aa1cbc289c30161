"use client";

import { useId, useState } from "react";
import { LANGUAGE_OPTIONS, type Language } from "@/lib/taxonomy";

/**
 * "I am answering in Python": a coding answer remembers its language (on the
 * answer, and as the default for the next coding question). The choice is
 * saved at once; a refusal (the question closed) is said and the choice kept.
 */
export function LanguagePicker({ interviewId, itemId, initial }: { interviewId: string; itemId: string; initial: Language }) {
  const id = useId();
  const [language, setLanguage] = useState<Language>(initial);
  const [error, setError] = useState<string | null>(null);
  const choose = async (next: Language) => {
    setLanguage(next);
    setError(null);
    try {
      const res = await fetch(`/api/interviews/${interviewId}/items/${itemId}/language`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ language: next }),
      });
      if (!res.ok) setError(((await res.json().catch(() => ({}))) as { error?: string }).error ?? `The server answered ${res.status}.`);
    } catch {
      setError("Could not save the language (offline?). Your answer is not affected.");
    }
  };
  return (
    <div className="field language-picker">
      <label htmlFor={id}>Language you answer in</label>
      <select id={id} value={language} onChange={(e) => void choose(e.target.value as Language)} aria-describedby={error ? `${id}-error` : undefined}>
        {LANGUAGE_OPTIONS.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      {error ? (
        <div id={`${id}-error`} role="alert" className="field-error">
          {error}
        </div>
      ) : null}
    </div>
  );
}
