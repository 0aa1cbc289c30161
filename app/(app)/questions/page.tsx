import type { Metadata } from "next";
import Link from "next/link";
import { BankList } from "@/components/questions/bank-list";
import { countQuestions, listQuestions } from "@/db/queries/questions";
import { BANK_PAGE_SIZE, bankFiltersToQuery, bankPage, parseBankFilters, toQuestionFilters, type BankFilters } from "@/lib/question-filters";
import { KIND_OPTIONS, LANGUAGE_OPTIONS, LEVEL_OPTIONS, SOURCE_OPTIONS, TOPIC_OPTIONS } from "@/lib/taxonomy";
import { requireUser } from "@/server/auth/session";
import { FilterSelect } from "@/components/ui/field";

export const metadata: Metadata = { title: "Question bank" };


export default async function QuestionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const params = await searchParams;
  const filters = parseBankFilters(params);
  const done = params.deleted ? "Question deleted." : params.archived ? "Question deleted. Past interviews used it, so their reviews keep it." : null;
  const where = toQuestionFilters(filters);
  const total = await countQuestions({ userId: user.id, filters: where });
  const { page, pages, offset } = bankPage(filters.page, total);
  const rows = await listQuestions({ userId: user.id, filters: where, limit: BANK_PAGE_SIZE, offset });
  const shown = { ...filters, page };
  const filtered = Boolean(filters.level || filters.kind || filters.topic || filters.lang || filters.q || filters.source);
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Question bank</h1>
          <p>Read a prompt, try it yourself, then reveal the sample answer.</p>
        </div>
        <div className="row">
          <Link href="/questions/new" className="btn btn-primary">
            New question
          </Link>
          <Link href="/questions/import" className="btn">
            Import
          </Link>
          <a href={`/api/questions/export${bankFiltersToQuery(filters)}`} className="btn" download>
            Export these (zip)
          </a>
          <a href={`/api/questions/export${bankFiltersToQuery({ ...filters, format: "sheet" })}`} className="btn" download>
            Study sheet (Markdown)
          </a>
        </div>
      </div>
      {done ? (
        <div role="status" className="alert alert-ok">
          {done}
        </div>
      ) : null}
      <form method="get" className="card filters" role="search" aria-label="Filter questions">
        <div className="filter-search">
          <label htmlFor="q">Search</label>
          <input id="q" name="q" type="search" defaultValue={filters.q} placeholder="e.g. idempotent, cache, JWT" maxLength={100} />
        </div>
        <FilterSelect id="source" name="source" label="Whose" anyLabel="All" value={filters.source} options={SOURCE_OPTIONS.filter(([s]) => s !== "all")} />
        <FilterSelect id="level" name="level" label="Level" anyLabel="All levels" value={filters.level} options={LEVEL_OPTIONS} />
        <FilterSelect id="kind" name="kind" label="Type" anyLabel="All types" value={filters.kind} options={KIND_OPTIONS} />
        <FilterSelect id="topic" name="topic" label="Topic" anyLabel="All topics" value={filters.topic} options={TOPIC_OPTIONS} />
        <FilterSelect id="lang" name="lang" label="Coding language" anyLabel="Any language" value={filters.lang} options={LANGUAGE_OPTIONS} />
        <div className="row">
          <button type="submit" className="btn btn-primary">
            Apply
          </button>
          {filtered ? (
            <Link href="/questions" className="btn btn-ghost">
              Clear
            </Link>
          ) : null}
        </div>
      </form>
      <p role="status" className="muted">
        {total === 1 ? "1 question" : `${total} questions`}
        {filtered ? " match your filters" : " in the bank"}
        {pages > 1 ? ` · ${offset + 1}–${offset + rows.length} shown` : ""}
      </p>
      {rows.length === 0 ? (
        <div className="card empty">
          <p>No question matches these filters.</p>
          <Link href="/questions">Show every question</Link>
        </div>
      ) : (
        <>
          <BankList
            query={bankFiltersToQuery(shown)}
            rows={rows.map((q) => ({
              slug: q.slug,
              title: q.title,
              level: q.level,
              kind: q.kind,
              topics: q.topics,
              minutes: q.suggestedMinutes,
              excerpt: q.promptText.length > 140 ? `${q.promptText.slice(0, 140).trimEnd()}…` : q.promptText,
              ...(q.languages?.length ? { languages: q.languages } : {}),
              ...(q.ownerId !== null ? { mine: true as const } : {}),
            }))}
          />
          <Pagination filters={filters} page={page} pages={pages} />
        </>
      )}
    </>
  );
}

/** Previous, the page numbers and next, as links that keep the filters. */
function Pagination({ filters, page, pages }: { filters: BankFilters; page: number; pages: number }) {
  if (pages < 2) return null;
  const href = (n: number) => `/questions${bankFiltersToQuery({ ...filters, page: n })}`;
  return (
    <nav aria-label="Pages of questions" className="row pagination">
      {page > 1 ? (
        <Link href={href(page - 1)} className="btn" rel="prev">
          Previous
        </Link>
      ) : null}
      <ol className="row">
        {Array.from({ length: pages }, (_, i) => i + 1).map((n) => (
          <li key={n}>
            {n === page ? (
              <span className="btn btn-primary" aria-current="page">
                <span className="sr-only">Page </span>
                {n}
              </span>
            ) : (
              <Link href={href(n)} className="btn btn-ghost" aria-label={`Page ${n}`}>
                {n}
              </Link>
            )}
          </li>
        ))}
      </ol>
      {page < pages ? (
        <Link href={href(page + 1)} className="btn" rel="next">
          Next
        </Link>
      ) : null}
    </nav>
  );
}
