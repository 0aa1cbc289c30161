import type { InputHTMLAttributes } from "react";

/** A labelled input whose error is announced and tied to it with aria-describedby. */
export function Field({
  label,
  name,
  error,
  hint,
  ...input
}: { label: string; name: string; error?: string; hint?: string } & InputHTMLAttributes<HTMLInputElement>) {
  const id = input.id ?? `field-${name}`;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
      {hint ? (
        <div id={`${id}-hint`} className="field-hint">
          {hint}
        </div>
      ) : null}
      <FieldError id={id} error={error} />
    </div>
  );
}

/** A field's error, under the id its input's aria-describedby names (`<id>-error`). */
export function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <div id={`${id}-error`} className="field-error">
      {error}
    </div>
  );
}

/**
 * An email input that keeps what was typed when its form is refused: `value`
 * is the value the action echoed back (the key remounts the input with it).
 */
export function EmailField({ name = "email", label = "Email", value, error, autoComplete = "email" }: { name?: string; label?: string; value?: string; error?: string; autoComplete?: string }) {
  return <Field label={label} name={name} type="email" autoComplete={autoComplete} required defaultValue={value} error={error} key={`${name}-${value ?? ""}`} />;
}

/** A labelled filter select: "any" first, then the vocabulary's values with their labels (filters live in the URL). */
export function FilterSelect({
  id,
  name,
  label,
  anyLabel,
  value,
  options,
  className,
}: {
  id: string;
  name: string;
  label: string;
  anyLabel: string;
  value: string | undefined;
  options: readonly (readonly [value: string, label: string])[];
  className?: string;
}) {
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""}>
        <option value="">{anyLabel}</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}
