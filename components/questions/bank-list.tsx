"use client";

import Link from "next/link";
import { QuestionBadges } from "@/components/question-badges";
import type { Kind, Level } from "@/lib/taxonomy";

/** One question of the bank's list, as little as the list shows. */
export interface BankListRow {
  /** Unique in a person's bank (their slugs never equal a built-in one). */
  slug: string;
  title: string;
  level: Level;
  kind: Kind;
  topics: string[];
  minutes: number;
  /** The first words of the prompt. */
  excerpt: string;
  /** Left out when empty: the rows travel in the page as data, so empty fields are not sent. */
  languages?: readonly string[];
  mine?: true;
}

/**
 * The bank's list. A client component only so that the page carries the rows
 * once as data (a few hundred bytes each) instead of a second copy of their
 * markup in the React payload; it renders the same HTML on the server.
 */
export function BankList({ rows, query }: { rows: BankListRow[]; query: string }) {
  return (
    <ul className="question-list" aria-label="Questions">
      {rows.map((q) => (
        <li key={q.slug} className="card">
          <Link href={`/questions/${q.slug}${query}`}>{q.title}</Link>
          <p className="muted small bank-excerpt">
            {q.excerpt}
          </p>
          <QuestionBadges level={q.level} kind={q.kind} topics={q.topics} minutes={q.minutes} languages={q.languages ?? null} mine={q.mine ?? false} />
        </li>
      ))}
    </ul>
  );
}
