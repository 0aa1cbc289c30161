import Link from "next/link";
import { HISTORY_STATUSES, type HistoryFilters } from "@/lib/history-filters";
import { KIND_LABELS, KINDS, LEVEL_LABELS, LEVELS, TOPICS, statusLabel } from "@/lib/taxonomy";


/** A plain GET form: the filters live in the URL, so a filtered page can be bookmarked or shared. */
export function HistoryFilterForm({ filters }: { filters: HistoryFilters }) {
  return (
    <form method="get" action="/history" className="filters card" aria-label="Filter history">
      <div className="field">
        <label htmlFor="f-level">Level</label>
        <select id="f-level" name="level" defaultValue={filters.level ?? ""}>
          <option value="">Any level</option>
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {LEVEL_LABELS[l]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-kind">Type</label>
        <select id="f-kind" name="kind" defaultValue={filters.kind ?? ""}>
          <option value="">Any type</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-topic">Topic</label>
        <select id="f-topic" name="topic" defaultValue={filters.topic ?? ""}>
          <option value="">Any topic</option>
          {Object.entries(TOPICS).map(([slug, label]) => (
            <option key={slug} value={slug}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-status">Status</label>
        <select id="f-status" name="status" defaultValue={filters.status ?? ""}>
          <option value="">Any (not scheduled)</option>
          {HISTORY_STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusLabel(s)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-from">From</label>
        <input id="f-from" name="from" type="date" defaultValue={filters.from} />
      </div>
      <div className="field">
        <label htmlFor="f-to">To</label>
        <input id="f-to" name="to" type="date" defaultValue={filters.to} />
      </div>
      <div className="row" style={{ alignItems: "flex-end" }}>
        <button type="submit" className="btn btn-primary">
          Apply filters
        </button>
        <Link href="/history" className="btn btn-ghost">
          Clear
        </Link>
      </div>
    </form>
  );
}
