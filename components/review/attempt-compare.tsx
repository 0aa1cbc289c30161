import Link from "next/link";
import type { AttemptComparison } from "@/lib/review/redo";
import { formatDuration } from "@/lib/review/summary";

const signed = (n: number, unit = "") => `${n > 0 ? "+" : n < 0 ? "−" : "±"}${Math.abs(n)}${unit}`;

/** A redo's review: the previous attempt beside this one, and what changed. */
export function AttemptCompare({
  n,
  cmp,
  before,
  after,
  previousHref,
}: {
  n: number;
  cmp: AttemptComparison;
  before: { score: number | null; usedMs: number | null };
  after: { score: number | null; usedMs: number | null };
  previousHref: string;
}) {
  const time = (ms: number | null) => (ms === null ? "—" : formatDuration(ms));
  return (
    <section className="stack attempt-compare" aria-labelledby={`item-${n}-compare`}>
      <h3 id={`item-${n}-compare`}>Compared with your previous attempt</h3>
      <p className="small muted" style={{ margin: 0 }}>
        This question came back as a redo. <Link href={previousHref}>Open the previous review</Link>.
      </p>
      <table className="data-table">
        <caption className="sr-only">Previous attempt and this one</caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col">Previous</th>
            <th scope="col">This attempt</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Score</th>
            <td>{before.score ?? "—"}</td>
            <td>{after.score ?? "not rated yet"}</td>
            <td>{cmp.scoreDelta === null ? "—" : signed(cmp.scoreDelta, " points")}</td>
          </tr>
          <tr>
            <th scope="row">Time</th>
            <td>{time(before.usedMs)}</td>
            <td>{time(after.usedMs)}</td>
            <td>{cmp.timeDeltaMs === null ? "—" : `${cmp.timeDeltaMs > 0 ? "+" : cmp.timeDeltaMs < 0 ? "−" : "±"}${formatDuration(Math.abs(cmp.timeDeltaMs))}`}</td>
          </tr>
          {cmp.phases?.map((p) => (
            <tr key={p.label}>
              <th scope="row">{p.label} (budget {formatDuration(p.budgetMs)})</th>
              <td>{formatDuration(p.beforeMs)}</td>
              <td>{formatDuration(p.afterMs)}</td>
              <td>{`${p.afterMs >= p.beforeMs ? "+" : "−"}${formatDuration(Math.abs(p.afterMs - p.beforeMs))}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="grid grid-2">
        <div>
          <h4>Key points gained</h4>
          {cmp.gained.length ? (
            <ul>
              {cmp.gained.map((k) => (
                <li key={k}>{k}</li>
              ))}
            </ul>
          ) : (
            <p className="muted small">None.</p>
          )}
        </div>
        <div>
          <h4>Key points lost</h4>
          {cmp.lost.length ? (
            <ul>
              {cmp.lost.map((k) => (
                <li key={k}>{k}</li>
              ))}
            </ul>
          ) : (
            <p className="muted small">None.</p>
          )}
        </div>
      </div>
      <details>
        <summary>What changed in the text</summary>
        <p className="small muted">
          <ins>Added words</ins> and <del>removed words</del>, from the previous answer to this one.
        </p>
        <p className="answer-diff">
          {cmp.diff.map((c, i) => (c.added ? <ins key={i}>{c.value}</ins> : c.removed ? <del key={i}>{c.value}</del> : <span key={i}>{c.value}</span>))}
        </p>
      </details>
    </section>
  );
}
