import Link from "next/link";
import type { HistoryRow } from "@/db/queries/history";
import { sketchPreviewPath } from "@/lib/sketch/preview-path";
import { formatInZone } from "@/lib/zoned-time";
import { statusLabel } from "@/lib/taxonomy";

function duration(r: HistoryRow): string {
  if (!r.startedAt || !r.finishedAt) return "—";
  const min = Math.max(1, Math.round((r.finishedAt.getTime() - r.startedAt.getTime()) / 60_000));
  return `${min} min`;
}

/** Past interviews, newest first, each with its questions, score and a drawing thumbnail. */
export function HistoryList({ rows, timeZone }: { rows: HistoryRow[]; timeZone: string }) {
  return (
    <ol className="stack plain-list" aria-label="Past interviews">
      {rows.map((r) => {
        const when = r.startedAt ?? r.scheduledFor ?? r.createdAt;
        const open = r.status === "active" ? `/interviews/${r.id}` : r.status === "scheduled" ? "/schedule" : `/interviews/${r.id}/review`;
        return (
          <li key={r.id} className="card">
            <div className="spread history-row">
              <div className="history-main">
                <h2 className="history-title">
                  <Link href={open}>{r.title}</Link>
                </h2>
                <p className="small muted history-meta">
                  <time dateTime={when.toISOString()}>{formatInZone(when, timeZone)}</time>
                  {` · ${statusLabel(r.status)} · ${duration(r)} · ${r.score === null ? "not scored" : `score ${Math.round(r.score)}`}`}
                </p>
                <ul className="small history-items" aria-label="Questions">
                  {r.items.map((it) => (
                    <li key={it.id}>
                      {`${it.title} `}
                      <span className="muted">{`(${it.level}, ${it.kind}${it.score !== null ? `, ${Math.round(it.score)}` : ""})`}</span>
                    </li>
                  ))}
                </ul>
              </div>
              {r.sketchItemId ? (
                // eslint-disable-next-line @next/next/no-img-element -- a sanitised SVG served by our own endpoint
                <img
                  src={sketchPreviewPath(r.id, r.sketchItemId)}
                  alt={`Drawing from ${r.title}`}
                  width={120}
                  height={80}
                  loading="lazy"
                  className="history-thumb"
                />
              ) : null}
            </div>
            <div className="row history-actions">
              <Link className="btn btn-small" href={open} aria-label={`Open ${r.title}`}>
                Open
              </Link>
              <a className="btn btn-small btn-ghost" href={`/api/interviews/${r.id}/export.md`} download aria-label={`Export ${r.title} as Markdown`}>
                Export Markdown
              </a>
              <Link className="btn btn-small btn-ghost" href={`/interviews/${r.id}/print`} aria-label={`Print view of ${r.title}`}>
                Print view
              </Link>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
