import Link from "next/link";
import { HISTORY_STATUSES, type HistoryFilters } from "@/lib/history-filters";
import { KIND_OPTIONS, LEVEL_OPTIONS, TOPIC_OPTIONS, statusLabel } from "@/lib/taxonomy";
import { FilterSelect } from "@/components/ui/field";

/** A plain GET form: the filters live in the URL, so a filtered page can be bookmarked or shared. */
export function HistoryFilterForm({ filters }: { filters: HistoryFilters }) {
  return (
    <form method="get" action="/history" className="filters card" aria-label="Filter history">
      <FilterSelect className="field" id="f-level" name="level" label="Level" anyLabel="Any level" value={filters.level} options={LEVEL_OPTIONS} />
      <FilterSelect className="field" id="f-kind" name="kind" label="Type" anyLabel="Any type" value={filters.kind} options={KIND_OPTIONS} />
      <FilterSelect className="field" id="f-topic" name="topic" label="Topic" anyLabel="Any topic" value={filters.topic} options={TOPIC_OPTIONS} />
      <FilterSelect
        className="field"
        id="f-status"
        name="status"
        label="Status"
        anyLabel="Any (not scheduled)"
        value={filters.status}
        options={HISTORY_STATUSES.map((st) => [st, statusLabel(st)] as const)}
      />
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
