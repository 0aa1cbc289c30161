import type { Metadata } from "next";
import Link from "next/link";
import { HistoryFilterForm } from "@/components/history/history-filters";
import { HistoryList } from "@/components/history/history-list";
import { listHistoryByUser } from "@/db/queries/history";
import { getTimeZoneByUser } from "@/db/queries/users";
import { historyHref, parseHistoryFilters } from "@/lib/history-filters";
import { requireUser } from "@/server/auth/session";

export const metadata: Metadata = { title: "History" };

export default async function HistoryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const filters = parseHistoryFilters(await searchParams);
  const tz = (await getTimeZoneByUser({ userId: user.id })) ?? "UTC";
  const page = await listHistoryByUser(user.id, filters, { timeZone: tz });
  const filtered = Boolean(filters.level || filters.kind || filters.topic || filters.status || filters.from || filters.to);
  return (
    <>
      <div className="page-header">
        <div>
          <h1>History</h1>
          <p>Every past interview. Open one to replay its review, or export it.</p>
        </div>
      </div>
      <HistoryFilterForm filters={filters} />
      <div style={{ marginTop: "1rem" }}>
        {page.rows.length === 0 ? (
          <div className="card empty">
            {filtered || filters.cursor ? (
              <p>
                No interview matches these filters. <Link href="/history">Clear the filters</Link>
              </p>
            ) : (
              <p>
                No interviews yet. <Link href="/interviews/new">Start a mock interview</Link> or <Link href="/schedule">schedule one</Link>; it will appear here when it ends.
              </p>
            )}
          </div>
        ) : (
          <HistoryList rows={page.rows} timeZone={tz} />
        )}
      </div>
      <nav aria-label="History pages" className="row" style={{ marginTop: "1rem" }}>
        {filters.cursor ? (
          <Link className="btn" href={historyHref({ ...filters, cursor: undefined })}>
            Newest
          </Link>
        ) : null}
        {page.nextCursor ? (
          <Link className="btn" href={historyHref(filters, page.nextCursor)} rel="next">
            Older interviews
          </Link>
        ) : null}
      </nav>
    </>
  );
}
