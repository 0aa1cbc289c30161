import { KIND_LABELS, LANGUAGE_LABELS, LEVEL_LABELS, topicLabel, type Language } from "@/lib/taxonomy";

export function QuestionBadges({
  level,
  kind,
  topics,
  minutes,
  languages,
  mine,
}: {
  level: "beginner" | "intermediate" | "advanced";
  kind: "concept" | "coding" | "design";
  topics: string[];
  minutes?: number;
  /** Coding questions: the languages the sample answer shows. */
  languages?: readonly string[] | null;
  /** One of the person's own questions (not the built-in bank). */
  mine?: boolean;
}) {
  return (
    <div className="row small badges">
      {mine ? <span className="badge badge-accent">Mine</span> : null}
      <span className={`badge badge-${level}`}>{LEVEL_LABELS[level]}</span>
      <span className="badge badge-accent">{KIND_LABELS[kind]}</span>
      {topics.map((t) => (
        <span key={t} className="badge">
          {topicLabel(t)}
        </span>
      ))}
      {minutes ? <span className="muted">· {minutes} min</span> : null}
      {languages?.length ? <span className="muted">· {languages.map((l) => LANGUAGE_LABELS[l as Language] ?? l).join(", ")}</span> : null}
    </div>
  );
}
