import { KIND_LABELS, topicLabel } from "@/lib/taxonomy";


export function QuestionBadges({
  level,
  kind,
  topics,
  minutes,
}: {
  level: "beginner" | "intermediate" | "advanced";
  kind: "concept" | "coding" | "design";
  topics: string[];
  minutes?: number;
}) {
  return (
    <div className="row small" style={{ gap: "0.35rem" }}>
      <span className={`badge badge-${level}`}>{level[0]!.toUpperCase() + level.slice(1)}</span>
      <span className="badge badge-accent">{KIND_LABELS[kind]}</span>
      {topics.map((t) => (
        <span key={t} className="badge">
          {topicLabel(t)}
        </span>
      ))}
      {minutes ? <span className="muted">· {minutes} min</span> : null}
    </div>
  );
}
