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
    <ol className="stack" style={{ listStyle: "none", padding: 0, margin: 0 }} aria-label="Past interviews">
      {rows.map((r) => {
        const when = r.startedAt ?? r.scheduledFor ?? r.createdAt;
        const open = r.status === "active" ? `/interviews/${r.id}` : r.status === "scheduled" ? "/schedule" : `/interviews/${r.id}/review`;
        return (
          <li key={r.id} className="card" aria-labelledby={`h-${r.id}`}>
            <div className="spread" style={{ alignItems: "flex-start", gap: "1rem" }}>
              <div style={{ minWidth: 0 }}>
                <h2 id={`h-${r.id}`} style={{ fontSize: "1.1rem", margin: 0 }}>
                  <Link href={open}>{r.title}</Link>
                </h2>
                <p className="small muted" style={{ margin: "0.25rem 0" }}>
                  <time dateTime={when.toISOString()}>{formatInZone(when, timeZone)}</time> · {statusLabel(r.status)} · {duration(r)} ·{" "}
                  {r.score === null ? "not scored" : `score ${Math.round(r.score)}`}
                </p>
                <ul className="small" style={{ margin: "0.25rem 0 0", paddingLeft: "1.1rem" }} aria-label="Questions">
                  {r.items.map((it) => (
                    <li key={it.id}>
                      {it.title} <span className="muted">({it.level}, {it.kind}{it.score !== null ? `, ${Math.round(it.score)}` : ""})</span>
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
                  style={{ border: "1px solid var(--border)", borderRadius: 6, objectFit: "contain", background: "#fff", flexShrink: 0 }}
                />
              ) : null}
            </div>
            <div className="row" style={{ marginTop: "0.5rem" }}>
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
