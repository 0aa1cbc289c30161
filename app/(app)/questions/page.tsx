import type { Metadata } from "next";
import Link from "next/link";
import { QuestionBadges } from "@/components/question-badges";
import { listQuestions } from "@/db/queries/questions";
import { bankFiltersToQuery, parseBankFilters } from "@/lib/question-filters";
import { KIND_LABELS, KINDS, LEVEL_LABELS, LEVELS, TOPICS } from "@/lib/taxonomy";

export const metadata: Metadata = { title: "Question bank" };


export default async function QuestionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const filters = parseBankFilters(await searchParams);
  const rows = await listQuestions({
    levels: filters.level ? [filters.level] : undefined,
    kinds: filters.kind ? [filters.kind] : undefined,
    topics: filters.topic ? [filters.topic] : undefined,
    q: filters.q,
  });
  const filtered = Boolean(filters.level || filters.kind || filters.topic || filters.q);
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Question bank</h1>
          <p>Read a prompt, try it yourself, then reveal the sample answer.</p>
        </div>
      </div>
      <form method="get" className="card filters" role="search" aria-label="Filter questions">
        <div className="filter-search">
          <label htmlFor="q">Search</label>
          <input id="q" name="q" type="search" defaultValue={filters.q} placeholder="e.g. idempotent, cache, JWT" maxLength={100} />
        </div>
        <div>
          <label htmlFor="level">Level</label>
          <select id="level" name="level" defaultValue={filters.level ?? ""}>
            <option value="">All levels</option>
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {LEVEL_LABELS[l]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="kind">Type</label>
          <select id="kind" name="kind" defaultValue={filters.kind ?? ""}>
            <option value="">All types</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="topic">Topic</label>
          <select id="topic" name="topic" defaultValue={filters.topic ?? ""}>
            <option value="">All topics</option>
            {Object.entries(TOPICS).map(([slug, label]) => (
              <option key={slug} value={slug}>
                {label}
              </option>
            ))}
          </select>
        </div>
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
        {rows.length === 1 ? "1 question" : `${rows.length} questions`}
        {filtered ? " match your filters" : " in the bank"}
      </p>
      {rows.length === 0 ? (
        <div className="card empty">
          <p>No question matches these filters.</p>
          <Link href="/questions">Show every question</Link>
        </div>
      ) : (
        <ul className="question-list" aria-label="Questions">
          {rows.map((q) => (
            <li key={q.id} className="card">
              <Link href={`/questions/${q.slug}${bankFiltersToQuery(filters)}`}>{q.title}</Link>
              <p className="muted small" style={{ margin: "0.3rem 0 0.5rem" }}>
                {q.promptText.length > 180 ? `${q.promptText.slice(0, 180)}…` : q.promptText}
              </p>
              <QuestionBadges level={q.level} kind={q.kind} topics={q.topics} minutes={q.suggestedMinutes} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
