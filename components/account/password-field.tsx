"use client";

import { useEffect, useRef, useState } from "react";
import type { PasswordVerdict } from "@/lib/auth/password-strength";
import { FieldError } from "@/components/ui/field";

/**
 * A new-password input with a strength meter. The estimator and its word
 * lists (~1.5 MB) are fetched on the first key typed, so only pages where a
 * password is chosen pay for them, and only once someone types. The server
 * judges again with the same estimator: the meter only helps.
 */
export function PasswordField({
  label,
  name,
  error,
  userInputs = [],
  autoComplete = "new-password",
}: {
  label: string;
  name: string;
  error?: string;
  /** The person's email and name: a password built from them is refused. */
  userInputs?: (string | null | undefined)[];
  autoComplete?: string;
}) {
  const id = `field-${name}`;
  const [value, setValue] = useState("");
  const [verdict, setVerdict] = useState<PasswordVerdict | null>(null);
  const inputs = useRef(userInputs);
  inputs.current = userInputs;

  useEffect(() => {
    if (!value) {
      setVerdict(null);
      return;
    }
    let cancelled = false;
    const timer = setTimeout(async () => {
      const { checkPasswordStrength, personalWords } = await import("@/lib/auth/password-strength");
      const v = await checkPasswordStrength(value, personalWords(...inputs.current));
      if (!cancelled) setVerdict(v);
    }, 150);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [value]);

  const describedBy = [`${id}-hint`, `${id}-strength`, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name={name}
        type="password"
        autoComplete={autoComplete}
        required
        minLength={8}
        maxLength={128}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        value={value}
        onChange={(e) => setValue(e.target.value)}
      />
      <div id={`${id}-hint`} className="field-hint">
        At least 8 characters. Several unrelated words are strong and easy to remember.
      </div>
      <div id={`${id}-strength`} className="strength" aria-live="polite">
        {verdict ? (
          <>
            <div className="strength-bar" data-score={verdict.score} aria-hidden="true">
              {[0, 1, 2, 3].map((i) => (
                <span key={i} className={i < Math.max(1, verdict.score) ? "on" : undefined} />
              ))}
            </div>
            <span className="strength-label">Strength: {verdict.label}.</span> {verdict.ok ? null : <span className="strength-advice">{verdict.message}</span>}
          </>
        ) : null}
      </div>
      <FieldError id={id} error={error} />
    </div>
  );
}
