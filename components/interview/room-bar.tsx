import { Countdown } from "./countdown";

/** The bar above the question: progress, the clock, and the way out. */
export function RoomBar({
  index,
  count,
  answered,
  deadline,
  now,
  running,
  budgetMs,
  totalMode,
  busy,
  onFinish,
  onAbandon,
}: {
  index: number;
  count: number;
  answered: number;
  deadline: number | null;
  now: () => number;
  running: boolean;
  budgetMs: number;
  totalMode: boolean;
  busy: boolean;
  onFinish: () => void;
  onAbandon: () => void;
}) {
  return (
    <div className="room-bar" aria-label="Interview status">
      <div className="stack" style={{ minWidth: 180 }}>
        <strong>
          Question {index + 1} of {count}
        </strong>
        <div className="progress" role="progressbar" aria-label="Questions answered" aria-valuemin={0} aria-valuemax={count} aria-valuenow={answered}>
          <span style={{ width: `${(answered / count) * 100}%` }} />
        </div>
      </div>
      {deadline !== null ? (
        <Countdown deadline={deadline} now={now} running={running} budgetMs={budgetMs} label={totalMode ? "Time left" : "Time left for this question"} />
      ) : (
        <span className="muted">Untimed practice</span>
      )}
      <div className="row">
        <button type="button" className="btn btn-primary" onClick={onFinish} disabled={busy}>
          Finish interview
        </button>
        <button type="button" className="btn btn-ghost btn-danger" onClick={onAbandon} disabled={busy}>
          Give up
        </button>
      </div>
    </div>
  );
}

/** Numbered buttons to move between questions (total and untimed modes). */
export function QuestionNav({ items, index, onGo }: { items: { id: string; title: string; answerRevision: number; submittedAt: string | null }[]; index: number; onGo: (i: number) => void }) {
  return (
    <nav aria-label="Questions" style={{ marginBottom: "1rem" }}>
      <ol className="navigator">
        {items.map((it, i) => (
          <li key={it.id}>
            <button
              type="button"
              className={`btn btn-small ${it.answerRevision > 0 || it.submittedAt ? "nav-done" : ""}`}
              aria-current={i === index ? "step" : undefined}
              aria-label={`Question ${i + 1}: ${it.title}`}
              onClick={() => onGo(i)}
            >
              {i + 1}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
